import { ImapFlow } from 'imapflow';
import { CONNECT_TIMEOUT_MS, COMMAND_TIMEOUT_MS, GREETING_TIMEOUT_MS } from '../../net/timeouts';
import { mapLibraryError } from './map-library-error';
import { loginTlsOptions } from './login-request';
import { readOAuthError, type TokenLoginAttempt, type TokenLoginRequest } from './token-login-request';

/**
 * Trial IMAP login with an access token: imapflow authenticates with OAUTHBEARER (RFC 7628) where the server
 * offers it, XOAUTH2 otherwise. The token goes only into that one exchange; errors are scrubbed of it.
 */
export async function loginImapWithToken(request: TokenLoginRequest): Promise<TokenLoginAttempt> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  if (request.security !== 'tls' && request.security !== 'starttls') {
    return {
      username: request.username,
      ok: false,
      error: { code: 'EPLAINTEXT', message: 'a token is never sent without TLS' },
      ms: elapsed(),
    };
  }
  const client = new ImapFlow({
    host: request.address,
    port: request.port,
    servername: request.host,
    secure: request.security === 'tls',
    doSTARTTLS: request.security === 'starttls' ? true : undefined,
    tls: loginTlsOptions({ ...request, password: '' }),
    auth: { user: request.username, accessToken: request.token.reveal() },
    logger: false,
    verifyOnly: true,
    disableAutoIdle: true,
    connectionTimeout: CONNECT_TIMEOUT_MS,
    greetingTimeout: GREETING_TIMEOUT_MS,
    socketTimeout: COMMAND_TIMEOUT_MS * 2,
  });
  client.on('error', () => undefined);
  const onAbort = () => client.close();
  request.signal?.addEventListener('abort', onAbort, { once: true });
  // imapflow picks OAUTHBEARER whenever offered, XOAUTH2 otherwise; the choice is read (and, when the caller
  // asks for XOAUTH2, made) at the moment it authenticates, from the capabilities it then sees.
  let chosen: string | undefined;
  const session = client as unknown as { authenticate: () => Promise<unknown>; capabilities: Map<string, unknown> };
  const authenticate = session.authenticate.bind(client);
  session.authenticate = () => {
    const caps = session.capabilities;
    if (request.mechanism === 'XOAUTH2' && caps.has('AUTH=XOAUTH2')) caps.delete('AUTH=OAUTHBEARER');
    chosen = caps.has('AUTH=OAUTHBEARER') ? 'OAUTHBEARER' : caps.has('AUTH=XOAUTH2') || caps.has('AUTH=XOAUTH') ? 'XOAUTH2' : undefined;
    return authenticate();
  };
  const mechanism = () => chosen;
  try {
    if (request.signal?.aborted) throw new Error('cancelled');
    await client.connect();
    return { username: request.username, ok: true, mechanism: mechanism(), ms: elapsed() };
  } catch (error) {
    const e = error as { responseText?: string; oauthError?: unknown; message?: string };
    const reply = request.token.scrub(e.responseText ?? undefined)?.slice(0, 300);
    const step = request.signal?.aborted ? { code: 'ECANCELLED' as const, message: 'cancelled' } : mapLibraryError(error, reply);
    step.message = request.token.scrub(step.message) ?? '';
    if (step.code === 'EPROTOCOL' && /Unsupported authentication mechanism/i.test(step.message)) step.code = 'ENOAUTHMECH';
    const oauthError = readOAuthError(e.oauthError);
    return {
      username: request.username,
      ok: false,
      mechanism: mechanism(),
      serverReply: reply,
      error: step,
      ...(oauthError ? { oauthError } : {}),
      ms: elapsed(),
    };
  } finally {
    request.signal?.removeEventListener('abort', onAbort);
    client.close();
  }
}
