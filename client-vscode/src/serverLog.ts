// The server logs to standard error, one line per message, with its level after the time:
// "[11:48:58.239 info casefile] Initialized …". The output channel shows each at that level,
// not every line as an error.

export type LogLevel = 'trace' | 'debug' | 'info' | 'warn' | 'error';

export function logLevelOf(line: string): LogLevel {
  const match = /^\[[^\]]*?\b(trce|trace|dbug|debug|info|warn|warning|fail|error|crit|critical)\b/i.exec(line);
  switch (match?.[1].toLowerCase()) {
    case 'trce':
    case 'trace':
      return 'trace';
    case 'dbug':
    case 'debug':
      return 'debug';
    case 'warn':
    case 'warning':
      return 'warn';
    case 'fail':
    case 'error':
    case 'crit':
    case 'critical':
      return 'error';
    case 'info':
      return 'info';
    default:
      // Not a log line of the server's (a crash, the runtime's own message): worth seeing.
      return line.trim() === '' ? 'info' : 'error';
  }
}
