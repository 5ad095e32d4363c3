/**
 * What a refused login means, beyond "EAUTH": the provider's reply, read together with the provider it came
 * from, says whether the password is wrong or the provider wants something else (an app password, its own
 * sign-in, a switch turned on). One outcome code (EAUTH) plus this sub-classification, so every layer that
 * knows EAUTH keeps working and those that know more can say more.
 */
export const AUTH_PROBLEM_KINDS = [
  'app-password-required', // the provider takes only an app password (or its own sign-in) from mail apps
  'oauth-only', // the provider accepts no password at all here: the mail app must sign in with the provider
  'protocol-disabled', // IMAP/POP/SMTP access is switched off for this account, mailbox or organisation
  'authorization-code-required', // QQ, NetEase: a separate authorization code (授权码) instead of the password
  'unsafe-login', // NetEase: the password was accepted but the mailbox refused to open ("Unsafe Login")
  'web-login-required', // Google: a security check in the web browser must be passed first
  'wrong-password', // the provider says the name or password is wrong
] as const;

export type AuthProblemKind = (typeof AUTH_PROBLEM_KINDS)[number];

/** The mail services whose replies we know, as the host (and, for Microsoft, the address) reveal them. */
export type MailService =
  'google' | 'microsoft-consumer' | 'microsoft-work' | 'yahoo' | 'aol' | 'icloud' | 'qq' | 'netease' | 'gmx' | 'webde' | 'yandex';

/** Where the switch is: the user's own settings, one mailbox (an administrator's), or the whole organisation. */
export type ProblemScope = 'account' | 'mailbox' | 'organization';

export interface AuthProblem {
  kind: AuthProblemKind;
  service: MailService;
  where?: ProblemScope;
  /** Which rule matched (for the diagnostic report and tests). */
  rule: string;
  /** The provider OAuth entry (main/discovery/provider-oauth.json) to sign in with, when one exists. */
  signInWith?: string;
}
