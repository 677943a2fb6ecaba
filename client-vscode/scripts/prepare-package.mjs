// Gathers what the .vsix holds besides the bundle: the framework-dependent server (dotnet publish),
// the rule pages beside it (docs/rules, so that the server's links and "Casefile: Open the Rule's
// Page" work offline), and the grammar. `npm run package` runs this, then vsce.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const client = join(dirname(fileURLToPath(import.meta.url)), '..');
const repo = join(client, '..');
const server = join(client, 'server');

for (const folder of ['dist', 'server', 'syntaxes']) rmSync(join(client, folder), { recursive: true, force: true });

if (process.env.CASEFILE_SERVER_PUBLISHED) {
  // A server already published (by test.sh, say): copy it instead of publishing again.
  cpSync(process.env.CASEFILE_SERVER_PUBLISHED, server, { recursive: true });
} else {
  execFileSync(
    'dotnet',
    ['publish', join(repo, 'server', 'Casefile.LanguageServer'), '-c', 'Release', '-o', server, '-p:UseAppHost=false', '--nologo', '-v', 'quiet'],
    { stdio: 'inherit', env: { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: '1', DOTNET_NOLOGO: '1' } },
  );
}
for (const file of readdirSync(server)) {
  if (file.endsWith('.pdb')) rmSync(join(server, file));
}
if (!existsSync(join(server, 'Casefile.LanguageServer.dll'))) throw new Error('dotnet publish gave no Casefile.LanguageServer.dll');

mkdirSync(join(server, 'docs'), { recursive: true });
cpSync(join(repo, 'docs', 'rules'), join(server, 'docs', 'rules'), { recursive: true });
cpSync(join(repo, 'docs', 'format.md'), join(server, 'docs', 'format.md'));
mkdirSync(join(client, 'syntaxes'), { recursive: true });
cpSync(join(repo, 'syntaxes', 'casefile.tmLanguage.json'), join(client, 'syntaxes', 'casefile.tmLanguage.json'));
console.log('prepared server/, server/docs/ and syntaxes/ for packaging');
