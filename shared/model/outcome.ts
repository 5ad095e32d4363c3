import { authProblemAdvice, type AuthProblem } from './auth-problem';
import type { Message } from './message';

/**
 * The one list of outcome codes. Every layer (probe, discovery source, CLI, wizard, report) speaks these
 * codes; the message catalog (namespace "outcome") words them, so a failure reads the same everywhere.
 */
export const OUTCOME_CODES = [
  'OK', // logged in: the settings are proven
  'REACHABLE', // the server answered correctly; no password was given, so the login was not tried
  'SKIPPED', // not tried to the end: better settings were already proven
  'EDNS', // the host name does not exist or DNS did not answer
  'ECONNREFUSED', // nothing listens on that port
  'ETIMEDOUT', // no answer in time: a firewall dropping packets, or a dead host
  'ETLS', // TLS failed; `certProblem` tells why
  'ENOSTARTTLS', // the server does not offer STARTTLS on a port where we asked for it
  'EAUTH', // the server is reachable but rejected the username or password
  'ENOAUTHMECH', // the server offers no login method we can use safely
  'EPLAINTEXT', // the connection is unencrypted and the caller did not allow sending the password over it
  'ENOCONSENT', // the host came from an untrusted source; the password is withheld until the user agrees
  'ECONNECTION', // the server closed the connection unexpectedly
  'EPROTOCOL', // the server answered, but not in the expected protocol
  'EHTTP', // an HTTP lookup failed (status, size limit, redirect loop)
  'EXML', // a settings file was not usable XML (malformed, too large, or with forbidden constructs)
  'ECANCELLED', // the user or the overall deadline stopped this step
  'EINPUT', // what the caller gave us is not usable (an invalid address, an unreadable file)
  'EINTERNAL', // a fault inside Mail Setup (a bug, or a library that changed): not the settings' fault; the trace is logged
] as const;
export type OutcomeCode = (typeof OUTCOME_CODES)[number];

/** Why a TLS connection cannot carry the password, most specific first. */
export const CERT_PROBLEMS = ['self-signed', 'expired', 'not-yet-valid', 'wrong-host', 'unknown-ca', 'revoked', 'handshake'] as const;
export type CertProblem = (typeof CERT_PROBLEMS)[number];

/** Codes after which the server's own words (`serverReply`) can explain more (EAUTH too, see below). */
export type ServerAnswerCode = 'ENOAUTHMECH' | 'ECONNECTION' | 'EPROTOCOL';
/** Codes that carry nothing but the code (and perhaps the technical reason). */
export type PlainFailureCode = Exclude<OutcomeCode, 'OK' | 'REACHABLE' | 'SKIPPED' | 'ETLS' | 'EINTERNAL' | 'EAUTH' | ServerAnswerCode>;

/**
 * What a step or a candidate came to: a code, and only the facts that code can have. `reason` is the
 * technical detail for experts (a catalog message whose parameters name hosts, ports and library codes);
 * `serverReply` is the server's own words, never with a credential in it. A refused login (EAUTH) may carry
 * what the provider's reply means (`authProblem`: an app password needed, its own sign-in, a switch turned
 * off…), with the provider to offer "Sign in with …" for (`authProblem.signInWith`).
 */
export type Outcome =
  | { code: 'OK' | 'REACHABLE' | 'SKIPPED' }
  | { code: 'ETLS'; certProblem: CertProblem; verifyCode?: string; reason?: Message }
  | { code: 'EAUTH'; serverReply?: string; reason?: Message; authProblem?: AuthProblem }
  | { code: ServerAnswerCode; serverReply?: string; reason?: Message }
  | { code: 'EINTERNAL'; reason: Message }
  | { code: PlainFailureCode; reason?: Message };

/** A failed step: an outcome that is not a success, always with its technical reason. */
export type StepError = Exclude<Outcome, { code: 'OK' | 'REACHABLE' | 'SKIPPED' }> & { reason: Message };

// Outcomes that prove the right server answers, even though the login was not (yet) proven.
const REACHED: readonly OutcomeCode[] = ['REACHABLE', 'EAUTH', 'ENOAUTHMECH', 'EPLAINTEXT', 'ENOCONSENT', 'ETLS'];

/** 0: verified; 1: the server is there but the login is not proven; 2: not usable. */
export function outcomeTier(candidate: { outcome: Outcome; verified: boolean }): 0 | 1 | 2 {
  if (candidate.verified) return 0;
  if (candidate.outcome.code === 'ETLS' && candidate.outcome.certProblem === 'handshake') return 2;
  return REACHED.includes(candidate.outcome.code) ? 1 : 2;
}

/**
 * The plain-language sentence for an outcome: the code's, the certificate problem's for ETLS, or what the
 * provider's refusal means for a classified EAUTH.
 */
export function outcomeMessage(outcome: Outcome): Message {
  if (outcome.code === 'EAUTH' && outcome.authProblem) return authProblemAdvice(outcome.authProblem).message;
  if (outcome.code === 'ETLS' && outcome.certProblem !== 'handshake') {
    return { key: 'outcome:tlsFailed', params: { problem: { key: `outcome:certProblem.${outcome.certProblem}` } } };
  }
  return { key: `outcome:code.${outcome.code}` };
}

/** The short label of an outcome, as tables and progress lines show it. */
export function outcomeLabel(outcome: Outcome): Message {
  if (outcome.code === 'ETLS') return { key: `outcome:certLabel.${outcome.certProblem}` };
  return { key: `outcome:short.${outcome.code}` };
}
