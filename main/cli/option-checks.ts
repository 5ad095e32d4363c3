import { isIP } from 'node:net';
import { isValidHostName } from '../../shared/model/valid-endpoint';
import { UsageError } from './cli-errors';

// setTimeout's own limit: a longer deadline fires at once, which would cancel the run before it starts.
export const MAX_TIMEOUT_MS = 2 ** 31 - 1;
// Longer than any real person's name, short enough that no file format or screen has to cope with more.
export const MAX_NAME_LENGTH = 256;

/** --timeout: whole milliseconds from 1 to setTimeout's limit; "1e3", "-5", "2.5" and "" are mistakes. */
export function checkTimeout(value: string): number {
  const ms = /^\d{1,10}$/.test(value.trim()) ? Number(value.trim()) : NaN;
  if (!Number.isInteger(ms) || ms <= 0 || ms > MAX_TIMEOUT_MS)
    throw new UsageError({ key: 'cli:error.bad-timeout', params: { max: MAX_TIMEOUT_MS } });
  return ms;
}

/** --trust-cert: a SHA-256 fingerprint, 64 hex digits with or without colons (as browsers and openssl show it). */
export function checkFingerprint(value: string): string {
  const hex = value.replace(/[:\s]/g, '');
  if (!/^[0-9a-f]{64}$/i.test(hex)) throw new UsageError({ key: 'cli:error.bad-fingerprint', params: { value: shown(value) } });
  return hex.toUpperCase().match(/../g)!.join(':');
}

/** --consent, --allow-plaintext=HOST: host names as the servers were shown, lower-cased. */
export function checkHosts(option: string, values: readonly string[]): string[] {
  const hosts = values
    .flatMap((v) => v.split(','))
    .map((h) => h.trim())
    .filter(Boolean);
  for (const host of hosts) {
    if (!isValidHostName(host) && isIP(host) === 0)
      throw new UsageError({ key: 'cli:error.bad-host', params: { option, value: shown(host) } });
  }
  return hosts.map((h) => h.toLowerCase());
}

/** --web-host: one host name; it is written into DNS records. */
export function checkWebHost(value: string): string {
  if (!isValidHostName(value)) throw new UsageError({ key: 'cli:error.bad-host', params: { option: '--web-host', value: shown(value) } });
  return value.toLowerCase().replace(/\.$/, '');
}

/** --ispdb: an http(s) URL without credentials. */
export function checkUrl(option: string, value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new UsageError({ key: 'cli:error.bad-url', params: { option, value: shown(value) } });
  }
  if (!['https:', 'http:'].includes(url.protocol) || url.username || url.password)
    throw new UsageError({ key: 'cli:error.bad-url', params: { option, value: shown(value) } });
  return value;
}

/** --name: a person's name, of a length every format can hold (control characters are cleaned later, with a note). */
export function checkName(value: string): string {
  if ([...value].length > MAX_NAME_LENGTH) throw new UsageError({ key: 'cli:error.bad-name', params: { max: MAX_NAME_LENGTH } });
  return value;
}

/** A value as it may be quoted back in an error: one line, not endless. */
function shown(value: string): string {
  const line = value.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, '?');
  return line.length > 80 ? `${line.slice(0, 80)}…` : line;
}
