import type { EmailAddress } from '../../shared/email/parse-email';
import type { Outcome } from '../../shared/model/outcome';
import type { LoginAttempt, ServerProbe } from '../../shared/model/probe';
import type { Security } from '../../shared/model/server';
import type { DnsLookups } from '../dns/mail-resolver';
import type { CandidateSpec } from '../discovery/candidate';
import { toStepError } from '../errors/step-error';
import { SILENT_LOG, type Log } from '../log/logger';
import type { TlsTrust } from '../net/tls-trust';
import { passwordSafeOver } from '../net/tls-details';
import { probeServer } from './probe-server';
import { passwordDecision, type PasswordPolicy } from './password-policy';
import { usernameForms } from './username-forms';
import { guardedLogin, type LoginRequest } from './login/login-request';
import { loginImap } from './login/login-imap';
import { loginPop3 } from './login/login-pop3';
import { loginSmtp } from './login/login-smtp';

const LOGINS = { imap: loginImap, pop3: loginPop3, smtp: loginSmtp };

/**
 * What one run's connections share: who logs in, with what, over which resolver and trust, under which
 * policy, until when (the signal), and where the technical log goes. One per run (or per expert test).
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

/** The username forms one after another, the next only after the server refused the previous one. */
async function tryUsernames(spec: CandidateSpec, ctx: ProbeContext, base: Omit<LoginRequest, 'username'>): Promise<LoginAttempt[]> {
  const attempts: LoginAttempt[] = [];
  for (const username of usernameForms(spec.username, ctx.email, ctx.username)) {
    const attempt = await guardedLogin(LOGINS[spec.protocol], { ...base, username });
    attempts.push(attempt);
    if (attempt.ok || attempt.error?.code !== 'EAUTH') break;
    // The provider said why it refused (app password, its own sign-in...): another login name would only add a failure.
    const problem = attempt.error.authProblem;
    if (problem && problem.kind !== 'wrong-password') break;
  }
  return attempts;
}

/** What the probe and the logins together say about the server, the most telling fact first. */
function outcomeOf(probe: ServerProbe, logins: LoginAttempt[], withheld: Outcome | undefined): Outcome {
  if (logins.some((l) => l.ok)) return { code: 'OK' };
  if (probe.tls && !passwordSafeOver(probe.tls)) {
    const verifyCode = probe.tls.verifyCode;
    return { code: 'ETLS', certProblem: probe.tls.problems[0] ?? 'handshake', ...(verifyCode ? { verifyCode } : {}) };
  }
  // The server's answer to the credentials says most; otherwise the probe, which watched every step,
  // explains a failure better than a library's generic "connection closed".
  const last = logins[logins.length - 1];
  const answer = last?.error && (last.error.code === 'EAUTH' || last.error.code === 'ENOAUTHMECH') ? last.error : undefined;
  if (answer) return answer;
  if (probe.error) return probe.error;
  if (last?.error) return last.error;
  return withheld ?? { code: 'REACHABLE' };
}

/**
 * Probes one candidate: the pre-login conversation always, and, when the password may be sent there,
 * trial logins through the protocol libraries. Logins verify TLS themselves and fail closed, so they can
 * run alongside the probe instead of after it; only a user-pinned certificate needs the probe's answer first.
 * Never rejects: every failure, expected or not, is an outcome.
 */
export async function probeCandidate(spec: CandidateSpec, ctx: ProbeContext): Promise<CandidateProbe> {
  const log = ctx.log ?? SILENT_LOG;
  const forms = usernameForms(spec.username, ctx.email, ctx.username);
  let addresses: string[];
  try {
    addresses = await ctx.resolver.addresses(spec.host, ctx.signal);
  } catch (error) {
    const outcome = toStepError(error, log, { host: spec.host });
    return { security: spec.security, username: forms[0], verified: false, addresses: [], logins: [], outcome };
  }
  const address = addresses[0];
  const decision = ctx.password === undefined ? undefined : passwordDecision(spec.host, spec.security, spec.trust, ctx.policy);
  const loginBase = (security: Security, probe?: ServerProbe): Omit<LoginRequest, 'username'> => ({
    host: spec.host,
    address,
    port: spec.port,
    security,
    password: ctx.password!,
    trust: ctx.trust,
    signal: ctx.signal,
    log,
    pinned:
      probe?.tls?.trustedByUser && probe.tls.certificate && probe.tls.certificatePem
        ? { pem: probe.tls.certificatePem, fingerprint256: probe.tls.certificate.fingerprint256 }
        : undefined,
  });
  const needsPin = ctx.trust.trustedFingerprints.length > 0;
  const canLogin = decision?.send === true;
  // Both settle, never reject; awaiting them together leaves no promise unobserved.
  const [probe, earlyLogins] = await Promise.all([
    probeServer(spec, address, ctx.trust, ctx.signal, log),
    canLogin && !needsPin ? tryUsernames(spec, ctx, loginBase(spec.security)) : Promise.resolve([]),
  ]);
  let logins = earlyLogins;
  let security = spec.security;
  if (spec.security !== 'tls' && !probe.error && probe.starttls === 'missing') security = 'plain';

  const tlsOk = !probe.tls || passwordSafeOver(probe.tls);
  if (canLogin && needsPin && !probe.error && tlsOk) logins = await tryUsernames(spec, ctx, loginBase(security, probe));
  // The server has no STARTTLS: a plaintext login is tried only where the caller allowed it.
  if (security === 'plain' && spec.security !== 'plain' && ctx.password !== undefined) {
    const plainDecision = passwordDecision(spec.host, 'plain', spec.trust, ctx.policy);
    logins = plainDecision.send ? await tryUsernames(spec, ctx, loginBase('plain', probe)) : [];
  }

  const withheldDecision = ctx.password === undefined ? undefined : passwordDecision(spec.host, security, spec.trust, ctx.policy);
  const withheld: Outcome | undefined = withheldDecision && !withheldDecision.send ? { code: withheldDecision.code } : undefined;
  const outcome = outcomeOf(probe, logins, withheld);
  const username = logins.find((l) => l.ok)?.username ?? forms[0];
  return { security, username, addresses, probe, logins, verified: outcome.code === 'OK', outcome };
}
