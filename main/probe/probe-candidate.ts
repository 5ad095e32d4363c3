import type { MailResolver } from '../dns/mail-resolver';
import type { EmailAddress } from '../email/parse-email';
import { explain } from '../errors/explain';
import type { CertProblem, OutcomeCode } from '../errors/error-codes';
import type { TlsTrust } from '../net/tls-trust';
import { passwordSafeOver } from '../net/tls-details';
import type { CandidateSpec, Security } from '../discovery/candidate';
import { probeServer, toStepError, type ServerProbe } from './probe-server';
import { passwordDecision, type PasswordPolicy } from './password-policy';
import { usernameForms } from './username-forms';
import type { LoginAttempt, LoginRequest } from './login/login-request';
import type { AuthProblem } from './login/auth-problem';
import { authProblemAdvice } from '../errors/sign-in-messages';
import { loginImap } from './login/login-imap';
import { loginPop3 } from './login/login-pop3';
import { loginSmtp } from './login/login-smtp';

const LOGINS = { imap: loginImap, pop3: loginPop3, smtp: loginSmtp };

export interface Outcome {
  code: OutcomeCode;
  /** Plain-language sentence for a novice. */
  message: string;
  certProblem?: CertProblem;
  serverReply?: string;
  /** Technical detail for experts (never contains the password). */
  detail?: string;
  /** For EAUTH: what the provider's reply means, when it says more than "wrong password". */
  authProblem?: AuthProblem;
}

export interface ProbeContext {
  email: EmailAddress;
  resolver: MailResolver;
  trust: TlsTrust;
  policy: PasswordPolicy;
  password?: string;
  /** A login name the user typed, used instead of the address forms. */
  username?: string;
  signal?: AbortSignal;
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

function outcome(code: OutcomeCode, extra: Partial<Outcome> = {}): Outcome {
  const message = extra.authProblem ? authProblemAdvice(extra.authProblem).action : explain(code, extra.certProblem);
  return { code, message, ...extra };
}

async function tryUsernames(spec: CandidateSpec, ctx: ProbeContext, base: Omit<LoginRequest, 'username'>): Promise<LoginAttempt[]> {
  const attempts: LoginAttempt[] = [];
  for (const username of usernameForms(spec.username, ctx.email, ctx.username)) {
    const attempt = await LOGINS[spec.protocol]({ ...base, username });
    attempts.push(attempt);
    if (attempt.ok || attempt.error?.code !== 'EAUTH') break;
    // The provider said why it refused (app password, its own sign-in...): another login name would only add a failure.
    if (attempt.authProblem && attempt.authProblem.kind !== 'wrong-password') break;
  }
  return attempts;
}

/**
 * Probes one candidate: the pre-login conversation always, and, when the password may be sent there,
 * trial logins through the protocol libraries. Logins verify TLS themselves and fail closed, so they can
 * run alongside the probe instead of after it; only a user-pinned certificate needs the probe's answer first.
 */
export async function probeCandidate(spec: CandidateSpec, ctx: ProbeContext): Promise<CandidateProbe> {
  const forms = usernameForms(spec.username, ctx.email, ctx.username);
  let addresses: string[];
  try {
    addresses = await ctx.resolver.addresses(spec.host, ctx.signal);
  } catch (error) {
    const step = toStepError(error);
    return {
      security: spec.security,
      username: forms[0],
      verified: false,
      addresses: [],
      logins: [],
      outcome: outcome(step.code, { detail: step.message }),
    };
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
    pinned:
      probe?.tls?.trustedByUser && probe.tls.certificate && probe.tls.certificatePem
        ? { pem: probe.tls.certificatePem, fingerprint256: probe.tls.certificate.fingerprint256 }
        : undefined,
  });
  const needsPin = ctx.trust.trustedFingerprints.length > 0;
  const canLogin = decision?.send === true;
  const probePromise = probeServer(spec, address, ctx.trust, ctx.signal);
  const earlyLogins = canLogin && !needsPin ? tryUsernames(spec, ctx, loginBase(spec.security)) : undefined;
  const probe = await probePromise;
  let logins = earlyLogins ? await earlyLogins : [];
  let security = spec.security;
  if (spec.security !== 'tls' && !probe.error && probe.starttls === 'missing') security = 'plain';

  const tlsOk = !probe.tls || passwordSafeOver(probe.tls);
  if (canLogin && needsPin && !probe.error && tlsOk) logins = await tryUsernames(spec, ctx, loginBase(security, probe));
  // The server has no STARTTLS: a plaintext login is tried only where the caller allowed it.
  if (security === 'plain' && spec.security !== 'plain' && ctx.password !== undefined) {
    const plainDecision = passwordDecision(spec.host, 'plain', spec.trust, ctx.policy);
    logins = plainDecision.send ? await tryUsernames(spec, ctx, loginBase('plain', probe)) : [];
  }

  const success = logins.find((l) => l.ok);
  const last = logins[logins.length - 1];
  const username = success?.username ?? forms[0];
  const base = { security, username, addresses, probe, logins };
  if (success) return { ...base, verified: true, outcome: outcome('OK') };
  if (probe.tls && !tlsOk) {
    const certProblem = probe.tls.problems[0];
    return { ...base, verified: false, outcome: outcome('ETLS', { certProblem, detail: probe.tls.verifyCode }) };
  }
  // The server's answer to the credentials says most; otherwise the probe, which watched every step,
  // explains a failure better than a library's generic "connection closed".
  const loginAnswer = last?.error && ['EAUTH', 'ENOAUTHMECH'].includes(last.error.code) ? last : undefined;
  if (loginAnswer?.error) {
    const e = loginAnswer.error;
    return {
      ...base,
      verified: false,
      outcome: outcome(e.code, {
        serverReply: loginAnswer.serverReply ?? e.serverReply,
        detail: e.message,
        ...(loginAnswer.authProblem ? { authProblem: loginAnswer.authProblem } : {}),
      }),
    };
  }
  if (probe.error) {
    const e = probe.error;
    return {
      ...base,
      verified: false,
      outcome: outcome(e.code, { certProblem: e.certProblem, serverReply: e.serverReply, detail: e.message }),
    };
  }
  if (last?.error) {
    const e = last.error;
    return {
      ...base,
      verified: false,
      outcome: outcome(e.code, { certProblem: e.certProblem, serverReply: last.serverReply ?? e.serverReply, detail: e.message }),
    };
  }
  if (ctx.password !== undefined) {
    const withheld = passwordDecision(spec.host, security, spec.trust, ctx.policy);
    if (!withheld.send) return { ...base, verified: false, outcome: outcome(withheld.code) };
  }
  return { ...base, verified: false, outcome: outcome('REACHABLE') };
}
