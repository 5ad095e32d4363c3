import SMTPConnection from 'nodemailer/lib/smtp-connection';
import { CONNECT_TIMEOUT_MS, COMMAND_TIMEOUT_MS, GREETING_TIMEOUT_MS } from '../../net/timeouts';
import { mapLibraryError } from './map-library-error';
import { loginTlsOptions, scrub, type LoginAttempt, type LoginRequest } from './login-request';
import { classifyLoginReply } from './classify-reply';

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
  const mechanism = () => {
    const offered = (connection as unknown as { _supportedAuth?: string[] })._supportedAuth ?? [];
    return offered.includes('PLAIN')
      ? 'AUTH PLAIN'
      : offered.includes('LOGIN')
        ? 'AUTH LOGIN'
        : offered[0]
          ? `AUTH ${offered[0]}`
          : undefined;
  };
  try {
    if (request.signal?.aborted) throw new Error('cancelled');
    await new Promise<void>((resolve, reject) => {
      connection.once('error', reject);
      connection.connect(() => resolve());
    });
    const offered = (connection as unknown as { _supportedAuth?: string[] })._supportedAuth ?? [];
    if (offered.length === 0) {
      return {
        username: request.username,
        ok: false,
        error: { code: 'ENOAUTHMECH', message: 'the server offers no login (AUTH) on this connection' },
        ms: elapsed(),
      };
    }
    await new Promise<void>((resolve, reject) =>
      connection.login({ user: request.username, pass: request.password }, (error) => (error ? reject(error) : resolve())),
    );
    connection.quit();
    return { username: request.username, ok: true, mechanism: mechanism(), ms: elapsed() };
  } catch (error) {
    const e = error as { response?: string };
    const reply = scrub(typeof e.response === 'string' ? e.response : undefined, request.password);
    const step = request.signal?.aborted ? { code: 'ECANCELLED' as const, message: 'cancelled' } : mapLibraryError(error, reply);
    step.message = scrub(step.message, request.password) ?? '';
    const authProblem =
      step.code === 'EAUTH' && reply
        ? classifyLoginReply({ protocol: 'smtp', host: request.host, username: request.username, reply })
        : undefined;
    return {
      username: request.username,
      ok: false,
      mechanism: mechanism(),
      serverReply: reply,
      error: step,
      ...(authProblem ? { authProblem } : {}),
      ms: elapsed(),
    };
  } finally {
    request.signal?.removeEventListener('abort', onAbort);
    connection.close();
  }
}
