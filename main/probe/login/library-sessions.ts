import { ImapFlow } from 'imapflow';
import SMTPConnection from 'nodemailer/lib/smtp-connection';
import { CONNECT_TIMEOUT_MS, COMMAND_TIMEOUT_MS, GREETING_TIMEOUT_MS } from '../../net/timeouts';
import { parseEhlo } from '../dialogs/smtp-dialog';
import { loginTlsOptions, type LoginRequest } from './login-request';

/** What a library session needs of a trial login, whatever proves it (a password or a token). */
export type SessionTarget = Omit<LoginRequest, 'password' | 'username' | 'log'>;

/**
 * An imapflow client for one trial login: the server's name for TLS and the login's trust (fail closed), never
 * a cleartext fallback of its own, the named time limits, no logging, no IDLE.
 */
export function imapClient(
  target: SessionTarget,
  auth: { user: string; pass?: string; accessToken?: string },
  verifyOnly: boolean,
): ImapFlow {
  const client = new ImapFlow({
    host: target.address,
    port: target.port,
    servername: target.host,
    secure: target.security === 'tls',
    // Never let imapflow fall back to cleartext on its own: STARTTLS is either required or not used.
    doSTARTTLS: target.security === 'starttls' ? true : target.security === 'plain' ? false : undefined,
    tls: loginTlsOptions(target),
    auth,
    logger: false,
    verifyOnly,
    disableAutoIdle: true,
    connectionTimeout: CONNECT_TIMEOUT_MS,
    greetingTimeout: GREETING_TIMEOUT_MS,
    socketTimeout: COMMAND_TIMEOUT_MS * 2,
  });
  client.on('error', () => undefined);
  return client;
}

/** A nodemailer SMTPConnection for one trial login (no mail is ever sent on it), with the same rules. */
export function smtpConnection(target: SessionTarget, customAuth?: Record<string, unknown>): SMTPConnection {
  const connection = new SMTPConnection({
    host: target.address,
    port: target.port,
    servername: target.host,
    secure: target.security === 'tls',
    requireTLS: target.security === 'starttls',
    ignoreTLS: target.security === 'plain',
    tls: loginTlsOptions(target),
    name: 'mailsetup.invalid',
    connectionTimeout: CONNECT_TIMEOUT_MS,
    greetingTimeout: GREETING_TIMEOUT_MS,
    socketTimeout: COMMAND_TIMEOUT_MS * 2,
    logger: false,
    debug: false,
    ...(customAuth ? { customAuth } : {}),
  } as SMTPConnection.Options);
  connection.on('error', () => undefined);
  return connection;
}

/**
 * Connects (greeting, EHLO, STARTTLS where asked) and returns the SASL mechanisms offered. After connect() the
 * last answer is the EHLO the login will use (after STARTTLS when there was one); the mechanism is chosen from
 * it by the caller, so the one reported is the one used.
 */
export async function connectSmtp(connection: SMTPConnection): Promise<string[]> {
  await new Promise<void>((resolve, reject) => {
    connection.once('error', reject);
    connection.connect(() => resolve());
  });
  if (!connection.allowsAuth) return [];
  return parseEhlo(
    String(connection.lastServerResponse || '')
      .split(/\r?\n/)
      .filter(Boolean),
  ).authMechanisms;
}
