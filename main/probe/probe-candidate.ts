import type { EmailAddress } from '../../shared/email/parse-email';
import type { Message } from '../../shared/model/message';
import type { Outcome, StepError } from '../../shared/model/outcome';
import type { LoginAttempt, ServerProbe } from '../../shared/model/probe';
import type { Security } from '../../shared/model/server';
import type { DnsLookups } from '../dns/mail-resolver';
import type { CandidateSpec } from '../discovery/candidate';
import { MailSetupError, reason } from '../errors/mail-setup-error';
import { toStepError } from '../errors/step-error';
import { SILENT_LOG, type Log } from '../log/logger';
import { Connector } from '../net/connector';
import type { TlsTrust } from '../net/tls-trust';
import { passwordSafeOver } from '../net/tls-details';
import { Redactor } from '../privacy/secret-forms';
import { printable } from '../../shared/text/printable';
import { LoginLedger } from './login-ledger';
import { closeSession, openSession, type Session, type SessionTarget } from './mail-session';
import { passwordDecision, type PasswordPolicy } from './password-policy';
import { usernameForms } from './username-forms';
import { credentialProblem, SERVER_TEXT_LIMIT, type Credentials } from './login/login-request';
import { imapSessionLogin } from './login/login-imap';
import { pop3SessionLogin } from './login/login-pop3';
import { smtpSessionLogin } from './login/login-smtp';
import type { SessionLogin } from './login/login-on-new-session';

const LOGINS: Record<CandidateSpec['protocol'], SessionLogin> = { imap: imapSessionLogin, pop3: pop3SessionLogin, smtp: smtpSessionLogin };

/**
 * What one run's connections share: who logs in, with what, over which resolver, connector and trust, under
 * which policy, until when (the signal), the run's ledger of logins, and where the technical log goes. One per
 * run (or per expert test, which gets its own connector and ledger).
 */
export interface ProbeContext {
  email: EmailAddress;
  resolver: DnsLookups;
  trust: TlsTrust;
  policy: PasswordPolicy;
  password?: string;
  /** A login name the user typed, used instead of the address forms. */
  username?: string;
  signal?: AbortSignal;
  log?: Log;
  /** Opens the run's connections (happy eyeballs, dead endpoints timed out once); one of its own when absent. */
  connector?: Connector;
  /** The run's logins, so a wrong password is refused as few times as possible; one of its own when absent. */
  logins?: LoginLedger;
  /** Removes the run's secrets from every server text kept; one for the password when absent. */
  redactor?: Redactor;
}

export interface CandidateProbe {
  /** The security actually usable: a cleartext port without STARTTLS turns out "plain". */
  security: Security;
  username: string;
  verified: boolean;
  outcome: Outcome;
  addresses: string[];
  probe?: ServerProbe;
  logins: LoginAttempt[];
}

/** What the probe and the logins together say about the server, the most telling fact first. */
function outcomeOf(probe: ServerProbe, logins: LoginAttempt[], notTried: Outcome | undefined): Outcome {
  if (logins.some((l) => l.ok)) return { code: 'OK' };
  if (probe.tls && !passwordSafeOver(probe.tls)) {
    const verifyCode = probe.tls.verifyCode;
    return { code: 'ETLS', certProblem: probe.tls.problems[0] ?? 'handshake', ...(verifyCode ? { verifyCode } : {}) };
  }
  // The server's answer to the credentials says most; then the probe, which watched every step.
  const last = logins[logins.length - 1];
  const answer = last?.error && (last.error.code === 'EAUTH' || last.error.code === 'ENOAUTHMECH') ? last.error : undefined;
  if (answer) return answer;
  if (probe.error) return probe.error;
  if (last?.error) return last.error;
  return notTried ?? { code: 'REACHABLE' };
}

/**
 * Server text as a result keeps it: every secret removed first, then cut to size, and every control character
 * shown escaped (a greeting's escape sequences must not act on a terminal or hide text in a report).
 */
const kept = (text: string, redactor: Redactor) => printable(redactor.text(text).slice(0, SERVER_TEXT_LIMIT));

function redactMessage(message: Message, redactor: Redactor): Message {
  if (!message.params) return message;
  const params = Object.fromEntries(
    Object.entries(message.params).map(([name, value]) => {
      if (typeof value === 'string') return [name, kept(value, redactor)];
      if (Array.isArray(value)) return [name, value.map((v) => (typeof v === 'string' ? kept(v, redactor) : redactMessage(v, redactor)))];
      if (value && typeof value === 'object') return [name, redactMessage(value as Message, redactor)];
      return [name, value];
    }),
  );
  return { ...message, params };
}

function redactOutcome<T extends Outcome | StepError>(outcome: T, redactor: Redactor): T {
  const copy = { ...outcome } as T & { serverReply?: string; reason?: Message };
  if (copy.serverReply !== undefined) copy.serverReply = kept(copy.serverReply, redactor);
  if (copy.reason) copy.reason = redactMessage(copy.reason, redactor);
  return copy;
}

/**
 * Everything a server said, as the result keeps it: the greeting, capabilities, replies and the reasons quoting
 * them, with the run's secrets removed (a server may echo the password back, here or on another connection),
 * cut to size and made printable.
 */
export function redactFindings(found: CandidateProbe, redactor: Redactor): CandidateProbe {
  const probe = found.probe && {
    ...found.probe,
    ...(found.probe.greeting !== undefined ? { greeting: kept(found.probe.greeting, redactor) } : {}),
    ...(found.probe.info
      ? { info: { ...found.probe.info, capabilities: found.probe.info.capabilities.map((c) => kept(c, redactor)) } }
      : {}),
    ...(found.probe.clearInfo
      ? { clearInfo: { ...found.probe.clearInfo, capabilities: found.probe.clearInfo.capabilities.map((c) => kept(c, redactor)) } }
      : {}),
    ...(found.probe.error ? { error: redactOutcome(found.probe.error, redactor) } : {}),
  };
  const logins = found.logins.map((l) => ({
    ...l,
    ...(l.serverReply !== undefined ? { serverReply: kept(l.serverReply, redactor) } : {}),
    ...(l.error ? { error: redactOutcome(l.error, redactor) } : {}),
  }));
  return { ...found, ...(probe ? { probe } : {}), logins, outcome: redactOutcome(found.outcome, redactor) };
}

/** Why no login was sent although the password was given and the server may have it. */
function notRepeated(username: string, refused: { host: string; port: number; error: Extract<StepError, { code: 'EAUTH' }> }): StepError {
  return {
    code: 'EAUTH',
    reason: reason('login-not-repeated', { username, host: `${refused.host}:${refused.port}` }),
    ...(refused.error.authProblem ? { authProblem: refused.error.authProblem } : {}),
  };
}

/**
 * The login names one after another on the candidate's session, each cleared by the run's ledger: the second
 * only after the server refused the first in a way that does not rule it out (a plain refusal, not a provider
 * saying it wants an app password or its own sign-in), and only where the source did not say which form is right.
 */
async function tryLogins(
  spec: CandidateSpec,
  ctx: ProbeContext,
  first: Session,
  reopen: () => Promise<Session | undefined>,
  ledger: LoginLedger,
): Promise<{ logins: LoginAttempt[]; notTried?: StepError }> {
  const logins: LoginAttempt[] = [];
  const forms = usernameForms(spec.username, ctx.email, ctx.username, spec.usernameStated);
  let session: Session | undefined = first;
  let notTried: StepError | undefined;
  for (const [index, username] of forms.entries()) {
    const clearance = await ledger.clear(spec.protocol, username, spec, index > 0, ctx.signal);
    if (!clearance.go) {
      notTried = notRepeated(username, clearance.refused);
      // The provider said why it refused (app password, its own sign-in...): another name would only add a failure.
      const problem = clearance.refused.error.authProblem;
      if (problem && problem.kind !== 'wrong-password') break;
      continue;
    }
    // Whatever happens, the ledger hears how it went (a placeholder releases it should a login ever throw).
    let attempt: LoginAttempt = { username, ok: false, ms: 0 };
    try {
      // A server that hung up after refusing the first name gets a new connection for the second.
      if (session && !session.conn.usable) {
        closeSession(session);
        session = await reopen();
      }
      const credentials: Credentials = { username, password: ctx.password! };
      attempt = session
        ? await LOGINS[spec.protocol](session, credentials, ctx.log)
        : { username, ok: false, error: { code: 'ECONNECTION', reason: reason('server-closed') }, ms: 0 };
    } finally {
      clearance.done(attempt);
    }
    logins.push(attempt);
    notTried = undefined;
    if (attempt.ok || attempt.error?.code !== 'EAUTH') break;
    const problem = attempt.error.authProblem;
    if (problem && problem.kind !== 'wrong-password') break;
  }
  if (session && session !== first) closeSession(session);
  return { logins, ...(notTried && logins.length === 0 ? { notTried } : {}) };
}

/**
 * Probes one candidate: one connection that does the pre-login conversation and then, where the password may be
 * sent there (a trusted source or the user's consent, a verified or pinned certificate, TLS or the user's
 * permission for cleartext), the trial login and the mailbox check on the same connection. Never rejects: every
 * failure, expected or not, is an outcome.
 */
export async function probeCandidate(spec: CandidateSpec, ctx: ProbeContext): Promise<CandidateProbe> {
  const log = ctx.log ?? SILENT_LOG;
  const redactor = ctx.redactor ?? new Redactor([ctx.password]);
  const forms = usernameForms(spec.username, ctx.email, ctx.username, spec.usernameStated);
  const base = { security: spec.security, username: forms[0], verified: false };
  const problem = ctx.password === undefined ? undefined : credentialProblem({ username: ctx.username, password: ctx.password });
  if (problem) return { ...base, addresses: [], logins: [], outcome: problem };
  let addresses: string[];
  try {
    addresses = await ctx.resolver.addresses(spec.host, ctx.signal);
  } catch (error) {
    return { ...base, addresses: [], logins: [], outcome: toStepError(error, log, { host: spec.host }) };
  }
  const target: SessionTarget = {
    endpoint: spec,
    addresses,
    trust: ctx.trust,
    connector: ctx.connector ?? new Connector(),
    signal: ctx.signal,
    log,
  };
  const { probe, session } = await openSession(target);
  let logins: LoginAttempt[] = [];
  let notTried: Outcome | undefined;
  const security = session?.security ?? spec.security;
  try {
    if (session && ctx.password !== undefined) {
      const decision = passwordDecision(spec.host, security, spec.trust, ctx.policy);
      if (!decision.send) notTried = { code: decision.code };
      else if (security === 'plain' || passwordSafeOver(probe.tls)) {
        const reopen = async () => (await openSession(target)).session;
        const tried = await tryLogins(spec, ctx, session, reopen, ctx.logins ?? new LoginLedger());
        logins = tried.logins;
        notTried = tried.notTried;
      }
    } else if (!session && ctx.password !== undefined) {
      const decision = passwordDecision(spec.host, security, spec.trust, ctx.policy);
      if (!decision.send) notTried = { code: decision.code };
    }
  } catch (error) {
    // Stopped while waiting for another login's answer: the run is over.
    if (!(error instanceof MailSetupError && error.code === 'ECANCELLED')) throw error;
    notTried = error.failure;
  } finally {
    if (session) closeSession(session);
  }
  const outcome = outcomeOf(probe, logins, notTried);
  const username = logins.find((l) => l.ok)?.username ?? forms[0];
  const found: CandidateProbe = { security, username, addresses, probe, logins, verified: outcome.code === 'OK', outcome };
  return redactFindings(found, redactor);
}
