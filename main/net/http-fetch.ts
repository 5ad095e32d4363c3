import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import { isIP } from 'node:net';
import type { DnsLookups } from '../dns/mail-resolver';
import type { HttpRecord } from '../../shared/model/lookups';
import { failWith, MailSetupError, reason } from '../errors/mail-setup-error';
import { certProblemFromCode } from './tls-details';
import { HTTP_TIMEOUT_MS } from './timeouts';
import { secureContextFor, type TlsTrust } from './tls-trust';
import { checkHostIdentity } from './host-identity';
import { raceAbort } from './race-abort';

// Settings files are a few kilobytes; anything far larger is broken or hostile.
export const MAX_SETTINGS_BYTES = 512 * 1024;
const MAX_REDIRECTS = 4;

export interface FetchOptions {
  method?: 'GET' | 'POST';
  body?: string;
  headers?: Record<string, string>;
  resolver: DnsLookups;
  trust: TlsTrust;
  signal?: AbortSignal;
  timeoutMs?: number;
  maxBytes?: number;
  /** Redirects to follow (4 unless told); 0 for documents that must come from the URL asked (OAuth metadata). */
  maxRedirects?: number;
  /** Non-2xx statuses whose body the caller reads itself (an OAuth error answer, a 401 challenge). */
  acceptStatus?: (status: number) => boolean;
  onRecord?: (record: HttpRecord) => void;
}

export interface FetchResult {
  status: number;
  body: string;
  finalUrl: string;
  /** Every URL the answer came through, the first asked to the last (redirects in between). */
  urls: string[];
  /** Every hop was HTTPS (whose servers vouch for the content is the caller's to judge from `urls`). */
  secure: boolean;
  headers: Record<string, string | string[] | undefined>;
}

const lookupStep = (url: URL) => ({ key: 'outcome:step.lookup', params: { host: url.href } }) as const;

/**
 * The host's addresses through our resolver, so --dns and the address policy apply to HTTP too. Asked before the
 * request is made: a first HTTPS request builds the TLS context (tens of milliseconds for the system store), and
 * that must not hold up the other sources' first DNS questions; it is built while the answers are on their way.
 */
async function addressesOf(url: URL, options: FetchOptions, deadline: number): Promise<string[]> {
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  if (isIP(host)) return [host];
  const step = lookupStep(url);
  try {
    return await raceAbort(options.resolver.addresses(host, options.signal), step, options.signal, Math.max(0, deadline - Date.now()));
  } catch (error) {
    if (error instanceof MailSetupError && (error.code === 'ECANCELLED' || error.code === 'ETIMEDOUT')) throw error;
    throw failWith('EDNS', reason('http-name', { host: url.hostname, error: (error as Error).message }));
  }
}

/** Hands the HTTP client the addresses already found. */
function knownAddresses(addresses: string[]): LookupFunction {
  return (_hostname, options, callback) => {
    const entries = addresses.map((address) => ({ address, family: isIP(address) }));
    if ((options as { all?: boolean }).all) (callback as unknown as (e: null, a: typeof entries) => void)(null, entries);
    else callback(null, entries[0].address, entries[0].family);
  };
}

async function once(url: URL, options: FetchOptions, deadline: number): Promise<{ response: IncomingMessage; body: string }> {
  const addresses = await addressesOf(url, options, deadline);
  return new Promise((resolve, reject) => {
    const secure = url.protocol === 'https:';
    const send = secure ? httpsRequest : httpRequest;
    const maxBytes = options.maxBytes ?? MAX_SETTINGS_BYTES;
    const req = send(url, {
      method: options.method ?? 'GET',
      headers: { 'user-agent': 'MailSetup/0.1', accept: 'text/xml, application/xml', ...options.headers },
      lookup: knownAddresses(addresses),
      ...(secure
        ? { secureContext: secureContextFor(options.trust), rejectUnauthorized: true, checkServerIdentity: checkHostIdentity }
        : {}),
      agent: false,
    });
    const fail = (error: MailSetupError) => {
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
      req.destroy();
      reject(error);
    };
    const what = lookupStep(url);
    const onAbort = () => fail(failWith('ECANCELLED', reason('cancelled', { step: what })));
    const timer = setTimeout(() => fail(failWith('ETIMEDOUT', reason('no-answer', { step: what }))), Math.max(0, deadline - Date.now()));
    options.signal?.addEventListener('abort', onAbort, { once: true });
    req.on('error', (error: NodeJS.ErrnoException) => {
      const code = error.code ?? '';
      if (code === 'ECONNREFUSED') fail(failWith('ECONNREFUSED', reason('refused', { step: what })));
      else if (/CERT|SELF_SIGNED|UNABLE_TO|ERR_TLS|ERR_SSL/.test(code))
        fail(
          new MailSetupError({
            code: 'ETLS',
            certProblem: certProblemFromCode(code) ?? 'handshake',
            reason: reason('http-failed', { url: url.href, error: code }),
          }),
        );
      else fail(failWith('EHTTP', reason('http-failed', { url: url.href, error: code || error.message })));
    });
    req.on('response', (response) => {
      const chunks: Buffer[] = [];
      let size = 0;
      response.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > maxBytes) fail(failWith('EHTTP', reason('http-too-large', { url: url.href, bytes: maxBytes })));
        else chunks.push(chunk);
      });
      response.on('end', () => {
        clearTimeout(timer);
        options.signal?.removeEventListener('abort', onAbort);
        resolve({ response, body: Buffer.concat(chunks).toString('utf8') });
      });
      response.on('error', () => fail(failWith('EHTTP', reason('http-broke-off', { url: url.href }))));
    });
    req.end(options.body);
  });
}

/** A URL from a server (a Location header) or a source: a bad one is the server's fault, not ours. */
function parseUrl(text: string, lookup: string, base?: URL): URL {
  try {
    return new URL(text, base);
  } catch {
    throw failWith('EHTTP', reason('http-failed', { url: lookup, error: `invalid URL ${text.slice(0, 200)}` }));
  }
}

/** Fetches a settings document with a size limit, a time limit, cancellation and a bounded redirect chain. */
export async function httpFetch(address: string, options: FetchOptions): Promise<FetchResult> {
  const started = performance.now();
  const deadline = Date.now() + (options.timeoutMs ?? HTTP_TIMEOUT_MS);
  const record: HttpRecord = { url: address, method: options.method ?? 'GET', redirects: [], tlsVerified: true, ms: 0 };
  try {
    let url = parseUrl(address, address);
    for (let hop = 0; ; hop++) {
      if (url.protocol !== 'https:') record.tlsVerified = false;
      const { response, body } = await once(url, options, deadline);
      const status = response.statusCode ?? 0;
      record.status = status;
      const location = response.headers.location;
      if (status >= 300 && status < 400 && location) {
        if (hop >= (options.maxRedirects ?? MAX_REDIRECTS))
          throw new MailSetupError({ code: 'EHTTP', reason: reason('http-redirects', { url: address }) }, status);
        url = parseUrl(location, address, url);
        if (url.protocol !== 'https:' && url.protocol !== 'http:')
          throw failWith('EHTTP', reason('http-bad-redirect', { url: address, scheme: url.protocol }));
        record.redirects.push(url.href);
        continue;
      }
      record.bytes = Buffer.byteLength(body);
      const accepted = (status >= 200 && status < 300) || options.acceptStatus?.(status) === true;
      if (!accepted) throw new MailSetupError({ code: 'EHTTP', reason: reason('http-status', { url: url.href, status }) }, status);
      return {
        status,
        body,
        finalUrl: url.href,
        urls: [new URL(address).href, ...record.redirects],
        secure: record.tlsVerified,
        headers: response.headers,
      };
    }
  } catch (error) {
    record.error = error instanceof MailSetupError ? error.code : 'EINTERNAL';
    throw error;
  } finally {
    record.ms = Math.round(performance.now() - started);
    options.onRecord?.(record);
  }
}
