import { reason } from '../../errors/mail-setup-error';
import { classified } from './classify-reply';
import { connectSmtp, smtpConnection } from './library-sessions';
import { libraryFailure } from './map-library-error';
import type { LoginAttempt, LoginRequest } from './login-request';

// The SASL mechanisms a password login can use, in nodemailer's own order of preference.
const PASSWORD_MECHANISMS = ['PLAIN', 'LOGIN', 'CRAM-MD5'];

/** Trial SMTP submission login with nodemailer's SMTPConnection: connect, EHLO, AUTH, QUIT. No mail is sent. */
export async function loginSmtp(request: LoginRequest): Promise<LoginAttempt> {
  const started = performance.now();
  const connection = smtpConnection(request);
  const onAbort = () => connection.close();
  request.signal?.addEventListener('abort', onAbort, { once: true });
  const elapsed = () => Math.round(performance.now() - started);
  let mechanism: string | undefined;
  try {
    if (request.signal?.aborted) throw new Error('cancelled');
    const offered = await connectSmtp(connection);
    const method = PASSWORD_MECHANISMS.find((m) => offered.includes(m));
    if (!method) {
      return {
        username: request.username,
        ok: false,
        error: { code: 'ENOAUTHMECH', reason: reason('no-smtp-auth') },
        ms: elapsed(),
      };
    }
    mechanism = `AUTH ${method}`;
    await new Promise<void>((resolve, reject) =>
      connection.login({ user: request.username, pass: request.password, method }, (error) => (error ? reject(error) : resolve())),
    );
    connection.quit();
    return { username: request.username, ok: true, mechanism, ms: elapsed() };
  } catch (error) {
    const reply = (error as { response?: unknown }).response;
    const attempt = libraryFailure(request, error, { library: 'nodemailer', protocol: 'SMTP', command: 'AUTH', reply, mechanism, started });
    return classified(attempt, { protocol: 'smtp', host: request.host, reply: attempt.serverReply });
  } finally {
    request.signal?.removeEventListener('abort', onAbort);
    connection.close();
  }
}
