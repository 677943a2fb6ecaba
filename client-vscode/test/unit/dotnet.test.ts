import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compareVersions, describeProblem, findRuntime, parseListRuntimes, serverLaunch } from '../../src/dotnet';

const listing = `Microsoft.AspNetCore.App 8.0.11 [/usr/share/dotnet/shared/Microsoft.AspNetCore.App]
Microsoft.NETCore.App 8.0.11 [/usr/share/dotnet/shared/Microsoft.NETCore.App]
Microsoft.NETCore.App 10.0.0-rc.2.25502.107 [/usr/share/dotnet/shared/Microsoft.NETCore.App]
Microsoft.NETCore.App 10.0.12 [/usr/share/dotnet/shared/Microsoft.NETCore.App]
Microsoft.WindowsDesktop.App 10.0.12 [C:\\Program Files\\dotnet\\shared\\Microsoft.WindowsDesktop.App]
`;

describe('dotnet --list-runtimes', () => {
  it('reads every runtime line, Windows paths included', () => {
    const runtimes = parseListRuntimes(listing);
    assert.equal(runtimes.length, 5);
    assert.deepEqual(runtimes[3], { name: 'Microsoft.NETCore.App', version: '10.0.12', location: '/usr/share/dotnet/shared/Microsoft.NETCore.App' });
    assert.equal(runtimes[4].location, 'C:\\Program Files\\dotnet\\shared\\Microsoft.WindowsDesktop.App');
  });

  it('ignores noise and CRLF line ends', () => {
    const runtimes = parseListRuntimes('Welcome to .NET!\r\nMicrosoft.NETCore.App 10.0.1 [/x]\r\n\r\n');
    assert.deepEqual(runtimes.map((r) => r.version), ['10.0.1']);
  });

  it('finds the newest 10.x Microsoft.NETCore.App, a release over its previews', () => {
    assert.equal(findRuntime(parseListRuntimes(listing))?.version, '10.0.12');
    assert.equal(findRuntime(parseListRuntimes('Microsoft.NETCore.App 10.0.0-rc.2.25502.107 [/x]'))?.version, '10.0.0-rc.2.25502.107');
  });

  it('does not take 8.x, 11.x or the ASP.NET runtime for .NET 10', () => {
    assert.equal(findRuntime(parseListRuntimes('Microsoft.NETCore.App 8.0.11 [/x]\nMicrosoft.NETCore.App 11.0.0 [/x]\nMicrosoft.AspNetCore.App 10.0.1 [/x]')), undefined);
    assert.equal(findRuntime([]), undefined);
  });

  it('orders versions numerically', () => {
    assert.ok(compareVersions('10.0.12', '10.0.9') > 0);
    assert.ok(compareVersions('10.0.0', '10.0.0-rc.1') > 0);
    assert.equal(compareVersions('10.0.1', '10.0.1'), 0);
  });
});

describe('the notification when .NET 10 is missing', () => {
  it('says what is missing, what to install and where, as text', () => {
    const message = describeProblem({ kind: 'no-runtime', dotnet: 'dotnet', found: parseListRuntimes('Microsoft.NETCore.App 8.0.11 [/x]') });
    assert.match(message, /has no \.NET 10 runtime \(it has Microsoft\.NETCore\.App 8\.0\.11\)/);
    assert.match(message, /Install the \.NET 10 runtime/);
    assert.match(message, /https:\/\/dotnet\.microsoft\.com\/download\/dotnet\/10\.0/);
    assert.match(message, /casefile\.dotnetPath/);
  });

  it('tells a missing dotnet on PATH from a bad casefile.dotnetPath', () => {
    assert.match(describeProblem({ kind: 'not-found', dotnet: 'dotnet' }), /No "dotnet" program was found on PATH/);
    assert.match(describeProblem({ kind: 'not-found', dotnet: '/opt/dotnet/dotnet' }), /"\/opt\/dotnet\/dotnet" \(casefile\.dotnetPath\) could not be run/);
  });
});

describe('how the server starts', () => {
  const bundledDll = '/ext/server/Casefile.LanguageServer.dll';

  it('runs the bundled server with the dotnet on PATH', () => {
    assert.deepEqual(serverLaunch({ bundledDll }), { command: 'dotnet', args: [bundledDll, '--stdio'], dotnet: 'dotnet' });
  });

  it('uses casefile.dotnetPath', () => {
    assert.deepEqual(serverLaunch({ bundledDll, dotnetPath: ' /opt/dotnet/dotnet ' }), { command: '/opt/dotnet/dotnet', args: [bundledDll, '--stdio'], dotnet: '/opt/dotnet/dotnet' });
  });

  it('runs a custom server dll under dotnet, and an executable by itself', () => {
    assert.deepEqual(serverLaunch({ bundledDll, serverPath: '/src/bin/Casefile.LanguageServer.DLL' }).args, ['/src/bin/Casefile.LanguageServer.DLL', '--stdio']);
    assert.deepEqual(serverLaunch({ bundledDll, serverPath: '/usr/local/bin/casefile-ls', dotnetPath: 'x' }), { command: '/usr/local/bin/casefile-ls', args: ['--stdio'] });
  });
});
