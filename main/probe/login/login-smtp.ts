import { createHmac } from 'node:crypto';
import type { StepError } from '../../../shared/model/outcome';
import { failWith, reason, step } from '../../errors/mail-setup-error';
import { toStepError } from '../../errors/step-error';
import type { Log } from '../../log/logger';
import { smtpSend } from '../dialogs/smtp-dialog';
import type { Session } from '../mail-session';
import { classified } from './classify-reply';
import type { Credentials, LoginAttempt, LoginRequest } from './login-request';
import { loginOnNewSession } from './login-on-new-session';

/*
 * The SMTP submission trial login, on the probe's own connection (after its EHLO, and STARTTLS where used):
 * AUTH PLAIN with its initial response (RFC 4954), else AUTH LOGIN, else CRAM-MD5, as nodemailer orders them.
 * nodemailer cannot continue a connection it did not open, and a second connection would cost a second TCP and
 * TLS handshake per candidate; it stays the tool for sending the test message.
 */

const AUTH_STEP = (mechanism: string) => step('command', { protocol: 'SMTP', command: `AUTH ${mechanism}` });
const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

/** The SASL exchange of one mechanism; returns the final reply. Each line it sends may carry a secret, none is named. */
async function exchange(session: Session, mechanism: string, credentials: Credentials): Promise<{ code: number; lines: string[] }> {
  const { conn } = session;
  const what = AUTH_STEP(mechanism);
  if (mechanism === 'PLAIN') return smtpSend(conn, `AUTH PLAIN ${b64(`\0${credentials.username}\0${credentials.password}`)}`, what);
  if (mechanism === 'LOGIN') {
    let reply = await smtpSend(conn, 'AUTH LOGIN', what);
    if (reply.code !== 334) return reply;
    reply = await smtpSend(conn, b64(credentials.username), what);
    if (reply.code !== 334) return reply;
    return smtpSend(conn, b64(credentials.password), what);
  }
  // CRAM-MD5 (RFC 2195): the password never crosses the wire, only a keyed digest of the server's challenge.
  const challenge = await smtpSend(conn, 'AUTH CRAM-MD5', what);
  if (challenge.code !== 334) return challenge;
  const nonce = Buffer.from(challenge.lines[0].slice(4).trim(), 'base64').toString('latin1');
  const digest = createHmac('md5', credentials.password).update(nonce, 'latin1').digest('hex');
  return smtpSend(conn, b64(`${credentials.username} ${digest}`), what);
}

// The mechanisms a password login can use, in nodemailer's order of preference.
const MECHANISMS = ['PLAIN', 'LOGIN', 'CRAM-MD5'];

/** The SMTP trial login on an open session. No mail is sent. Never throws. */
export async function smtpSessionLogin(session: Session, credentials: Credentials, log?: Log): Promise<LoginAttempt> {
  const started = performance.now();
  const ms = () => Math.round(performance.now() - started);
  let mechanism: string | undefined;
  let error: StepError;
  try {
    const method = MECHANISMS.find((m) => session.info.authMechanisms.includes(m));
    if (!method) throw failWith('ENOAUTHMECH', reason('no-smtp-auth'));
    mechanism = `AUTH ${method}`;
    let reply = await exchange(session, method, credentials);
    // The server wants more than the mechanism has to say: cancel the exchange (RFC 4954 4).
    if (reply.code === 334) reply = await smtpSend(session.conn, '*', AUTH_STEP(method));
    if (reply.code === 235) return { username: credentials.username, ok: true, mechanism, ms: ms() };
    const words = reply.lines.join(' ');
    const why = reason('command-refused', { step: AUTH_STEP(method), reply: words });
    // 5xx: the credentials (or passwords at all) refused; 504: the mechanism; 4xx: a passing trouble, not a refusal.
    error =
      reply.code === 504
        ? { code: 'ENOAUTHMECH', reason: why, serverReply: words }
        : reply.code >= 500 && !/STARTTLS|encryption required/i.test(words)
          ? { code: 'EAUTH', reason: why, serverReply: words }
          : { code: 'EPROTOCOL', reason: why, serverReply: words };
  } catch (caught) {
    error = toStepError(caught, log, { host: session.host });
  }
  const serverReply = 'serverReply' in error ? error.serverReply : undefined;
  const attempt: LoginAttempt = { username: credentials.username, ok: false, mechanism, serverReply, error, ms: ms() };
  return classified(attempt, { protocol: 'smtp', host: session.host, reply: serverReply });
}

/** A trial SMTP login on a connection of its own. */
export function loginSmtp(request: LoginRequest): Promise<LoginAttempt> {
  return loginOnNewSession('smtp', request, smtpSessionLogin);
}
