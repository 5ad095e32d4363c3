import type { DestinationStream, Logger } from 'pino';
import { Redactor } from '../privacy/secret-forms';
import { REDACTED_FIELDS, type Log } from './logger';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

function wrap(logger: Logger, secrets: Redactor): Log {
  const write = (level: LogLevel) => (message: string, fields?: Record<string, unknown>) =>
    fields ? logger[level](fields, message) : logger[level](message);
  return {
    debug: write('debug'),
    info: write('info'),
    warn: write('warn'),
    error: write('error'),
    child: (fields) => wrap(logger.child(fields), secrets),
    addSecrets: (...list) => {
      for (const secret of list) secrets.add(secret);
    },
  };
}

/**
 * A pino log to standard error (synchronous, so nothing is lost when the CLI exits) or to a file. pino is
 * loaded only here, when a log is wanted: a run without one pays nothing for it.
 */
export function createLog(options: { to: 'stderr' | { file: string }; level?: LogLevel }): Log {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const pino = require('pino') as typeof import('pino');
  const secrets = new Redactor();
  const destination: DestinationStream =
    options.to === 'stderr'
      ? pino.destination({ fd: 2, sync: true })
      : pino.destination({ dest: options.to.file, mkdir: true, sync: false });
  const logger = pino.pino(
    {
      level: options.level ?? 'debug',
      base: { pid: process.pid },
      redact: { paths: REDACTED_FIELDS, censor: '[hidden]' },
      // The last line of defence: whatever a library or an error message carried, no registered secret is written.
      hooks: { streamWrite: (line) => secrets.text(line) },
    },
    destination,
  );
  return wrap(logger, secrets);
}
