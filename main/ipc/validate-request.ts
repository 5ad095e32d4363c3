import type { DiscoverRequest, RetestRequest } from '../../preload/contract';

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
  const extra = unknownKeys(input, ['email', 'password', 'username', 'preferPop3']);
  if (extra.length > 0) return { ok: false, message: `unknown fields: ${extra.join(', ')}` };
  const email = optionalString(input, 'email');
  const password = optionalString(input, 'password');
  const username = optionalString(input, 'username');
  if (!email) return { ok: false, message: 'the email address is missing' };
  if (password === null || username === null) return { ok: false, message: 'password and username must be text' };
  if (input.preferPop3 !== undefined && typeof input.preferPop3 !== 'boolean') return { ok: false, message: 'preferPop3 must be true or false' };
  return { ok: true, value: { email, password: password || undefined, username: username || undefined, preferPop3: input.preferPop3 as boolean | undefined } };
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
