import { failWith, reason } from '../errors/mail-setup-error';
import { httpFetch } from '../net/http-fetch';
import { OAUTH_HTTP_TIMEOUT_MS, OAUTH_MAX_BYTES } from './oauth-timeouts';
import type { OAuthNetwork } from './oauth-types';

export interface JsonAnswer {
  status: number;
  json: Record<string, unknown>;
  headers: Record<string, string | string[] | undefined>;
  finalUrl: string;
}

/**
 * An OAuth endpoint must be https; only the loopback redirect (ours) is plain http. `what` names the value as the
 * documents spell it (issuer, token_endpoint, authURL…), for the technical reason.
 */
export function requireHttps(url: string, what: string): URL {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw failWith('EINPUT', reason('oauth-not-url', { what, url: url.slice(0, 200) }));
  }
  if (parsed.protocol !== 'https:') throw failWith('EHTTP', reason('oauth-not-https', { what, url: parsed.href }));
  if (parsed.username || parsed.password) throw failWith('EHTTP', reason('oauth-credentials-in-url', { what }));
  return parsed;
}

function parseJson(body: string, url: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    throw failWith('EPROTOCOL', reason('oauth-not-json', { url }));
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw failWith('EPROTOCOL', reason('oauth-not-json-object', { url }));
  return value as Record<string, unknown>;
}

/**
 * One JSON request to an authorization server or resource: https only, a size and time limit, cancellable,
 * through the engine's resolver. 4xx answers come back to the caller (OAuth errors are JSON bodies with 400/401).
 * Redirects are not followed unless asked: metadata must come from the URL built for it.
 */
export async function requestJson(
  url: string,
  net: OAuthNetwork,
  options: {
    method?: 'GET' | 'POST';
    form?: Record<string, string>;
    json?: unknown;
    followRedirects?: boolean;
    authorization?: string;
  } = {},
): Promise<JsonAnswer> {
  requireHttps(url, 'OAuth endpoint');
  const headers: Record<string, string> = { accept: 'application/json' };
  let body: string | undefined;
  if (options.form) {
    headers['content-type'] = 'application/x-www-form-urlencoded';
    body = new URLSearchParams(options.form).toString();
  } else if (options.json !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(options.json);
  }
  if (options.authorization) headers.authorization = options.authorization;
  const result = await httpFetch(url, {
    method: options.method ?? (body === undefined ? 'GET' : 'POST'),
    body,
    headers,
    resolver: net.resolver,
    trust: net.trust,
    signal: net.signal,
    timeoutMs: OAUTH_HTTP_TIMEOUT_MS,
    maxBytes: OAUTH_MAX_BYTES,
    maxRedirects: options.followRedirects ? undefined : 0,
    acceptStatus: (status) => status >= 400 && status < 500,
    onRecord: net.onHttp,
  });
  if (!result.secure) throw failWith('EHTTP', reason('oauth-answer-not-https', { url }));
  return { status: result.status, json: parseJson(result.body, url), headers: result.headers, finalUrl: result.finalUrl };
}

export const stringField = (json: Record<string, unknown>, key: string): string | undefined =>
  typeof json[key] === 'string' && (json[key] as string).length > 0 ? (json[key] as string) : undefined;

export const stringArrayField = (json: Record<string, unknown>, key: string): string[] | undefined =>
  Array.isArray(json[key]) && (json[key] as unknown[]).every((v) => typeof v === 'string') ? (json[key] as string[]) : undefined;
