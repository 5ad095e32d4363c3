import type { Message } from './message';

export type VerdictStatus = 'ok' | 'problem' | 'unverified' | 'not-found';

/**
 * What a provider's refusal means (the EAUTH outcome's authProblem), one finding per kind, worded by the
 * provider's advice (outcome:authProblem.*); a classified "wrong-password" is 'password-wrong' with that advice.
 */
const PROVIDER_REFUSAL_FINDINGS = [
  'app-password-needed',
  'sign-in-only',
  'access-turned-off',
  'authorization-code-needed',
  'unsafe-login',
  'web-check-needed',
] as const;

export const FINDING_KEYS = [
  'port-blocked',
  'password-wrong',
  'provider-password',
  'cert-expired',
  'cert-not-yet-valid',
  'cert-self-signed',
  'cert-wrong-host',
  'cert-other',
  'plaintext-only',
  'untrusted-source',
  'no-auth-method',
  'not-found',
  'offline',
  'no-such-domain',
  'no-mail-servers',
  'unreachable',
  'no-working-server',
  'give-password',
  'server-problem',
  'no-incoming',
  'no-outgoing',
  'works',
  ...PROVIDER_REFUSAL_FINDINGS,
  'cert-no-names',
  'ipv6-broken',
  'microsoft-365',
  'test-message-delivered',
  'test-message-failed',
  'verified-by-sign-in',
  'sign-in-failed',
  'sign-in-not-offered',
] as const;
export type FindingKey = (typeof FINDING_KEYS)[number];

/**
 * Findings whose words are another namespace's: a provider's advice (outcome:authProblem.*), a Microsoft
 * mailbox's headline (signin:microsoft365.*), why no sign-in is offered (signin:noSignIn.*), the provider note.
 * Every other kind reads "finding:<kind>".
 */
export const FINDINGS_WORDED_ELSEWHERE: readonly FindingKey[] = [
  'provider-password',
  ...PROVIDER_REFUSAL_FINDINGS,
  'microsoft-365',
  'sign-in-not-offered',
];

/**
 * One fact with what to do about it. `message` is what a person reads (catalog key "finding:<kind>" with
 * its parameters); `kind` and `facts` let the wizard offer the matching action (trust, consent, help link).
 */
export interface Finding {
  kind: FindingKey;
  message: Message;
  /**
   * What the wizard needs to offer the matching action: the host, an https help link, the provider, the provider
   * to offer "Sign in with …" for (`signInWith`, a provider-oauth.json id), where a switch is (`where`).
   */
  facts: { host?: string; helpUrl?: string; provider?: string; signInWith?: string; where?: 'account' | 'mailbox' | 'organization' };
}

export interface StructuredVerdict {
  status: VerdictStatus;
  findings: Finding[];
}
