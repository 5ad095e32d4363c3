import SMTPConnection from 'nodemailer/lib/smtp-connection';
import { CONNECT_TIMEOUT_MS, COMMAND_TIMEOUT_MS, GREETING_TIMEOUT_MS } from '../../net/timeouts';
import { reason } from '../../errors/mail-setup-error';
import { parseEhlo } from '../dialogs/smtp-dialog';
import { libraryFailure } from './map-library-error';
import { loginTlsOptions, type LoginAttempt, type LoginRequest } from './login-request';

// The SASL mechanisms a password login can use, in nodemailer's own order of preference.
const PASSWORD_MECHANISMS = ['PLAIN', 'LOGIN', 'CRAM-MD5'];

/** Trial SMTP submission login with nodemailer's SMTPConnection: connect, EHLO, AUTH, QUIT. No mail is sent. */
export async function loginSmtp(request: LoginRequest): Promise<LoginAttempt> {
  const started = performance.now();
  const connection = new SMTPConnection({
    host: request.address,
    port: request.port,
    servername: request.host,
    secure: request.security === 'tls',
    requireTLS: request.security === 'starttls',
    ignoreTLS: request.security === 'plain',
    tls: loginTlsOptions(request),
    name: 'mailsetup.invalid',
    connectionTimeout: CONNECT_TIMEOUT_MS,
    greetingTimeout: GREETING_TIMEOUT_MS,
    socketTimeout: COMMAND_TIMEOUT_MS * 2,
    logger: false,
    debug: false,
  } as SMTPConnection.Options);
  connection.on('error', () => undefined);
  const onAbort = () => connection.close();
  request.signal?.addEventListener('abort', onAbort, { once: true });
  const elapsed = () => Math.round(performance.now() - started);
  let mechanism: string | undefined;
  try {
    if (request.signal?.aborted) throw new Error('cancelled');
    await new Promise<void>((resolve, reject) => {
      connection.once('error', reject);
      connection.connect(() => resolve());
    });
    // After connect() the last answer is the EHLO the login will use (after STARTTLS when there was one);
    // we choose the mechanism from it ourselves, so the one reported is the one used.
    const offered = connection.allowsAuth
      ? parseEhlo(
          String(connection.lastServerResponse || '')
            .split(/\r?\n/)
            .filter(Boolean),
        ).authMechanisms
      : [];
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
    return libraryFailure(request, error, { library: 'nodemailer', protocol: 'SMTP', command: 'AUTH', reply, mechanism, started });
  } finally {
    request.signal?.removeEventListener('abort', onAbort);
    connection.close();
  }
}
