// Prints the scopes of every token of a Markdown file as VS Code would see them with the
// Casefile injection: a help for writing the assertions of the grammar tests.
//   node syntaxes/tests/dump.mjs FILE [LINE_FROM LINE_TO]
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(join(here, '..', '..', 'client-vscode', 'package.json'));
const textmate = require('vscode-textmate');
const oniguruma = require('vscode-oniguruma');

const config = JSON.parse(readFileSync(join(here, 'grammars.json'), 'utf8')).contributes.grammars;
await oniguruma.loadWASM(readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm')).buffer);
const registry = new textmate.Registry({
  onigLib: Promise.resolve({ createOnigScanner: (p) => new oniguruma.OnigScanner(p), createOnigString: (s) => new oniguruma.OnigString(s) }),
  loadGrammar: async (scope) => {
    const entry = config.find((g) => g.scopeName === scope);
    return entry ? textmate.parseRawGrammar(readFileSync(join(here, entry.path), 'utf8'), entry.path) : null;
  },
  getInjections: (scope) => (scope === 'text.html.markdown' ? ['casefile.markdown.injection'] : []),
});
const grammar = await registry.loadGrammar('text.html.markdown');
const [file, from = 1, to = 1e9] = process.argv.slice(2);
let stack = textmate.INITIAL;
readFileSync(file, 'utf8').split('\n').forEach((line, i) => {
  const result = grammar.tokenizeLine(line, stack);
  stack = result.ruleStack;
  if (i + 1 < from || i + 1 > to) return;
  console.log(`${i + 1}: ${line}`);
  for (const t of result.tokens) {
    const scopes = t.scopes.slice(1).filter((s) => !/^(meta\.paragraph|markup\.list)/.test(s)).join(' ');
    console.log(`   ${String(t.startIndex).padStart(3)}-${String(t.endIndex).padEnd(3)} ${JSON.stringify(line.slice(t.startIndex, t.endIndex))} ${scopes}`);
  }
});
