import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import { isIP } from 'node:net';
import type { MailResolver } from '../dns/mail-resolver';
import { MailSetupError } from '../errors/error-codes';
import { HTTP_TIMEOUT_MS } from './timeouts';
import { secureContextFor, type TlsTrust } from './tls-trust';

// Settings files are a few kilobytes; anything far larger is broken or hostile.
export const MAX_SETTINGS_BYTES = 512 * 1024;
const MAX_REDIRECTS = 4;

/** One HTTP lookup as the diagnostic report shows it. */
export interface HttpRecord {
  url: string;
  method: string;
  status?: number;
  /** Every URL we were sent to, in order. */
  redirects: string[];
  /** True when every hop was HTTPS with a verified certificate; false when any hop was plain HTTP. */
  tlsVerified: boolean;
  ms: number;
  bytes?: number;
  error?: string;
  /** When the lookup started, in ms since the discovery run started (set by the run). */
  at?: number;
}

export interface FetchOptions {
  method?: 'GET' | 'POST';
  body?: string;
  headers?: Record<string, string>;
  resolver: MailResolver;
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
  /** Every hop was HTTPS: the content can be trusted as the domain's own. */
  secure: boolean;
  headers: Record<string, string | string[] | undefined>;
}

/** Routes the HTTP client's DNS through our resolver, so --dns and the address policy apply to HTTP too. */
function lookupVia(resolver: MailResolver, signal?: AbortSignal): LookupFunction {
  return (hostname, options, callback) => {
    resolver.addresses(hostname, signal).then(
      (addresses) => {
        const entries = addresses.map((address) => ({ address, family: isIP(address) }));
        if ((options as { all?: boolean }).all) (callback as unknown as (e: null, a: typeof entries) => void)(null, entries);
        else callback(null, entries[0].address, entries[0].family);
      },
      (error: Error) => callback(Object.assign(new Error(error.message), { code: 'ENOTFOUND' }) as NodeJS.ErrnoException, '', 0),
    );
  };
}

function once(url: URL, options: FetchOptions, deadline: number): Promise<{ response: IncomingMessage; body: string }> {
  return new Promise((resolve, reject) => {
    const secure = url.protocol === 'https:';
    const send = secure ? httpsRequest : httpRequest;
    const maxBytes = options.maxBytes ?? MAX_SETTINGS_BYTES;
    const req = send(url, {
      method: options.method ?? 'GET',
      headers: { 'user-agent': 'MailSetup/0.1', accept: 'text/xml, application/xml', ...options.headers },
      lookup: lookupVia(options.resolver, options.signal),
      ...(secure ? { secureContext: secureContextFor(options.trust), rejectUnauthorized: true } : {}),
      agent: false,
    });
    const fail = (error: MailSetupError) => {
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
      req.destroy();
      reject(error);
    };
    const onAbort = () => fail(new MailSetupError('ECANCELLED', `${url.href}: cancelled`));
    const timer = setTimeout(
      () => fail(new MailSetupError('ETIMEDOUT', `${url.href}: no answer in time`)),
      Math.max(0, deadline - Date.now()),
    );
    options.signal?.addEventListener('abort', onAbort, { once: true });
    req.on('error', (error: NodeJS.ErrnoException) => {
      const code = error.code ?? '';
      if (code === 'ENOTFOUND') fail(new MailSetupError('EDNS', `${url.hostname}: ${error.message}`));
      else if (code === 'ECONNREFUSED') fail(new MailSetupError('ECONNREFUSED', `${url.href}: connection refused`));
      else if (/CERT|SELF_SIGNED|UNABLE_TO|ERR_TLS|ERR_SSL/.test(code)) fail(new MailSetupError('ETLS', `${url.href}: ${code}`));
      else fail(new MailSetupError('EHTTP', `${url.href}: ${error.message}`));
    });
    req.on('response', (response) => {
      const chunks: Buffer[] = [];
      let size = 0;
      response.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > maxBytes) fail(new MailSetupError('EHTTP', `${url.href}: larger than ${maxBytes} bytes, not read further`));
        else chunks.push(chunk);
      });
      response.on('end', () => {
        clearTimeout(timer);
        options.signal?.removeEventListener('abort', onAbort);
        resolve({ response, body: Buffer.concat(chunks).toString('utf8') });
      });
      response.on('error', () => fail(new MailSetupError('EHTTP', `${url.href}: the answer broke off`)));
    });
    req.end(options.body);
  });
}

/** Fetches a settings document with a size limit, a time limit, cancellation and a bounded redirect chain. */
export async function httpFetch(address: string, options: FetchOptions): Promise<FetchResult> {
  const started = performance.now();
  const deadline = Date.now() + (options.timeoutMs ?? HTTP_TIMEOUT_MS);
  const record: HttpRecord = { url: address, method: options.method ?? 'GET', redirects: [], tlsVerified: true, ms: 0 };
  let url = new URL(address);
  try {
    for (let hop = 0; ; hop++) {
      if (url.protocol !== 'https:') record.tlsVerified = false;
      const { response, body } = await once(url, options, deadline);
      const status = response.statusCode ?? 0;
      record.status = status;
      const location = response.headers.location;
      if (status >= 300 && status < 400 && location) {
        if (hop >= (options.maxRedirects ?? MAX_REDIRECTS))
          throw new MailSetupError('EHTTP', `${address}: too many redirects`, { httpStatus: status });
        url = new URL(location, url);
        if (url.protocol !== 'https:' && url.protocol !== 'http:')
          throw new MailSetupError('EHTTP', `${address}: redirect to ${url.protocol}`);
        record.redirects.push(url.href);
        continue;
      }
      record.bytes = Buffer.byteLength(body);
      const accepted = (status >= 200 && status < 300) || options.acceptStatus?.(status) === true;
      if (!accepted) throw new MailSetupError('EHTTP', `${url.href}: HTTP status ${status}`, { httpStatus: status });
      return { status, body, finalUrl: url.href, secure: record.tlsVerified, headers: response.headers };
    }
  } catch (error) {
    record.error = error instanceof MailSetupError ? error.code : 'EHTTP';
    throw error;
  } finally {
    record.ms = Math.round(performance.now() - started);
    options.onRecord?.(record);
  }
}
