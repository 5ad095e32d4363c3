import type { DiscoveryView, SendTestView, SignInOffer, SignInView } from '../../shared/ipc/channels';
import type { ChosenServer, DiscoveryResult, DoneCandidate } from '../../shared/model/discovery';
import type { Microsoft365Fact, SignInConfigFact } from '../../shared/model/mailbox-facts';
import { displayHost } from '../../shared/email/idn';
import { risksOf } from '../../shared/model/risk';
import type { FindingKey } from '../../shared/model/verdict';
import { chosenServer } from '../engine/explain-choice';
import { sendTestServers } from '../engine/send-test';
import type { ClientIdSources } from '../oauth/client-config';
import { providerOAuth } from '../oauth/provider-oauth';
import { structuredVerdict } from '../report/verdict';
import { providerSignIn } from './domain-check';

export type Direction = 'incoming' | 'outgoing';

const PASSWORD_FINDINGS: readonly FindingKey[] = ['password-wrong', 'provider-password', 'give-password'];

/** The servers the person chose by hand, by candidate id (of the result or of their own tests). */
export type Choices = Partial<Record<Direction, number>>;

/** Everything one wizard session knows about the current address, from which its view is built. */
export interface SessionState {
  result: DiscoveryResult;
  /** Servers the person tested by hand; their ids do not collide with the result's. */
  tested: readonly DoneCandidate[];
  choices: Choices;
  passwordGiven: boolean;
  signIn?: SignInView;
  /** What came of the last test message through the chosen servers. */
  sendTest?: SendTestView;
  clients?: ClientIdSources;
}

/**
 * The result as the person shaped it: their own choices in place of the recommended servers, with the servers
 * they tested added to the candidates. Exports and the report read this, so they carry exactly what was chosen.
 */
export function resultWithChoices(state: SessionState): DiscoveryResult {
  const { result, tested, choices } = state;
  const candidates = [...result.candidates, ...tested.filter((t) => !result.candidates.some((c) => c.id === t.id))];
  const pick = (direction: Direction): ChosenServer | null => {
    const id = choices[direction];
    const candidate = id === undefined ? undefined : candidates.find((c) => c.id === id);
    if (!candidate) return result[direction];
    const chosen = chosenServer(candidate, candidates)!;
    return { ...chosen, reasons: [{ key: 'wizard:result.chosenByYou' }, ...chosen.reasons] };
  };
  const signedIn = state.signIn?.status === 'verified';
  // A sign-in proved the shown servers with a token: they are verified, without a password.
  const proven = (server: ChosenServer | null) =>
    server && signedIn
      ? { ...server, verified: true, reasons: [{ key: 'wizard:signIn.verifiedReason' as const }, ...server.reasons] }
      : server;
  return { ...result, candidates, incoming: proven(pick('incoming')), outgoing: proven(pick('outgoing')) };
}

/** The chosen servers refused the login: the same password would only be refused again (and count towards a lockout). */
export function passwordRefused(result: DiscoveryResult): boolean {
  const chosen = [result.incoming?.candidateId, result.outgoing?.candidateId];
  return result.candidates.some((c) => chosen.includes(c.id) && c.outcome.code === 'EAUTH');
}

/**
 * Logins the servers refused in this search: each one counts towards a provider's lockout. The engine's own
 * count when it keeps one (its login ledger), otherwise the refused attempts the candidates record.
 */
export function refusedLogins(result: DiscoveryResult): number {
  if ('refusedLogins' in result && typeof result.refusedLogins === 'number') return result.refusedLogins;
  return result.candidates.reduce((sum, c) => sum + c.logins.filter((l) => !l.ok && l.error?.code === 'EAUTH').length, 0);
}

/**
 * "Sign in with …" for a result, when the provider or the server has its own sign-in: the provider the table
 * knows, Microsoft recognised by its lookups, a refusal that named the provider to sign in with, or an autoconfig
 * file (fetched over verified HTTPS) that says the servers take OAuth2.
 */
export function signInOffer(result: DiscoveryResult, clients?: ClientIdSources): SignInOffer | undefined {
  const known = result.providers.find((p) => providerOAuth(p.id));
  if (known) return providerSignIn(known.id, clients);
  const microsoft = result.facts?.find((f): f is Microsoft365Fact => f.kind === 'microsoft365');
  if (microsoft) return providerSignIn(microsoft.audience === 'consumer' ? 'outlook' : 'microsoft365', clients);
  for (const c of result.candidates) {
    const signInWith = c.outcome.code === 'EAUTH' ? c.outcome.authProblem?.signInWith : undefined;
    if (signInWith && providerOAuth(signInWith)) return providerSignIn(signInWith, clients);
  }
  const autoconfig = result.facts?.find((f): f is SignInConfigFact => f.kind === 'oauth-sign-in' && f.trust === 'trusted');
  if (autoconfig) return { kind: 'ready', ...(autoconfig.oauth.issuer ? { providerName: displayHost(autoconfig.oauth.issuer) } : {}) };
  return undefined;
}

/** The provider takes no password from mail apps, or its refusal said a password will not do. */
function passwordIsNoWayIn(result: DiscoveryResult): boolean {
  if (result.providers.some((p) => p.passwordNote === 'oauth2-only')) return true;
  if (result.facts?.some((f) => f.kind === 'microsoft365' || (f.kind === 'oauth-sign-in' && f.oauth.oauthOnly))) return true;
  return result.candidates.some(
    (c) =>
      c.outcome.code === 'EAUTH' &&
      ['oauth-only', 'app-password-required', 'web-login-required'].includes(c.outcome.authProblem?.kind ?? ''),
  );
}

/**
 * A test message can be sent: the person gave a password and the chosen IMAP and SMTP servers were proven with it
 * (a sign-in proves them with a token the test message does not use).
 */
export function canSendTest(state: SessionState): boolean {
  if (!state.passwordGiven) return false;
  return !('status' in sendTestServers(resultWithChoices({ ...state, signIn: undefined })));
}

/** The view the page shows: the shaped result, its verdict, its risks and what the person can do next. */
export function discoveryView(state: SessionState): DiscoveryView {
  const result = resultWithChoices(state);
  const bothVerified = Boolean(result.incoming?.verified && result.outgoing?.verified);
  const found = state.signIn?.status === 'verified' || bothVerified ? undefined : signInOffer(result, state.clients);
  // "Your mail app will ask you to sign in" is worth saying where a password is no way in (or none was given).
  const offer = found?.kind === 'mail-app-will-ask' && state.passwordGiven && !passwordIsNoWayIn(result) ? undefined : found;
  const signedIn = state.signIn?.status === 'verified';
  const verdict = structuredVerdict(result, state.passwordGiven || signedIn);
  // Once the sign-in proved the account, what a password did or did not do no longer matters.
  if (signedIn) verdict.findings = verdict.findings.filter((f) => !PASSWORD_FINDINGS.includes(f.kind));
  return {
    result,
    verdict,
    risks: risksOf(result),
    refusedLogins: refusedLogins(state.result),
    passwordRefused: !signedIn && passwordRefused(result),
    chosenByYou: { incoming: state.choices.incoming !== undefined, outgoing: state.choices.outgoing !== undefined },
    ...(offer ? { signInOffer: offer } : {}),
    ...(state.signIn ? { signIn: state.signIn } : {}),
    canSendTest: canSendTest(state),
    ...(state.sendTest ? { sendTest: state.sendTest } : {}),
  };
}
