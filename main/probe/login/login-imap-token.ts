import { reason } from '../../errors/mail-setup-error';
import { libraryFailure } from './map-library-error';
import { imapClient } from './library-sessions';
import { readOAuthError, type TokenLoginAttempt, type TokenLoginRequest } from './token-login-request';

/**
 * Trial IMAP login with an access token: imapflow authenticates with OAUTHBEARER (RFC 7628) where the server
 * offers it, XOAUTH2 otherwise. The token goes only into that one exchange; errors are scrubbed of it.
 */
export async function loginImapWithToken(request: TokenLoginRequest): Promise<TokenLoginAttempt> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  if (request.security !== 'tls' && request.security !== 'starttls') {
    return { username: request.username, ok: false, error: { code: 'EPLAINTEXT', reason: reason('token-needs-tls') }, ms: elapsed() };
  }
  const client = imapClient(request, { user: request.username, accessToken: request.token.reveal() }, true);
  const onAbort = () => client.close();
  request.signal?.addEventListener('abort', onAbort, { once: true });
  // imapflow takes OAUTHBEARER whenever the capabilities it holds offer it, XOAUTH2 otherwise, and runs CAPABILITY
  // (and ID) as tagged commands before it authenticates. Its public 'response' event for each of them is where the
  // offer is read (the mechanism used) and, when the caller asks for XOAUTH2, where OAUTHBEARER is taken out of it.
  let offered = new Map<string, unknown>();
  client.on('response', () => {
    if (client.authenticated || !client.capabilities) return;
    if (request.mechanism === 'XOAUTH2' && client.capabilities.has('AUTH=XOAUTH2')) client.capabilities.delete('AUTH=OAUTHBEARER');
    offered = new Map(client.capabilities);
  });
  const mechanism = () =>
    offered.has('AUTH=OAUTHBEARER') ? 'OAUTHBEARER' : offered.has('AUTH=XOAUTH2') || offered.has('AUTH=XOAUTH') ? 'XOAUTH2' : undefined;
  try {
    if (request.signal?.aborted) throw new Error('cancelled');
    await client.connect();
    return { username: request.username, ok: true, mechanism: mechanism(), ms: elapsed() };
  } catch (error) {
    const e = error as { responseText?: unknown; oauthError?: unknown };
    const failed = libraryFailure({ ...request, password: request.token.reveal() }, error, {
      library: 'imapflow',
      protocol: 'IMAP',
      command: 'AUTHENTICATE',
      reply: e.responseText,
      mechanism: mechanism(),
      started,
    });
    // imapflow calls a refused mechanism an unsupported one; the server simply does not take tokens that way.
    const refusedMechanism = failed.error?.code === 'EPROTOCOL' && /Unsupported authentication mechanism/i.test(errorText(error));
    const attempt: TokenLoginAttempt = refusedMechanism ? { ...failed, error: { ...failed.error!, code: 'ENOAUTHMECH' } } : failed;
    const oauthError = readOAuthError(e.oauthError);
    return oauthError ? { ...attempt, oauthError } : attempt;
  } finally {
    request.signal?.removeEventListener('abort', onAbort);
    client.close();
  }
}

const errorText = (error: unknown): string => (error instanceof Error ? error.message : String(error));
