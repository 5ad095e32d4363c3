import SMTPConnection from 'nodemailer/lib/smtp-connection';
import { reason } from '../../errors/mail-setup-error';
import { libraryFailure } from './map-library-error';
import { connectSmtp, smtpConnection } from './library-sessions';
import { readOAuthError, type OAuthErrorReply, type TokenLoginAttempt, type TokenLoginRequest } from './token-login-request';

interface AuthContext {
  sendCommand(command: string): Promise<{ status: number; text: string; response: string }>;
  resolve(): void;
  reject(error: Error): void;
}

type Mechanism = 'OAUTHBEARER' | 'XOAUTH2';

/** RFC 7628 section 3.1 (OAUTHBEARER, GS2 header and host/port) or Google's XOAUTH2, both ^A-separated. */
function saslPayload(mechanism: Mechanism, request: TokenLoginRequest): string {
  const token = request.token.reveal();
  if (mechanism === 'XOAUTH2') return `user=${request.username}\x01auth=Bearer ${token}\x01\x01`;
  // GS2 escapes "," and "=" in the authorization identity (RFC 5801 section 4).
  const authzid = request.username.replace(/=/g, '=3D').replace(/,/g, '=2C');
  return `n,a=${authzid},\x01host=${request.host}\x01port=${request.port}\x01auth=Bearer ${token}\x01\x01`;
}

/**
 * Trial SMTP submission login with an access token through nodemailer's SMTPConnection. The SASL exchange is a
 * nodemailer customAuth handler rather than its built-in XOAUTH2: that one answers a refused token by sending it a
 * second time and then reports its own words instead of the server's; here a refusal costs one attempt, and the
 * server's reply and its RFC 7628 error (status, where its authorization server is) are kept.
 */
export async function loginSmtpWithToken(request: TokenLoginRequest): Promise<TokenLoginAttempt> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  if (request.security !== 'tls' && request.security !== 'starttls') {
    return { username: request.username, ok: false, error: { code: 'EPLAINTEXT', reason: reason('token-needs-tls') }, ms: elapsed() };
  }
  let oauthError: OAuthErrorReply | undefined;
  const handler = (mechanism: Mechanism) => async (ctx: AuthContext) => {
    const first = await ctx.sendCommand(`AUTH ${mechanism} ${Buffer.from(saslPayload(mechanism, request)).toString('base64')}`);
    if (first.status === 235) return ctx.resolve();
    if (first.status === 334) {
      // The server's error challenge: read it, then end the exchange (OAUTHBEARER answers ^A, XOAUTH2 an empty line).
      oauthError = readOAuthError(first.text.trim());
      const final = await ctx.sendCommand(mechanism === 'OAUTHBEARER' ? 'AQ==' : '');
      return ctx.reject(new Error(final.response));
    }
    return ctx.reject(new Error(first.response));
  };
  const connection = smtpConnection(request, { OAUTHBEARER: handler('OAUTHBEARER'), XOAUTH2: handler('XOAUTH2') });
  const onAbort = () => connection.close();
  request.signal?.addEventListener('abort', onAbort, { once: true });
  let mechanism: Mechanism | undefined;
  try {
    if (request.signal?.aborted) throw new Error('cancelled');
    // nodemailer keeps only the mechanisms it implements itself; the EHLO tells whether OAUTHBEARER is offered.
    const offered = await connectSmtp(connection);
    const preferred = request.mechanism && offered.includes(request.mechanism) ? request.mechanism : undefined;
    mechanism = preferred ?? (offered.includes('OAUTHBEARER') ? 'OAUTHBEARER' : offered.includes('XOAUTH2') ? 'XOAUTH2' : undefined);
    if (!mechanism) {
      return {
        username: request.username,
        ok: false,
        error: { code: 'ENOAUTHMECH', reason: reason('token-no-mechanism', { offered: offered.join(' ') || '-' }) },
        ms: elapsed(),
      };
    }
    const method = mechanism;
    // nodemailer keeps an explicit XOAUTH2 only when an "oauth2" value is present; the customAuth handler above
    // then runs instead of nodemailer's own token handling, so that value is only a marker.
    const auth = { method, user: request.username, ...(method === 'XOAUTH2' ? { oauth2: { handledBy: 'customAuth' } } : {}) };
    await new Promise<void>((resolve, reject) =>
      connection.login(auth as unknown as SMTPConnection.AuthenticationCredentials, (error) => (error ? reject(error) : resolve())),
    );
    connection.quit();
    return { username: request.username, ok: true, mechanism, ms: elapsed() };
  } catch (error) {
    const reply = (error as { response?: unknown }).response;
    const how = { library: 'nodemailer', protocol: 'SMTP', command: 'AUTH', reply, mechanism, started } as const;
    const attempt: TokenLoginAttempt = libraryFailure({ ...request, password: request.token.reveal() }, error, how);
    return oauthError ? { ...attempt, oauthError } : attempt;
  } finally {
    request.signal?.removeEventListener('abort', onAbort);
    connection.close();
  }
}
