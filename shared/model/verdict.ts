import type { Message } from './message';

export type VerdictStatus = 'ok' | 'problem' | 'unverified' | 'not-found';

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
] as const;
export type FindingKey = (typeof FINDING_KEYS)[number];

/**
 * One fact with what to do about it. `message` is what a person reads (catalog key "finding:<kind>" with
 * its parameters); `kind` and `facts` let the wizard offer the matching action (trust, consent, help link).
 */
export interface Finding {
  kind: FindingKey;
  message: Message;
  facts: { host?: string; helpUrl?: string; provider?: string };
}

export interface StructuredVerdict {
  status: VerdictStatus;
  findings: Finding[];
}
