// Runs the grammar tests: the grammar must be what syntaxes/generate.mjs makes of the vocabulary
// (outside CI, a stale one is regenerated first: a change to the vocabulary shows up in git status),
// and every annotated sample (*.test.md) must tokenise as its assertions say, under VS Code's own
// Markdown grammar (from the tm-grammars package) with Casefile's injection.
// Prints one closing line: "Grammar: N passed, N failed".
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(join(here, '..', '..', 'client-vscode', 'package.json'));
const tool = join(dirname(require.resolve('vscode-tmgrammar-test/package.json')), 'dist', 'unit.js');

let passed = 0;
let failed = 0;
// Outside CI a stale grammar is regenerated first (commit the result); in CI (CI=true) it fails.
if (!process.env.CI) spawnSync(process.execPath, [join(here, '..', 'generate.mjs')], { stdio: 'inherit' });
const generated = spawnSync(process.execPath, [join(here, '..', 'generate.mjs'), '--check'], { stdio: 'inherit' });
if (generated.status === 0) {
  console.log('✓ syntaxes/casefile.tmLanguage.json and vocabulary.json match src/Casefile.Core/Vocabulary');
  passed++;
} else {
  failed++;
}
for (const sample of readdirSync(here).filter((f) => f.endsWith('.test.md')).sort()) {
  const run = spawnSync(process.execPath, [tool, '--config', join(here, 'grammars.json'), join(here, sample)], { encoding: 'utf8', timeout: 120000 });
  process.stdout.write(run.stdout);
  // The Markdown grammar names grammars for fenced code in many languages that are not loaded here.
  process.stderr.write(run.stderr.split('\n').filter((l) => l && !l.startsWith('grammar not found')).map((l) => `${l}\n`).join(''));
  if (run.status === 0) passed++;
  else failed++;
}
console.log(`Grammar: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
