/**
 * The technical log: off unless asked for (the CLI's --debug writes it to standard error, the app to a file
 * in its user-data folder). Never with a credential: fields named like one are redacted, and every
 * secret a run registers (the password, and the base64 and JSON-escaped forms it travels in) is scrubbed from
 * every line before it is written.
 */
export interface Log {
  debug(message: string, fields?: Record<string, unknown>): void;
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  /** Put the error itself in `fields.err`: its name, message and stack are logged. */
  error(message: string, fields?: Record<string, unknown>): void;
  /** A log whose lines all carry these fields (e.g. { run: 3 }, { host, port }). */
  child(fields: Record<string, unknown>): Log;
  /** Texts that must never appear in the log, from now on. */
  addSecrets(...secrets: (string | undefined)[]): void;
}

/** The log that writes nothing: the default everywhere. */
export const SILENT_LOG: Log = {
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
  child: () => SILENT_LOG,
  addSecrets: () => undefined,
};

/** Field names whose values are credentials wherever they appear (pino's redaction paths). */
export const REDACTED_FIELDS = [
  'password',
  'pass',
  'accessToken',
  'token',
  'secret',
  'authorization',
  '*.password',
  '*.pass',
  '*.accessToken',
  '*.token',
  '*.secret',
  '*.authorization',
  'auth.pass',
  '*.auth.pass',
];
