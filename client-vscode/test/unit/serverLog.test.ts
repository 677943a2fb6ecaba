import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { logLevelOf } from '../../src/serverLog';

describe('the level of a server log line', () => {
  it('reads the level the server wrote', () => {
    assert.equal(logLevelOf('[11:48:58.239 info casefile] Initialized for code-server with utf-16'), 'info');
    assert.equal(logLevelOf('[11:48:58.239 warn casefile] The client did not answer'), 'warn');
    assert.equal(logLevelOf('[11:48:58.239 fail casefile] Analysis failed'), 'error');
    assert.equal(logLevelOf('[11:48:58.239 dbug casefile] didOpen file:///x v1'), 'debug');
    assert.equal(logLevelOf('[11:48:58.239 trce casefile] …'), 'trace');
  });

  it('takes anything else as an error, to be seen', () => {
    assert.equal(logLevelOf('Unhandled exception. System.InvalidOperationException: boom'), 'error');
    assert.equal(logLevelOf('You must install or update .NET to run this application.'), 'error');
  });
});
