import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { caseFileTemplate, templateKeys, templateLanguage, templateValues } from '../../src/template';

interface Term { canonical: string; kk: string[]; ru: string[] }
// Generated from src/Casefile.Core/Vocabulary by syntaxes/generate.mjs (checked up to date by the grammar tests).
const vocabulary: { keys: Record<string, Term[]>; values: Record<string, Term[]>; sections: Term[] } = JSON.parse(
  readFileSync(join(__dirname, '..', '..', '..', '..', 'syntaxes', 'vocabulary.json'), 'utf8'),
);

describe('the language of a new case file', () => {
  it('follows the display language', () => {
    assert.equal(templateLanguage('kk'), 'kk');
    assert.equal(templateLanguage('ru'), 'ru');
    assert.equal(templateLanguage('ru-RU'), 'ru');
    assert.equal(templateLanguage('en'), 'en');
    assert.equal(templateLanguage('de'), 'en');
    assert.equal(templateLanguage(undefined), 'en');
  });
});

describe('the template', () => {
  const day = new Date(2026, 10, 25);

  it('has the case heading, its keys, the five sections and one entity of each kind', () => {
    const text = caseFileTemplate('en', day);
    assert.match(text, /^# Criminal case 000000000000000\n- case: 000000000000000\n- language: en\n/);
    assert.match(text, /- registered: 2026-11-25 09:00\n- deadline: 2027-01-25\n/);
    for (const section of ['Persons', 'Evidence', 'Circumstances', 'Motions', 'Defence arguments']) {
      assert.match(text, new RegExp(`^## ${section}$`, 'm'));
    }
    for (const id of ['P-1', 'E-1', 'C-1', 'M-1', 'A-1']) {
      assert.match(text, new RegExp(`^### ${id} `, 'm'));
    }
  });

  it('writes Kazakh keys and values for kk, Russian ones for ru', () => {
    const kk = caseFileTemplate('kk', day);
    assert.match(kk, /^# Қылмыстық іс 000000000000000\n- іс: 000000000000000\n- тіл: kk\n/);
    assert.match(kk, /^- рөлі: күдікті$/m);
    assert.match(kk, /^- құқықтары-түсіндірілді: иә$/m);
    const ru = caseFileTemplate('ru', day);
    assert.match(ru, /^# Уголовное дело 000000000000000\n- дело: 000000000000000\n- язык: ru\n/);
    assert.match(ru, /^- роль: подозреваемый$/m);
    assert.match(ru, /^- права-разъяснены: да$/m);
    assert.doesNotMatch(ru, /^- [a-z-]+:/m, 'no English key in the Russian template');
    assert.doesNotMatch(kk, /^- [a-z-]+:/m, 'no English key in the Kazakh template');
  });

  for (const language of ['en', 'kk', 'ru'] as const) {
    it(`uses only keys and values the server knows, in their ${language} form`, () => {
      for (const [entity, keys] of Object.entries(templateKeys[language])) {
        for (const [canonical, written] of Object.entries(keys)) {
          const term = vocabulary.keys[entity].find((k) => k.canonical === canonical);
          assert.ok(term, `${entity} key ${canonical}`);
          const expected = language === 'en' ? term.canonical : term[language][0];
          assert.equal(written, expected, `${entity} key ${canonical} in ${language}`);
        }
      }
      for (const [set, values] of Object.entries(templateValues[language])) {
        for (const [canonical, written] of Object.entries(values)) {
          const term = vocabulary.values[set].find((v) => v.canonical === canonical);
          assert.ok(term, `${set} value ${canonical}`);
          assert.equal(written, language === 'en' ? term.canonical : term[language][0], `${set} value ${canonical} in ${language}`);
        }
      }
    });
  }
});

// With CASEFILE_CLI (the built casefile.dll; tests/e2e/run.sh sets it), each template is checked
// by the real analysis: a new case file must start without a single diagnostic.
describe('the template, checked by casefile check', { skip: process.env.CASEFILE_CLI ? false : 'set CASEFILE_CLI to the built casefile.dll' }, () => {
  for (const language of ['en', 'kk', 'ru'] as const) {
    it(`gives no diagnostic in ${language}`, async () => {
      const { mkdtempSync, writeFileSync, rmSync } = await import('node:fs');
      const { tmpdir } = await import('node:os');
      const { spawnSync } = await import('node:child_process');
      const dir = mkdtempSync(join(tmpdir(), 'casefile-template-'));
      try {
        const file = join(dir, `new.case.md`);
        writeFileSync(file, caseFileTemplate(language));
        const run = spawnSync('dotnet', [process.env.CASEFILE_CLI!, 'check', file, '--format', 'json'], { encoding: 'utf8', timeout: 60000 });
        assert.equal(run.status, 0, `casefile check exited ${run.status}:\n${run.stdout}\n${run.stderr}`);
        const report = JSON.parse(run.stdout);
        const diagnostics = JSON.stringify(report).match(/CF\d{4}/g) ?? [];
        assert.deepEqual(diagnostics, [], run.stdout);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  }
});
