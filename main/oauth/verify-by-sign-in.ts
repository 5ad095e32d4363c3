import type { DiscoveryResult } from '../../shared/model/discovery';
import type { Microsoft365Fact, SignInConfigFact } from '../../shared/model/mailbox-facts';
import type { Message } from '../../shared/model/message';
import type { ClientIdSources } from './client-config';
import { proveWithToken, type ProofTarget, type TokenProof } from './prove-with-token';
import { providerOAuth } from './provider-oauth';
import { planSignIn, type PlanInput } from './sign-in-plan';
import { signIn, type SignInOptions } from './sign-in';
import type { NoSignIn, SignInEvidence, SignInFailure, SignInPlan } from './oauth-types';

/** What the wizard and the CLI show after "Sign in with …": one of four outcomes, each with plain words (catalog messages). */
export type VerifyBySignInResult =
  | { status: 'verified'; plan: PlanSummary; proofs: TokenProof[] }
  | { status: 'not-verified'; plan: PlanSummary; proofs: TokenProof[] }
  | { status: 'sign-in-failed'; plan: PlanSummary; reason: SignInFailure; message: Message; providerError?: string; detail?: Message }
  | { status: 'no-sign-in'; noSignIn: NoSignIn; message: Message };

/** The plan without anything secret or bulky, for the result screen and the diagnostic report. */
export interface PlanSummary {
  method: SignInPlan['method'];
  providerName: string;
  authorizationServer: string;
  clientSource: SignInPlan['client']['source'];
  scopes: string[];
  evidence: SignInEvidence[];
}

const summary = (plan: SignInPlan): PlanSummary => ({
  method: plan.method,
  providerName: plan.providerName,
  authorizationServer: plan.server.issuer ?? new URL(plan.server.authorizationEndpoint).origin,
  clientSource: plan.client.source,
  scopes: plan.scopes,
  evidence: plan.evidence,
});

/** The provider to sign in with: the table's, or Microsoft's when the lookups recognised a Microsoft mailbox. */
function providerIdFor(result: DiscoveryResult): string | undefined {
  const known = result.providers.find((p) => providerOAuth(p.id));
  if (known) return known.id;
  const microsoft = result.facts?.find((f): f is Microsoft365Fact => f.kind === 'microsoft365');
  if (microsoft) return microsoft.audience === 'consumer' ? 'outlook' : 'microsoft365';
  return undefined;
}

/** The servers the person was shown as the result: the chosen incoming (IMAP) and outgoing (SMTP). */
export function proofTargets(result: DiscoveryResult): ProofTarget[] {
  const targets: ProofTarget[] = [];
  for (const server of [result.incoming, result.outgoing]) {
    if (!server || (server.protocol !== 'imap' && server.protocol !== 'smtp') || server.security === 'plain') continue;
    targets.push({ protocol: server.protocol, host: server.host, port: server.port, security: server.security, username: server.username });
  }
  return targets;
}

/** Everything a sign-in needs to know from a discovery run. */
export function planInputFrom(result: DiscoveryResult, clients?: ClientIdSources): PlanInput {
  const autoconfig = result.facts?.find((f): f is SignInConfigFact => f.kind === 'oauth-sign-in' && f.trust === 'trusted');
  const targets = proofTargets(result);
  return {
    email: result.email,
    providerId: providerIdFor(result),
    ...(autoconfig ? { autoconfig } : {}),
    mailHosts: [...new Set(targets.map((t) => t.host))],
    protocols: [...new Set(targets.map((t) => t.protocol))],
    ...(clients ? { clients } : {}),
  };
}

/**
 * "Verify by signing in" after a discovery run: plan the sign-in from what discovery found, sign in in the system
 * browser, prove the chosen IMAP and SMTP servers with the token, and discard it. The wizard button and the
 * CLI's --oauth are this call plus their own way of opening the browser and showing progress.
 */
export async function verifyBySignIn(
  result: DiscoveryResult,
  options: SignInOptions & { clients?: ClientIdSources },
): Promise<VerifyBySignInResult> {
  const net = { ...options.net, signal: options.signal };
  const plan = await planSignIn(planInputFrom(result, options.clients), net);
  if (plan.kind !== 'ready') return { status: 'no-sign-in', noSignIn: plan, message: { key: `signin:noSignIn.${plan.reason}` } };
  const signedIn = await signIn(plan, options);
  if (!signedIn.ok) {
    return {
      status: 'sign-in-failed',
      plan: summary(plan),
      reason: signedIn.reason,
      message: signedIn.message,
      ...(signedIn.providerError ? { providerError: signedIn.providerError } : {}),
      ...(signedIn.detail ? { detail: signedIn.detail } : {}),
    };
  }
  const proof = await proveWithToken(signedIn.grant, proofTargets(result), {
    resolver: options.net.resolver,
    trust: options.net.trust,
    signal: options.signal,
  });
  return { status: proof.verified ? 'verified' : 'not-verified', plan: summary(plan), proofs: proof.proofs };
}
