import type { Protocol } from '../../../shared/model/server';
import type { AuthProblemKind, MailService, ProblemScope } from '../../../shared/model/auth-problem';

/**
 * The providers' own words for a refused login, as mail-client issue threads quote them (the tests replay each
 * text from test/world/provider-replies.ts, which names its source). Rules are tried in order within the
 * service the host belongs to; the first match wins, so the specific ones come first.
 */
export interface ReplyRule {
  id: string;
  pattern: RegExp;
  kind: AuthProblemKind;
  where?: ProblemScope;
  /** Only for these protocols (all when absent). */
  protocols?: Protocol[];
  /** Only for these services of a family (e.g. Outlook.com but not Exchange Online). */
  only?: MailService[];
}

/** Host name suffixes per service (a host matches a suffix when equal to it or ending in "." + it). */
export const SERVICE_HOSTS: Record<Exclude<MailService, 'microsoft-consumer' | 'microsoft-work'> | 'microsoft', string[]> = {
  google: ['gmail.com', 'googlemail.com', 'google.com'],
  microsoft: ['office365.com', 'outlook.com', 'hotmail.com', 'live.com'],
  yahoo: ['mail.yahoo.com', 'yahoo.com'],
  aol: ['aol.com'],
  icloud: ['mail.me.com', 'me.com', 'icloud.com'],
  qq: ['qq.com'],
  netease: ['163.com', '126.com', 'yeah.net', '188.com'],
  gmx: ['gmx.net', 'gmx.com', 'gmx.de', 'gmx.at', 'gmx.ch'],
  webde: ['web.de'],
  yandex: ['yandex.com', 'yandex.ru', 'yandex.net'],
};

const GOOGLE: ReplyRule[] = [
  // "5.7.9 Please log in with your web browser ... WebLoginRequired" shares 5.7.9 with the app-password reply.
  {
    id: 'google-web-login',
    pattern: /log in (via|with) your web browser|WebLoginRequired|\[WEBALERT|5\.7\.14/i,
    kind: 'web-login-required',
  },
  {
    id: 'google-app-password',
    pattern: /Application-specific password required|InvalidSecondFactor|5\.7\.9/i,
    kind: 'app-password-required',
  },
  {
    id: 'google-imap-disabled',
    pattern: /not enabled for IMAP use|enable your account for IMAP/i,
    kind: 'protocol-disabled',
    where: 'account',
  },
  {
    id: 'google-bad-credentials',
    pattern: /Username and Password not accepted|BadCredentials|Invalid credentials|5\.7\.8/i,
    kind: 'wrong-password',
  },
];

// Exchange Online (work and school) and Outlook.com: basic authentication is off for IMAP and POP everywhere,
// and for SMTP wherever the tenant, the mailbox or Microsoft's retirement of it says so.
const MICROSOFT: ReplyRule[] = [
  {
    id: 'microsoft-smtp-tenant-off',
    pattern: /SmtpClientAuthentication is disabled for the Tenant/i,
    kind: 'protocol-disabled',
    where: 'organization',
  },
  {
    id: 'microsoft-smtp-mailbox-off',
    pattern: /SmtpClientAuthentication is disabled for the Mailbox/i,
    kind: 'protocol-disabled',
    where: 'mailbox',
  },
  {
    id: 'microsoft-organization-policy',
    pattern: /security defaults|did not meet the criteria to be authenticated|Conditional Access/i,
    kind: 'oauth-only',
    where: 'organization',
  },
  {
    id: 'microsoft-basic-auth-off',
    pattern: /basic authentication is disabled|Basic authentication is not supported|5\.7\.30/i,
    kind: 'oauth-only',
  },
  { id: 'microsoft-bad-credentials', pattern: /user credentials were incorrect/i, kind: 'wrong-password' },
  // Outlook.com has taken no password on SMTP since September 2024; at Exchange Online 5.7.3 is a wrong password
  // (or SMTP AUTH switched off without saying so, which the advice mentions).
  {
    id: 'outlook-smtp-refused',
    pattern: /Authentication unsuccessful/i,
    protocols: ['smtp'],
    only: ['microsoft-consumer'],
    kind: 'oauth-only',
  },
  { id: 'microsoft-smtp-refused', pattern: /5\.7\.3 Authentication unsuccessful/i, protocols: ['smtp'], kind: 'wrong-password' },
  {
    id: 'microsoft-imap-pop-refused',
    pattern: /AUTHENTICATE failed|LOGIN failed|Logon failure|Authentication failure/i,
    protocols: ['imap', 'pop3'],
    kind: 'oauth-only',
  },
];

// Yahoo and AOL (one login system) refuse the account password from mail apps with "Invalid credentials";
// "#AUTH005 Too many bad auth attempts" is the same refusal on SMTP, whatever its words suggest.
const YAHOO: ReplyRule[] = [
  { id: 'yahoo-bad-credentials', pattern: /#MBR1212|Incorrect username or password/i, kind: 'wrong-password' },
  {
    id: 'yahoo-app-password',
    pattern: /#AUTH005|Too many bad auth attempts|Invalid credentials|AUTHENTICATIONFAILED/i,
    kind: 'app-password-required',
  },
];

const ICLOUD: ReplyRule[] = [
  { id: 'icloud-app-password', pattern: /AUTHENTICATIONFAILED|Authentication failed/i, kind: 'app-password-required' },
];

const QQ: ReplyRule[] = [
  { id: 'qq-service-off', pattern: /service is not open|服务未开启/i, kind: 'protocol-disabled', where: 'account' },
  {
    id: 'qq-authorization-code',
    pattern: /authori[sz](ation|ed) code|授权码|no=1001256|Login fail|authentication failed/i,
    kind: 'authorization-code-required',
  },
];

// NetEase accepts the login, then refuses SELECT/EXAMINE with "Unsafe Login" unless the client identifies itself
// (IMAP ID, RFC 2971) from an account whose third-party access is allowed.
const NETEASE: ReplyRule[] = [
  { id: 'netease-unsafe-login', pattern: /Unsafe Login/i, kind: 'unsafe-login' },
  {
    id: 'netease-authorization-code',
    pattern: /授权码|authori[sz]ation code|authentication failed|Login error|password error/i,
    kind: 'authorization-code-required',
  },
];

// GMX and WEB.DE turn POP3/IMAP off by default, and again after long disuse; the reply is the same as for a wrong
// password, so the advice names both.
const UNITED_INTERNET: ReplyRule[] = [
  { id: 'united-internet-protocols-off', pattern: /authentication failed|login failed/i, kind: 'protocol-disabled', where: 'account' },
];

const YANDEX: ReplyRule[] = [
  { id: 'yandex-imap-off', pattern: /IMAP is disabled/i, kind: 'protocol-disabled', where: 'account' },
  { id: 'yandex-app-password', pattern: /Invalid credentials|AUTHENTICATIONFAILED/i, kind: 'app-password-required' },
];

export const REPLY_RULES: Record<MailService, ReplyRule[]> = {
  google: GOOGLE,
  'microsoft-consumer': MICROSOFT,
  'microsoft-work': MICROSOFT,
  yahoo: YAHOO,
  aol: YAHOO,
  icloud: ICLOUD,
  qq: QQ,
  netease: NETEASE,
  gmx: UNITED_INTERNET,
  webde: UNITED_INTERNET,
  yandex: YANDEX,
};

/** The provider OAuth entry (provider-oauth.json) each service signs in with, where mail apps can. */
export const SERVICE_SIGN_IN: Partial<Record<MailService, string>> = {
  google: 'gmail',
  'microsoft-consumer': 'outlook',
  'microsoft-work': 'microsoft365',
  yahoo: 'yahoo',
  aol: 'aol',
  yandex: 'yandex',
};
