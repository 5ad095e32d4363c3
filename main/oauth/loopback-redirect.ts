import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Language } from '../../shared/messages/languages';
import { createTranslator } from '../../shared/messages/translator';

export type RedirectOutcome =
  | { kind: 'code'; code: string; iss?: string }
  | { kind: 'error'; error: string; description?: string; iss?: string }
  | { kind: 'state-mismatch' }
  | { kind: 'timed-out' }
  | { kind: 'cancelled' };

export interface LoopbackOptions {
  /** The "state" sent with the authorization request; the redirect must carry exactly this value. */
  state: string;
  /** Path of the redirect URI, e.g. "/oauth/callback". */
  path: string;
  /** How the redirect URI names the loopback interface; the listener always binds 127.0.0.1. */
  host: '127.0.0.1' | 'localhost';
  timeoutMs: number;
  signal?: AbortSignal;
  /** The language of the page the browser shows afterwards (the app's). */
  language?: Language;
}

export interface LoopbackListener {
  /** http://127.0.0.1:<random port>/<path>, for the authorization request. */
  redirectUri: string;
  /** Settles once: the first redirect to the path, the time limit, or cancellation. */
  result: Promise<RedirectOutcome>;
  close(): void;
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The short page the browser shows once the sign-in has come back, in the app's language. */
function answerPage(res: ServerResponse, status: number, page: 'done' | 'refused' | 'mismatch', language: Language | undefined): void {
  const t = createTranslator(language);
  const title = t.t(`signin:page.${page}.title`);
  const text = t.t(`signin:page.${page}.text`);
  res.writeHead(status, {
    'content-type': 'text/html; charset=utf-8',
    'cache-control': 'no-store',
    // The page loads nothing and links nowhere, so the code in its URL cannot travel on in a Referer.
    'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'",
    'referrer-policy': 'no-referrer',
    connection: 'close',
  });
  res.end(
    `<!DOCTYPE html><html lang="${t.language}"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>` +
      `<style>body{font:16px system-ui,sans-serif;margin:15vh auto;max-width:32em;text-align:center}</style></head>` +
      `<body><h1>${escapeHtml(title)}</h1><p>${escapeHtml(text)}</p></body></html>`,
  );
}

/**
 * The RFC 8252 loopback redirect: a one-shot HTTP listener on 127.0.0.1 at a port the system picks. It accepts
 * exactly one answer on its path, checks "state" (RFC 6749 section 10.12), shows a short page telling the person
 * they can close the window, and closes. Any other request gets 404 and changes nothing.
 */
export async function listenForRedirect(options: LoopbackOptions): Promise<LoopbackListener> {
  let settle!: (outcome: RedirectOutcome) => void;
  const result = new Promise<RedirectOutcome>((resolve) => (settle = resolve));
  let settled = false;
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (settled || req.method !== 'GET' || url.pathname !== options.path) {
      res.writeHead(404, { 'content-type': 'text/plain', connection: 'close' }).end('Not found');
      return;
    }
    const query = url.searchParams;
    const iss = query.get('iss') ?? undefined;
    let outcome: RedirectOutcome;
    if (query.get('state') !== options.state) {
      outcome = { kind: 'state-mismatch' };
      answerPage(res, 400, 'mismatch', options.language);
    } else if (query.get('error')) {
      outcome = { kind: 'error', error: query.get('error')!, description: query.get('error_description') ?? undefined, iss };
      answerPage(res, 200, 'refused', options.language);
    } else if (query.get('code')) {
      outcome = { kind: 'code', code: query.get('code')!, iss };
      answerPage(res, 200, 'done', options.language);
    } else {
      // Neither a code nor an error: RFC 6749's own word for a malformed request.
      outcome = { kind: 'error', error: 'invalid_request', iss };
      answerPage(res, 400, 'refused', options.language);
    }
    finish(outcome, res);
  });
  const timer = setTimeout(() => finish({ kind: 'timed-out' }), options.timeoutMs);
  const onAbort = () => finish({ kind: 'cancelled' });
  function finish(outcome: RedirectOutcome, res?: ServerResponse): void {
    if (settled) return;
    settled = true;
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onAbort);
    settle(outcome);
    const shut = () => {
      server.close();
      server.closeAllConnections();
    };
    // Let the page reach the browser before the listener goes away.
    if (res && !res.writableFinished) res.once('finish', shut);
    else shut();
  }
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  if (options.signal?.aborted) onAbort();
  else options.signal?.addEventListener('abort', onAbort, { once: true });
  const { port } = server.address() as AddressInfo;
  return {
    redirectUri: `http://${options.host}:${port}${options.path}`,
    result,
    close: () => finish({ kind: 'cancelled' }),
  };
}
