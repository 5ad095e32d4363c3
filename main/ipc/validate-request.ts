import type { DiscoverRequest, ExportRequest, RetestRequest, ServerEdit } from '../../preload/contract';
import { isValidHostName, isValidPort } from '../discovery/valid-endpoint';
import { isExportFormat, type ExportFormat } from '../export/export-formats';

// Everything from the renderer arrives as unknown and is checked here; anything unexpected is refused.
const MAX_FIELD = 1024;

type Checked<T> = { ok: true; value: T } | { ok: false; message: string };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function optionalString(record: Record<string, unknown>, key: string): string | undefined | null {
  const value = record[key];
  if (value === undefined) return undefined;
  return typeof value === 'string' && value.length <= MAX_FIELD ? value : null;
}

function optionalStringList(record: Record<string, unknown>, key: string): string[] | undefined | null {
  const value = record[key];
  if (value === undefined) return undefined;
  if (!Array.isArray(value) || value.length > 64) return null;
  return value.every((v) => typeof v === 'string' && v.length > 0 && v.length <= 255) ? (value as string[]) : null;
}

function unknownKeys(record: Record<string, unknown>, allowed: string[]): string[] {
  return Object.keys(record).filter((k) => !allowed.includes(k));
}

export function checkDiscoverRequest(input: unknown): Checked<DiscoverRequest> {
  if (!isRecord(input)) return { ok: false, message: 'the request is not an object' };
  const extra = unknownKeys(input, ['email', 'password', 'username', 'preferPop3', 'reusePassword']);
  if (extra.length > 0) return { ok: false, message: `unknown fields: ${extra.join(', ')}` };
  const email = optionalString(input, 'email');
  const password = optionalString(input, 'password');
  const username = optionalString(input, 'username');
  if (!email) return { ok: false, message: 'the email address is missing' };
  if (password === null || username === null) return { ok: false, message: 'password and username must be text' };
  for (const flag of ['preferPop3', 'reusePassword']) {
    if (input[flag] !== undefined && typeof input[flag] !== 'boolean') return { ok: false, message: `${flag} must be true or false` };
  }
  return {
    ok: true,
    value: {
      email,
      password: password || undefined,
      username: username || undefined,
      preferPop3: input.preferPop3 as boolean | undefined,
      reusePassword: input.reusePassword as boolean | undefined,
    },
  };
}

export function checkRetestRequest(input: unknown): Checked<RetestRequest> {
  if (!isRecord(input)) return { ok: false, message: 'the request is not an object' };
  const extra = unknownKeys(input, ['trustedFingerprints', 'allowPlaintextHosts', 'consentHosts']);
  if (extra.length > 0) return { ok: false, message: `unknown fields: ${extra.join(', ')}` };
  const lists = ['trustedFingerprints', 'allowPlaintextHosts', 'consentHosts'].map((k) => optionalStringList(input, k));
  if (lists.some((l) => l === null)) return { ok: false, message: 'host and fingerprint lists must be lists of text' };
  const [trustedFingerprints, allowPlaintextHosts, consentHosts] = lists as (string[] | undefined)[];
  return { ok: true, value: { trustedFingerprints, allowPlaintextHosts, consentHosts } };
}

const PROTOCOLS = ['imap', 'pop3', 'smtp'];
const SECURITIES = ['tls', 'starttls', 'plain'];

export function checkServerEdit(input: unknown): Checked<ServerEdit> {
  if (!isRecord(input)) return { ok: false, message: 'the request is not an object' };
  const extra = unknownKeys(input, ['protocol', 'host', 'port', 'security', 'username']);
  if (extra.length > 0) return { ok: false, message: `unknown fields: ${extra.join(', ')}` };
  const { protocol, host, port, security } = input;
  const username = optionalString(input, 'username');
  if (typeof protocol !== 'string' || !PROTOCOLS.includes(protocol)) return { ok: false, message: 'protocol must be imap, pop3 or smtp' };
  if (typeof security !== 'string' || !SECURITIES.includes(security))
    return { ok: false, message: 'security must be tls, starttls or plain' };
  if (typeof host !== 'string' || !isValidHostName(host.trim().toLowerCase()))
    return { ok: false, message: 'the server name is not a valid host name' };
  if (typeof port !== 'number' || !isValidPort(port)) return { ok: false, message: 'the port must be a number from 1 to 65535' };
  if (username === null) return { ok: false, message: 'the username must be text' };
  return {
    ok: true,
    value: {
      protocol: protocol as ServerEdit['protocol'],
      host: host.trim().toLowerCase(),
      port,
      security: security as ServerEdit['security'],
      username: username || undefined,
    },
  };
}

export function checkExportRequest(input: unknown): Checked<ExportRequest> {
  if (!isRecord(input)) return { ok: false, message: 'the request is not an object' };
  const extra = unknownKeys(input, ['formats', 'includePassword', 'displayName']);
  if (extra.length > 0) return { ok: false, message: `unknown fields: ${extra.join(', ')}` };
  const { formats, includePassword } = input;
  const displayName = optionalString(input, 'displayName');
  if (!Array.isArray(formats) || formats.length === 0 || !formats.every((f) => typeof f === 'string' && isExportFormat(f))) {
    return { ok: false, message: 'choose at least one known format' };
  }
  if (typeof includePassword !== 'boolean') return { ok: false, message: 'includePassword must be true or false' };
  if (displayName === null) return { ok: false, message: 'the name must be text' };
  return { ok: true, value: { formats: [...new Set(formats as ExportFormat[])], includePassword, displayName: displayName || undefined } };
}

/** Only https links leave the app. */
export function checkExternalUrl(input: unknown): Checked<string> {
  if (typeof input !== 'string' || input.length > 2048) return { ok: false, message: 'not a link' };
  try {
    const url = new URL(input);
    return url.protocol === 'https:' ? { ok: true, value: url.href } : { ok: false, message: 'only https links are opened' };
  } catch {
    return { ok: false, message: 'not a link' };
  }
}
