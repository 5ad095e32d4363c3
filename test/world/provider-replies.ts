/**
 * What the big providers answer when a mail app logs in with a password they will not take, word for word
 * as mail-client issue threads quote them (each scenario names its thread). The scripted servers of the test
 * world (scripted-mail-servers.ts) replay these texts; the tests check that the real login code classifies them.
 *
 * A scenario is chosen by the login name the client sends, so every scenario has its own user.
 */
export type ScriptedProtocol = 'imap' | 'smtp' | 'pop3';

export interface ReplyScenario {
  id: string;
  protocol: ScriptedProtocol;
  /** The provider's host name: the client connects to the scripted server but names (and verifies) this host. */
  host: string;
  username: string;
  /** Reply lines exactly as the server sends them (SMTP multi-line replies keep their "534-" continuation form). */
  reply: string[];
  /** "select": the login succeeds and the reply answers SELECT/EXAMINE INBOX instead. */
  stage?: 'auth' | 'select';
  /** What the classifier must make of it; undefined: nothing provider-specific. */
  expect?: { kind: string; service: string; where?: string };
  /** Where the exact text was seen. */
  source: string;
}

export const REPLY_SCENARIOS: ReplyScenario[] = [
  // Google
  {
    id: 'gmail-smtp-app-password',
    protocol: 'smtp',
    host: 'smtp.gmail.com',
    username: 'app-password@gmail.com',
    reply: [
      '534-5.7.9 Application-specific password required. For more information, go to',
      '534 5.7.9  https://support.google.com/mail/?p=InvalidSecondFactor ffacd0b85a97d-368119970e7sm1809147f8f.21 - gsmtp',
    ],
    expect: { kind: 'app-password-required', service: 'google' },
    source: 'https://github.com/Der-Henning/tgtg/issues/517',
  },
  {
    id: 'gmail-imap-app-password',
    protocol: 'imap',
    host: 'imap.gmail.com',
    username: 'app-password-imap@gmail.com',
    reply: ['NO [ALERT] Application-specific password required: https://support.google.com/accounts/answer/185833 (Failure)'],
    expect: { kind: 'app-password-required', service: 'google' },
    source: 'https://github.com/LukeSmithxyz/mutt-wizard/issues/831',
  },
  {
    id: 'gmail-smtp-bad-credentials',
    protocol: 'smtp',
    host: 'smtp.gmail.com',
    username: 'bad-credentials@gmail.com',
    reply: [
      '535-5.7.8 Username and Password not accepted. For more information, go to',
      '535 5.7.8  https://support.google.com/mail/?p=BadCredentials af79cd13be357-794f3061475sm18893085a.74 - gsmtp',
    ],
    expect: { kind: 'wrong-password', service: 'google' },
    source: 'https://github.com/dawidd6/action-send-mail/issues/205',
  },
  {
    id: 'gmail-imap-invalid-credentials',
    protocol: 'imap',
    host: 'imap.gmail.com',
    username: 'invalid-credentials@gmail.com',
    reply: ['NO [AUTHENTICATIONFAILED] Invalid credentials (Failure)'],
    expect: { kind: 'wrong-password', service: 'google' },
    source: 'https://github.com/mscdex/node-imap/issues/826',
  },
  {
    id: 'gmail-smtp-web-login',
    protocol: 'smtp',
    host: 'smtp.gmail.com',
    username: 'web-login@gmail.com',
    reply: [
      '534-5.7.14 <https://accounts.google.com/signin/continue?sarp=1&scc=1&plt=AKgnsbs7> Please log in via your web browser and',
      '534-5.7.14 then try again.',
      '534-5.7.14  Learn more at',
      '534 5.7.14  https://support.google.com/mail/answer/78754 100sm8943270iot.39 - gsmtp',
    ],
    expect: { kind: 'web-login-required', service: 'google' },
    source: 'https://github.com/firebase/functions-samples/issues/39',
  },
  // Microsoft: Outlook.com (consumer) and Exchange Online (work and school)
  {
    id: 'outlook-smtp-basic-disabled',
    protocol: 'smtp',
    host: 'smtp-mail.outlook.com',
    username: 'basic-off@outlook.com',
    reply: [
      '535 5.7.139 Authentication unsuccessful, basic authentication is disabled. [PH7P220CA0132.NAMP220.PROD.OUTLOOK.COM 2024-11-11T21:51:32.927Z 08DD021D9EEB05BC]',
    ],
    expect: { kind: 'oauth-only', service: 'microsoft-consumer' },
    source: 'https://github.com/daleghent/nina-ground-station/issues/17',
  },
  {
    id: 'm365-smtp-basic-disabled',
    protocol: 'smtp',
    host: 'smtp.office365.com',
    username: 'basic-off@contoso365.example',
    reply: [
      '535 5.7.139 Authentication unsuccessful, basic authentication is disabled. [PN0PR01CA0024.INDPRD01.PROD.OUTLOOK.COM 2025-01-26T18:54:30.055Z 08DD3DD7D75D7743]',
    ],
    expect: { kind: 'oauth-only', service: 'microsoft-work' },
    source: 'https://github.com/nodemailer/nodemailer/issues/1714',
  },
  {
    id: 'm365-smtp-tenant-disabled',
    protocol: 'smtp',
    host: 'smtp.office365.com',
    username: 'tenant-off@contoso365.example',
    reply: [
      '535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information. [MN2PR05CA0004.namprd05.prod.outlook.com 2023-09-12T20:59:57.214Z 08DBB276B7E699C4]',
    ],
    expect: { kind: 'protocol-disabled', service: 'microsoft-work', where: 'organization' },
    source: 'https://github.com/simonrob/email-oauth2-proxy/issues/193',
  },
  {
    id: 'm365-smtp-mailbox-disabled',
    protocol: 'smtp',
    host: 'smtp.office365.com',
    username: 'mailbox-off@contoso365.example',
    reply: [
      '535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Mailbox. Visit https://aka.ms/smtp_auth_disabled for more information. [DM6PR02CA0051.namprd02.prod.outlook.com]',
    ],
    expect: { kind: 'protocol-disabled', service: 'microsoft-work', where: 'mailbox' },
    source: 'https://learn.microsoft.com/exchange/clients-and-mobile-in-exchange-online/authenticated-client-smtp-submission',
  },
  {
    id: 'm365-smtp-client-submission',
    protocol: 'smtp',
    host: 'smtp.office365.com',
    username: 'submission@contoso365.example',
    reply: ['550 5.7.30 Basic authentication is not supported for Client Submission.'],
    expect: { kind: 'oauth-only', service: 'microsoft-work' },
    source: 'https://www.captaindns.com/en/blog/microsoft-exchange-basic-auth-smtp-end',
  },
  {
    id: 'm365-smtp-security-defaults',
    protocol: 'smtp',
    host: 'smtp.office365.com',
    username: 'security-defaults@contoso365.example',
    reply: [
      "535 5.7.139 Authentication unsuccessful, user is locked by your organization's security defaults policy. Contact your administrator.",
    ],
    expect: { kind: 'oauth-only', service: 'microsoft-work', where: 'organization' },
    source: 'https://docs.bookyourpto.com/features/smtp-troubleshoot',
  },
  {
    id: 'outlook-imap-authenticate-failed',
    protocol: 'imap',
    host: 'outlook.office365.com',
    username: 'imap-basic@outlook.com',
    reply: ['NO AUTHENTICATE failed.'],
    expect: { kind: 'oauth-only', service: 'microsoft-consumer' },
    source: 'https://github.com/barbushin/php-imap/issues/726',
  },
  {
    id: 'm365-imap-authenticate-failed',
    protocol: 'imap',
    host: 'outlook.office365.com',
    username: 'imap-basic@contoso365.example',
    reply: ['NO AUTHENTICATE failed.'],
    expect: { kind: 'oauth-only', service: 'microsoft-work' },
    source: 'https://github.com/jstedfast/MailKit/issues/460',
  },
  {
    id: 'outlook-pop3-logon-failure',
    protocol: 'pop3',
    host: 'outlook.office365.com',
    username: 'pop-basic@hotmail.com',
    reply: ['-ERR Logon failure: unknown user name or bad password.'],
    expect: { kind: 'oauth-only', service: 'microsoft-consumer' },
    source: 'https://github.com/pulb/mailnag/issues/200',
  },
  // Tencent QQ and NetEase (163, 126): the authorization code (授权码) and the "Unsafe Login" block
  {
    id: 'qq-smtp-authorization-code',
    protocol: 'smtp',
    host: 'smtp.qq.com',
    username: '10001@qq.com',
    reply: [
      '535 Login Fail. Please enter your authorization code to login. More information in http://service.mail.qq.com/cgi-bin/help?subtype=1&&id=28&&no=1001256',
    ],
    expect: { kind: 'authorization-code-required', service: 'qq' },
    source: 'https://github.com/louislam/uptime-kuma/issues/3434',
  },
  {
    id: 'qq-imap-authorized-code',
    protocol: 'imap',
    host: 'imap.qq.com',
    username: '10002@qq.com',
    reply: [
      'NO Please using authorized code to login. More information at http://service.mail.qq.com/cgi-bin/help?subtype=1&&id=28&&no=1001256',
    ],
    expect: { kind: 'authorization-code-required', service: 'qq' },
    source: 'https://github.com/pandolia/qqbot/issues/139',
  },
  {
    id: 'netease-imap-unsafe-login',
    protocol: 'imap',
    host: 'imap.163.com',
    username: 'unsafe@163.com',
    stage: 'select',
    reply: ['NO SELECT Unsafe Login. Please contact kefu@188.com for help'],
    expect: { kind: 'unsafe-login', service: 'netease' },
    source: 'https://github.com/pimalaya/himalaya/issues/651',
  },
  {
    id: 'netease126-imap-unsafe-examine',
    protocol: 'imap',
    host: 'imap.126.com',
    username: 'unsafe@126.com',
    stage: 'select',
    reply: ['NO EXAMINE Unsafe Login. Please contact kefu@188.com for help'],
    expect: { kind: 'unsafe-login', service: 'netease' },
    source: 'https://github.com/joeyates/imap-backup/issues/217',
  },
  {
    id: 'netease-smtp-authentication-failed',
    protocol: 'smtp',
    host: 'smtp.163.com',
    username: 'no-code@163.com',
    reply: ['535 Error: authentication failed'],
    expect: { kind: 'authorization-code-required', service: 'netease' },
    source: 'https://github.com/xuess/puppeteer-sign/issues/2',
  },
  // Yahoo and AOL, Apple iCloud
  {
    id: 'yahoo-imap-invalid-credentials',
    protocol: 'imap',
    host: 'imap.mail.yahoo.com',
    username: 'normal-password@yahoo.com',
    reply: ['NO [AUTHENTICATIONFAILED] LOGIN Invalid credentials'],
    expect: { kind: 'app-password-required', service: 'yahoo' },
    source: 'https://github.com/Enough-Software/enough_mail/issues/245',
  },
  {
    id: 'yahoo-smtp-auth005',
    protocol: 'smtp',
    host: 'smtp.mail.yahoo.com',
    username: 'auth005@yahoo.com',
    reply: ['535 5.7.0 (#AUTH005) Too many bad auth attempts.'],
    expect: { kind: 'app-password-required', service: 'yahoo' },
    source: 'https://github.com/nedimf/maildroid/issues/17',
  },
  {
    id: 'yahoo-smtp-mbr1212',
    protocol: 'smtp',
    host: 'smtp.mail.yahoo.com',
    username: 'mbr1212@yahoo.com',
    reply: ['535 5.7.0 (#MBR1212) Incorrect username or password.'],
    expect: { kind: 'wrong-password', service: 'yahoo' },
    source: 'https://github.com/PHPMailer/PHPMailer/issues/1287',
  },
  {
    id: 'aol-imap-invalid-credentials',
    protocol: 'imap',
    host: 'imap.aol.com',
    username: 'normal-password@aol.com',
    reply: ['NO [AUTHENTICATIONFAILED] LOGIN Invalid credentials'],
    expect: { kind: 'app-password-required', service: 'aol' },
    source: 'https://github.com/OfflineIMAP/offlineimap/issues/688',
  },
  {
    id: 'icloud-imap-authentication-failed',
    protocol: 'imap',
    host: 'imap.mail.me.com',
    username: 'apple-id@icloud.com',
    reply: ['NO [AUTHENTICATIONFAILED] Authentication Failed'],
    expect: { kind: 'app-password-required', service: 'icloud' },
    source: 'https://github.com/LogicLabs-OU/OpenArchiver/issues/319',
  },
  // GMX and WEB.DE switch POP3/IMAP off until the user turns it on; Yandex says so in its reply
  {
    id: 'gmx-pop3-authentication-failed',
    protocol: 'pop3',
    host: 'pop.gmx.net',
    username: 'protocols-off@gmx.net',
    reply: ['-ERR authentication failed'],
    expect: { kind: 'protocol-disabled', service: 'gmx', where: 'account' },
    source: 'https://github.com/jens-maus/yam/issues/638',
  },
  {
    id: 'webde-imap-authentication-failed',
    protocol: 'imap',
    host: 'imap.web.de',
    username: 'protocols-off@web.de',
    reply: ['NO authentication failed'],
    expect: { kind: 'protocol-disabled', service: 'webde', where: 'account' },
    source: 'https://github.com/thunderbird/thunderbird-android/issues/5780',
  },
  {
    id: 'yandex-imap-disabled',
    protocol: 'imap',
    host: 'imap.yandex.com',
    username: 'imap-off@yandex.com',
    reply: ['NO [AUTHENTICATIONFAILED] LOGIN Invalid credentials or IMAP is disabled sc=ebI8JB0ug4Y1_290737_53p'],
    expect: { kind: 'protocol-disabled', service: 'yandex', where: 'account' },
    source: 'https://github.com/Foundry376/Mailspring/issues/904',
  },
  // The same words elsewhere mean nothing special: "AUTHENTICATE failed." is Microsoft's only at Microsoft.
  {
    id: 'other-imap-authenticate-failed',
    protocol: 'imap',
    host: 'imap.scripted.test',
    username: 'someone@scripted.test',
    reply: ['NO AUTHENTICATE failed.'],
    source: 'control case: a server that is not Microsoft',
  },
];

/**
 * IMAP capabilities per host name (the client names it in TLS SNI), as the providers announce them: Microsoft
 * offers AUTH=PLAIN, so clients use AUTHENTICATE; Yahoo and AOL announce no AUTH=PLAIN, so clients send LOGIN.
 */
export const IMAP_CAPABILITIES: Record<string, string> = {
  'outlook.office365.com': 'IMAP4 IMAP4rev1 AUTH=PLAIN AUTH=XOAUTH2 SASL-IR UIDPLUS MOVE ID UNSELECT CHILDREN IDLE NAMESPACE LITERAL+',
  'imap.mail.yahoo.com': 'IMAP4rev1 ID MOVE NAMESPACE XYMHIGHESTMODSEQ UIDPLUS LITERAL+ CHILDREN X-MSG-EXT UNSELECT OBJECTID',
  'imap.aol.com': 'IMAP4rev1 ID MOVE NAMESPACE XYMHIGHESTMODSEQ UIDPLUS LITERAL+ CHILDREN X-MSG-EXT UNSELECT OBJECTID',
};

/** Every host name the scripted servers answer for (their certificate names them all). */
export function scriptedHosts(): string[] {
  return [...new Set(REPLY_SCENARIOS.map((s) => s.host))];
}

export function scenarioFor(protocol: ScriptedProtocol, username: string): ReplyScenario | undefined {
  return REPLY_SCENARIOS.find((s) => s.protocol === protocol && s.username.toLowerCase() === username.toLowerCase());
}
