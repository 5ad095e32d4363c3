import type { Message } from './message';

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
export const MAIL_SERVICES = [
  'google',
  'microsoft-consumer',
  'microsoft-work',
  'yahoo',
  'aol',
  'icloud',
  'qq',
  'netease',
  'gmx',
  'webde',
  'yandex',
] as const;
export type MailService = (typeof MAIL_SERVICES)[number];

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

/** A service's own advice ("google"), or its advice for where the switch is ("microsoft-work-organization"). */
type Variant = MailService | `${MailService}-${ProblemScope}`;

const GOOGLE_APP_PASSWORDS = 'https://support.google.com/accounts/answer/185833';
const MICROSOFT_SMTP_AUTH =
  'https://learn.microsoft.com/exchange/clients-and-mobile-in-exchange-online/authenticated-client-smtp-submission';
const MICROSOFT_BASIC_AUTH =
  'https://learn.microsoft.com/exchange/clients-and-mobile-in-exchange-online/deprecation-of-basic-authentication-exchange-online';
const OUTLOOK_COM_SETTINGS =
  'https://support.microsoft.com/office/pop-imap-and-smtp-settings-for-outlook-com-d088b986-291d-42b8-9564-9c414e2aa040';
const QQ_AUTHORIZATION_CODE = 'https://service.mail.qq.com/cgi-bin/help?subtype=1&&id=28&&no=1001256';
const NETEASE_HELP = 'https://help.mail.163.com/';
const NETEASE_IMAP_ID =
  'https://help.mail.163.com/faqDetail.do?code=d7a5dc8471cd0c0e8b4b8f4f8e49998b374173cfe9171305fa1ce630d7f67ac2eda07326646e6eb0';
const YAHOO_APP_PASSWORDS = 'https://help.yahoo.com/kb/SLN15241.html';
const GOOGLE_SECURITY_CHECK = 'https://support.google.com/mail/answer/78754';

/**
 * The https help link of every piece of advice, per kind: the general one and the providers' own. The words
 * are in the catalog ("outcome:authProblem.<kind>.general", "outcome:authProblem.<kind>.<variant>"); the
 * catalog test checks that every entry here has them in every language.
 */
export const AUTH_PROBLEM_HELP: Record<AuthProblemKind, { general: string; variants: Partial<Record<Variant, string>> }> = {
  'app-password-required': {
    general: 'https://en.wikipedia.org/wiki/Application-specific_password',
    variants: {
      google: GOOGLE_APP_PASSWORDS,
      yahoo: YAHOO_APP_PASSWORDS,
      aol: 'https://help.aol.com/articles/Create-and-manage-app-password',
      icloud: 'https://support.apple.com/102654',
      yandex: 'https://yandex.com/support/id/authorization/app-passwords.html',
    },
  },
  'oauth-only': {
    general: MICROSOFT_BASIC_AUTH,
    variants: {
      'microsoft-consumer': OUTLOOK_COM_SETTINGS,
      'microsoft-work': MICROSOFT_BASIC_AUTH,
      'microsoft-work-organization': 'https://learn.microsoft.com/entra/fundamentals/security-defaults',
    },
  },
  'protocol-disabled': {
    general: 'https://en.wikipedia.org/wiki/Internet_Message_Access_Protocol',
    variants: {
      'microsoft-work-organization': MICROSOFT_SMTP_AUTH,
      'microsoft-work-mailbox': MICROSOFT_SMTP_AUTH,
      google: 'https://support.google.com/mail/answer/7126229',
      gmx: 'https://hilfe.gmx.net/pop-imap/index.html',
      webde: 'https://hilfe.web.de/pop-imap/index.html',
      yandex: 'https://yandex.com/support/mail/mail-clients/others.html',
      qq: QQ_AUTHORIZATION_CODE,
    },
  },
  'authorization-code-required': {
    general: QQ_AUTHORIZATION_CODE,
    variants: { qq: QQ_AUTHORIZATION_CODE, netease: NETEASE_HELP },
  },
  'unsafe-login': { general: NETEASE_IMAP_ID, variants: {} },
  'web-login-required': { general: GOOGLE_SECURITY_CHECK, variants: { google: GOOGLE_SECURITY_CHECK } },
  'wrong-password': {
    general: 'https://en.wikipedia.org/wiki/Password',
    variants: {
      google: GOOGLE_APP_PASSWORDS,
      yahoo: YAHOO_APP_PASSWORDS,
      'microsoft-consumer': OUTLOOK_COM_SETTINGS,
      'microsoft-work':
        'https://learn.microsoft.com/exchange/mail-flow-best-practices/fix-issues-with-printers-scanners-and-lob-applications-that-send-email-using-off',
    },
  },
};

/** What to do about a classified login refusal, and where to read more: the most specific advice there is. */
export function authProblemAdvice(problem: AuthProblem): { message: Message; helpUrl: string } {
  const entry = AUTH_PROBLEM_HELP[problem.kind];
  const scoped: Variant | undefined = problem.where ? `${problem.service}-${problem.where}` : undefined;
  const variant = scoped && entry.variants[scoped] ? scoped : entry.variants[problem.service] ? problem.service : 'general';
  const helpUrl = variant === 'general' ? entry.general : entry.variants[variant]!;
  // The key is checked against the catalog by the catalog test: every variant with a link has its words.
  return { message: { key: `outcome:authProblem.${problem.kind}.${variant}` as Message['key'] }, helpUrl };
}
