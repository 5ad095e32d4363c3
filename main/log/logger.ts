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

/** Every form a secret can take in a log line: as typed, JSON-escaped, and the base64 forms SASL uses. */
export function secretForms(secret: string): string[] {
  const forms = new Set([secret, JSON.stringify(secret).slice(1, -1), Buffer.from(secret).toString('base64')]);
  // SASL PLAIN sends base64("\0user\0password"): the password's part of it depends on its offset mod 3.
  for (let offset = 0; offset < 3; offset++) {
    const encoded = Buffer.from(`${'\0'.repeat(offset)}${secret}`).toString('base64');
    const start = Math.ceil((offset * 4) / 3) + 1;
    const stable = encoded.slice(start, Math.floor(((offset + secret.length) * 4) / 3) - 1);
    if (stable.length >= 8) forms.add(stable);
  }
  return [...forms].filter((f) => f.length > 0);
}

export function scrubSecrets(text: string, secrets: Iterable<string>): string {
  let clean = text;
  for (const secret of secrets) clean = clean.split(secret).join('[hidden]');
  return clean;
}
