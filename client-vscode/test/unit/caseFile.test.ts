import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isCaseFileName, looksLikeCaseFile, ruleCodeOf } from '../../src/caseFile';

describe('case files by name', () => {
  it('takes *.case.md, in any case, and nothing else', () => {
    assert.ok(isCaseFileName('/w/assault.case.md'));
    assert.ok(isCaseFileName('C:/w/Theft.CASE.MD'));
    assert.ok(!isCaseFileName('/w/case.md'));
    assert.ok(!isCaseFileName('/w/notes.md'));
  });
});

describe('case files by content (casefile.detectCaseFiles)', () => {
  it('takes a first heading followed by - case:', () => {
    assert.ok(looksLikeCaseFile('# Criminal case 1\n- case: 245100031000123\n'));
    assert.ok(looksLikeCaseFile('# Criminal case 1\r\n\r\n* Case : 1\r\n'));
  });

  it('takes the Kazakh and Russian case keys', () => {
    assert.ok(looksLikeCaseFile('# Қылмыстық іс\n- іс: 247511031004512\n'));
    assert.ok(looksLikeCaseFile('# Уголовное дело\n\n- Дело: 247100151000318\n'));
    assert.ok(looksLikeCaseFile('# Уголовное дело\n- номер ердр: 247100151000318\n'));
  });

  it('skips front matter, fenced code and comments before the heading, and takes setext headings', () => {
    assert.ok(looksLikeCaseFile('---\ntitle: x\n---\n# Case\n- case: 1\n'));
    assert.ok(looksLikeCaseFile('```md\n# Not this\n```\n# Case\n<!-- note -->\n- case: 1\n'));
    assert.ok(looksLikeCaseFile('Criminal case\n=============\n- case: 1\n'));
  });

  it('refuses ordinary Markdown', () => {
    assert.ok(!looksLikeCaseFile('# Notes\n- cases: many\n'));
    assert.ok(!looksLikeCaseFile('# Notes\nSome text.\n- case: 1\n'));
    assert.ok(!looksLikeCaseFile('Just text\n- case: 1\n'));
    assert.ok(!looksLikeCaseFile('# Notes\n## Section\n- case: 1\n'));
    assert.ok(!looksLikeCaseFile(''));
  });
});

describe('the rule code a command is given', () => {
  it('reads it from a code, a diagnostic, a Problems marker or a URI', () => {
    assert.equal(ruleCodeOf('cf1504'), 'CF1504');
    assert.equal(ruleCodeOf({ code: 'CF1001', message: 'x' }), 'CF1001');
    assert.equal(ruleCodeOf({ code: { value: 'CF0404', target: { path: '/x/CF0404.md' } } }), 'CF0404');
    assert.equal(ruleCodeOf([{ marker: { code: { value: 'CF1505' } } }]), 'CF1505');
    assert.equal(ruleCodeOf('file:///ext/server/docs/rules/CF2201.md'), 'CF2201');
  });

  it('gives nothing for anything else', () => {
    assert.equal(ruleCodeOf(undefined), undefined);
    assert.equal(ruleCodeOf({ code: 42 }), undefined);
    assert.equal(ruleCodeOf('E-1'), undefined);
  });
});
