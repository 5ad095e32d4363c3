import type { StepError } from '../../../shared/model/outcome';
import { failWith, reason, step } from '../../errors/mail-setup-error';
import { toStepError } from '../../errors/step-error';
import type { Log } from '../../log/logger';
import type { Session } from '../mail-session';
import { classified } from './classify-reply';
import type { Credentials, LoginAttempt, LoginRequest } from './login-request';
import { loginOnNewSession } from './login-on-new-session';

// No maintained POP3 client library reports the server's words and the TLS state we need (node-pop3 and poplib
// are unmaintained), so this is a small client of our own on the probe's connection: RFC 5034 SASL PLAIN with
// its initial response, else RFC 1939 USER/PASS, then STAT.

/** One POP3 command and its status line; `what` names it in messages, never with the secret it may carry. */
async function send(session: Session, text: string, what: string): Promise<{ ok: boolean; line: string; step: ReturnType<typeof step> }> {
  session.conn.write(text);
  const named = step('command', { protocol: 'POP3', command: what });
  const [line] = await session.conn.readReply(() => true, named);
  // A continuation ("+ ") in a SASL exchange means the server wants more than PLAIN's one message: cancel it.
  if (line.startsWith('+ ') || line === '+') {
    session.conn.write('*');
    const [after] = await session.conn.readReply(() => true, named);
    return { ok: false, line: after, step: named };
  }
  return { ok: line.startsWith('+OK'), line, step: named };
}

const refused = (answer: { line: string; step: ReturnType<typeof step> }, code: 'EAUTH' | 'EPROTOCOL'): StepError => ({
  code,
  reason: reason('command-refused', { step: answer.step, reply: answer.line }),
  serverReply: answer.line,
});

/** The POP3 trial login on an open session: authenticate, then STAT (the mailbox opens). Never throws. */
export async function pop3SessionLogin(session: Session, credentials: Credentials, log?: Log): Promise<LoginAttempt> {
  const started = performance.now();
  const ms = () => Math.round(performance.now() - started);
  const { info } = session;
  let mechanism: string | undefined;
  let error: StepError;
  try {
    let answer;
    if (info.authMechanisms.includes('PLAIN')) {
      mechanism = 'AUTH PLAIN';
      const token = Buffer.from(`\0${credentials.username}\0${credentials.password}`, 'utf8').toString('base64');
      answer = await send(session, `AUTH PLAIN ${token}`, 'AUTH PLAIN');
    } else if (info.authMechanisms.includes('USER')) {
      mechanism = 'USER/PASS';
      answer = await send(session, `USER ${credentials.username}`, 'USER');
      if (answer.ok) answer = await send(session, `PASS ${credentials.password}`, 'PASS');
    } else {
      throw failWith('ENOAUTHMECH', reason('no-pop3-login'));
    }
    if (!answer.ok) {
      // A -ERR answer to the credentials is an authentication failure, whatever words the server chose.
      error = refused(answer, 'EAUTH');
    } else {
      // The mailbox opens (STAT answers): a login the server took but a maildrop it cannot give is no working setup.
      const stat = await send(session, 'STAT', 'STAT');
      if (stat.ok) return { username: credentials.username, ok: true, mechanism, ms: ms() };
      error = refused(stat, 'EPROTOCOL');
    }
  } catch (caught) {
    error = toStepError(caught, log, { host: session.host });
  }
  const serverReply = 'serverReply' in error ? error.serverReply : undefined;
  const attempt: LoginAttempt = { username: credentials.username, ok: false, mechanism, serverReply, error, ms: ms() };
  return classified(attempt, { protocol: 'pop3', host: session.host, reply: serverReply });
}

/** A trial POP3 login on a connection of its own. */
export function loginPop3(request: LoginRequest): Promise<LoginAttempt> {
  return loginOnNewSession('pop3', request, pop3SessionLogin);
}
