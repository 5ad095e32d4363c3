import type { StepError } from '../../../shared/model/outcome';
import { version } from '../../../package.json';
import { failWith, MailSetupError, reason, step } from '../../errors/mail-setup-error';
import { toStepError } from '../../errors/step-error';
import type { Log } from '../../log/logger';
import { PIPELINED_ANSWER_GRACE_MS } from '../../net/timeouts';
import { imapCommand, nextTag, readContinuation, readTagged, type ImapAnswer } from '../dialogs/imap-dialog';
import type { Session } from '../mail-session';
import { classified, classifyLoginReply } from './classify-reply';
import type { Credentials, LoginAttempt, LoginRequest } from './login-request';
import { loginOnNewSession } from './login-on-new-session';

/*
 * The IMAP trial login, written here on the probe's own connection instead of through imapflow. imapflow cannot
 * continue a connection it did not open, always sends CAPABILITY and ID before it authenticates, does
 * AUTHENTICATE PLAIN in two steps even where the server offers SASL-IR, and reads whatever a server sends
 * without limit (a hostile server made it buffer gigabytes). Here the proof takes the fewest round trips — the
 * greeting's capabilities, then AUTHENTICATE PLAIN with its initial response and EXAMINE INBOX in one round trip
 * (pipelined, RFC 3501 5.5) — and every byte goes
 * through the probe's bounded reader. imapflow stays where it is the right tool: token logins and finding a test
 * message by its Message-ID.
 */

const AUTH_STEP = step('command', { protocol: 'IMAP', command: 'AUTHENTICATE PLAIN' });
const LOGIN_STEP = step('command', { protocol: 'IMAP', command: 'LOGIN' });
const EXAMINE = 'EXAMINE INBOX';
const EXAMINE_STEP = step('command', { protocol: 'IMAP', command: EXAMINE });

/** An IMAP string argument: quoted when it is plain printable ASCII, otherwise a literal (RFC 3501 4.3). */
function imapString(value: string): { quoted: string } | { literal: string } {
  return /^[\x20-\x7e]*$/.test(value) ? { quoted: `"${value.replace(/[\\"]/g, (c) => `\\${c}`)}"` } : { literal: value };
}

/**
 * LOGIN user password, with literals where needed: non-synchronising (LITERAL+) when offered, else waiting for
 * "+". `waited` says whether the command had to wait for the server on the way.
 */
async function sendLogin(session: Session, credentials: Credentials, tag: string): Promise<{ refused?: ImapAnswer; waited: boolean }> {
  const { conn, info } = session;
  const plus = info.capabilities.includes('LITERAL+');
  const parts = [imapString(credentials.username), imapString(credentials.password)];
  let line = `${tag} LOGIN`;
  let waited = false;
  for (const part of parts) {
    if ('quoted' in part) {
      line += ` ${part.quoted}`;
      continue;
    }
    line += ` {${Buffer.byteLength(part.literal, 'utf8')}${plus ? '+' : ''}}`;
    conn.write(line);
    if (!plus) {
      waited = true;
      const refused = await readContinuation(conn, tag, LOGIN_STEP);
      if (refused) return { refused, waited };
    }
    line = part.literal;
  }
  conn.write(line);
  return { waited };
}

/**
 * Sends EXAMINE INBOX right behind a login that went out whole in one write, without waiting for its answer:
 * the server reads it once the login is through, so the mailbox check costs no round trip of its own. Not after
 * a login that talked with the server on the way (a SASL exchange in two steps, synchronising literals): a server
 * that wants more than it was told would read the command as part of the login.
 */
function pipelineExamine(session: Session): string {
  const tag = nextTag();
  session.conn.write(`${tag} ${EXAMINE}`);
  return tag;
}

interface Authenticated {
  answer: ImapAnswer;
  mechanism: string;
  /** The tag of the EXAMINE INBOX sent along with the login, if it was. */
  examineTag?: string;
}

/** Authenticates: AUTHENTICATE PLAIN (with SASL-IR in one round trip where offered), else LOGIN. */
async function authenticate(session: Session, credentials: Credentials): Promise<Authenticated> {
  const { conn, info } = session;
  const tag = nextTag();
  if (info.authMechanisms.includes('PLAIN')) {
    const token = Buffer.from(`\0${credentials.username}\0${credentials.password}`, 'utf8').toString('base64');
    let examineTag: string | undefined;
    if (info.capabilities.includes('SASL-IR')) {
      conn.write(`${tag} AUTHENTICATE PLAIN ${token}`);
      examineTag = pipelineExamine(session);
    } else {
      conn.write(`${tag} AUTHENTICATE PLAIN`);
      const refused = await readContinuation(conn, tag, AUTH_STEP);
      if (refused) return { answer: refused, mechanism: 'AUTH=PLAIN' };
      conn.write(token);
    }
    return { answer: await readTagged(conn, tag, AUTH_STEP), mechanism: 'AUTH=PLAIN', examineTag };
  }
  if (info.loginDisabled) throw failWith('ENOAUTHMECH', reason('no-imap-login'));
  const sent = await sendLogin(session, credentials, tag);
  if (sent.refused) return { answer: sent.refused, mechanism: 'LOGIN' };
  const examineTag = sent.waited ? undefined : pipelineExamine(session);
  return { answer: await readTagged(conn, tag, LOGIN_STEP), mechanism: 'LOGIN', examineTag };
}

/**
 * The answer to the first EXAMINE INBOX: the pipelined one's, which comes right behind the login's, or, where it
 * does not come (a proxy dropped what arrived before it had logged in), the answer to the same command sent again.
 */
async function firstExamine(session: Session, pipelinedTag: string | undefined): Promise<ImapAnswer> {
  if (!pipelinedTag) return imapCommand(session.conn, EXAMINE, EXAMINE_STEP);
  try {
    return await readTagged(session.conn, pipelinedTag, EXAMINE_STEP, PIPELINED_ANSWER_GRACE_MS);
  } catch (error) {
    if (!(error instanceof MailSetupError && error.code === 'ETIMEDOUT')) throw error;
  }
  const again = nextTag();
  session.conn.write(`${again} ${EXAMINE}`);
  return readTagged(session.conn, [pipelinedTag, again], EXAMINE_STEP);
}

/** RFC 2971 ID, which NetEase wants before it opens a mailbox ("Unsafe Login"). */
const CLIENT_ID = `ID ("name" "Mail Setup" "version" "${version}" "vendor" "Mail Setup")`;

/**
 * Opens INBOX read-only: a login the server accepted but a mailbox it will not open (IMAP turned off for the
 * account, NetEase's "Unsafe Login") is no working setup. Where the server asks for the client's identity
 * first, it is sent once and the mailbox asked for again.
 */
async function examineInbox(session: Session, username: string, pipelinedTag: string | undefined): Promise<ImapAnswer> {
  const first = await firstExamine(session, pipelinedTag);
  if (first.status === 'OK') return first;
  const wantsId =
    classifyLoginReply({ protocol: 'imap', host: session.host, username, reply: first.text, stage: 'select' })?.kind === 'unsafe-login';
  if (!wantsId && !/Unsafe Login|\bID\b/i.test(first.text)) return first;
  await imapCommand(session.conn, CLIENT_ID);
  return imapCommand(session.conn, EXAMINE, EXAMINE_STEP);
}

/** A refused answer as the failure it stands for: NO to the credentials is EAUTH, BAD a protocol fault. */
function refusal(answer: ImapAnswer, what: ReturnType<typeof step>, mechanism: string): StepError {
  const words = answer.text;
  if (answer.status === 'NO') return { code: 'EAUTH', reason: reason('command-refused', { step: what, reply: words }), serverReply: words };
  if (mechanism === 'AUTH=PLAIN' && /mechanism|unsupported/i.test(words))
    return { code: 'ENOAUTHMECH', reason: reason('command-refused', { step: what, reply: words }), serverReply: words };
  return { code: 'EPROTOCOL', reason: reason('command-refused', { step: what, reply: words }), serverReply: words };
}

/** The IMAP trial login on an open session: authenticate, then open INBOX read-only. Never throws. */
export async function imapSessionLogin(session: Session, credentials: Credentials, log?: Log): Promise<LoginAttempt> {
  const started = performance.now();
  const ms = () => Math.round(performance.now() - started);
  let mechanism: string | undefined;
  let stage: 'auth' | 'select' = 'auth';
  let error: StepError;
  try {
    const auth = await authenticate(session, credentials);
    mechanism = auth.mechanism;
    if (auth.answer.status !== 'OK') {
      error = refusal(auth.answer, mechanism === 'LOGIN' ? LOGIN_STEP : AUTH_STEP, mechanism);
    } else {
      stage = 'select';
      const opened = await examineInbox(session, credentials.username, auth.examineTag);
      if (opened.status === 'OK') return { username: credentials.username, ok: true, mechanism, ms: ms() };
      // A mailbox the provider refuses to open after a good login is a login problem for the person all the same.
      error = refusal(
        { ...opened, status: opened.status === 'NO' ? 'NO' : 'BAD' },
        step('command', { protocol: 'IMAP', command: 'EXAMINE' }),
        '',
      );
    }
  } catch (caught) {
    error = toStepError(caught, log, { host: session.host });
  }
  const serverReply = 'serverReply' in error ? error.serverReply : undefined;
  const attempt: LoginAttempt = { username: credentials.username, ok: false, mechanism, serverReply, error, ms: ms() };
  return classified(attempt, { protocol: 'imap', host: session.host, reply: serverReply, stage });
}

/** A trial IMAP login on a connection of its own (the provider-reply tests, a login outside a discovery run). */
export function loginImap(request: LoginRequest): Promise<LoginAttempt> {
  return loginOnNewSession('imap', request, imapSessionLogin);
}
