import type { AuthProblem, AuthProblemKind, MailService, ProblemScope } from '../probe/login/auth-problem';

/**
 * Every user-facing sentence of provider replies, provider sign-in (OAuth2) and Microsoft 365 recognition,
 * with its https help link, in one table (to move into the message catalog as a whole). Keys are the
 * sub-classifications and result kinds the engine returns; sentences say what to do, in plain words.
 */
export interface Advice {
  /** What happened and what to do, in one or two sentences for a non-expert. */
  action: string;
  helpUrl: string;
}

type VariantKey = MailService | `${MailService}:${ProblemScope}`;

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

export const AUTH_PROBLEM_ADVICE: Record<AuthProblemKind, { general: Advice; variants: Partial<Record<VariantKey, Advice>> }> = {
  'app-password-required': {
    general: {
      action:
        'This provider refuses your normal password in mail apps. Create an app password in your account’s security settings and use it here.',
      helpUrl: 'https://en.wikipedia.org/wiki/Application-specific_password',
    },
    variants: {
      google: {
        action:
          'Google refuses your normal password in mail apps. Sign in with Google instead, or turn on 2-Step Verification, create an app password and use it here.',
        helpUrl: GOOGLE_APP_PASSWORDS,
      },
      yahoo: {
        action:
          'Yahoo refuses your account password in mail apps. Create an app password (Account security → App passwords) and use it here, or sign in with Yahoo.',
        helpUrl: 'https://help.yahoo.com/kb/SLN15241.html',
      },
      aol: {
        action:
          'AOL refuses your account password in mail apps. Create an app password (Account security → App passwords) and use it here, or sign in with AOL.',
        helpUrl: 'https://help.aol.com/articles/Create-and-manage-app-password',
      },
      icloud: {
        action:
          'iCloud Mail takes only an app-specific password from mail apps, never your Apple Account password. Create one at account.apple.com (Sign-In and Security → App-Specific Passwords) and use it here.',
        helpUrl: 'https://support.apple.com/102654',
      },
      yandex: {
        action:
          'Yandex takes only an app password from mail apps. Create one in Yandex ID (Security → App passwords → Mail) and use it here, or sign in with Yandex.',
        helpUrl: 'https://yandex.com/support/id/authorization/app-passwords.html',
      },
    },
  },
  'oauth-only': {
    general: {
      action: 'This provider accepts no password from mail apps here: the mail app has to sign in with the provider.',
      helpUrl: MICROSOFT_BASIC_AUTH,
    },
    variants: {
      'microsoft-consumer': {
        action:
          'Outlook.com no longer accepts passwords from mail apps. Your mail app has to sign in with Microsoft: choose “Sign in with Microsoft”, or add the account as Outlook.com in the app.',
        helpUrl: OUTLOOK_COM_SETTINGS,
      },
      'microsoft-work': {
        action:
          'Microsoft 365 accepts no password from mail apps here. Add the account in your mail app as Microsoft 365 / Exchange, or sign in with Microsoft; IMAP and SMTP work only with Microsoft sign-in.',
        helpUrl: MICROSOFT_BASIC_AUTH,
      },
      'microsoft-work:organization': {
        action:
          'Your organisation’s sign-in policy (security defaults or Conditional Access) blocks password logins from mail apps. Sign in with Microsoft in your mail app; only your administrator can change the policy.',
        helpUrl: 'https://learn.microsoft.com/entra/fundamentals/security-defaults',
      },
    },
  },
  'protocol-disabled': {
    general: {
      action:
        'Access for mail apps (IMAP, POP or SMTP) is turned off for this account. Turn it on in the provider’s settings, then try again.',
      helpUrl: 'https://en.wikipedia.org/wiki/Internet_Message_Access_Protocol',
    },
    variants: {
      'microsoft-work:organization': {
        action:
          'Sending mail with a password (SMTP AUTH) is turned off for your whole organisation. Your Microsoft 365 administrator can allow it (Exchange admin center → Settings → Mail flow), or use a mail app that signs in with Microsoft.',
        helpUrl: MICROSOFT_SMTP_AUTH,
      },
      'microsoft-work:mailbox': {
        action:
          'Sending mail with a password (SMTP AUTH) is turned off for this mailbox. Your Microsoft 365 administrator can turn on “Authenticated SMTP” for it (admin center → Users → Active users → Mail → Manage email apps).',
        helpUrl: MICROSOFT_SMTP_AUTH,
      },
      google: {
        action:
          'IMAP is turned off in your Gmail settings. Turn it on (Settings → See all settings → Forwarding and POP/IMAP → Enable IMAP), then try again.',
        helpUrl: 'https://support.google.com/mail/answer/7126229',
      },
      gmx: {
        action:
          'GMX keeps POP3 and IMAP off until you allow them, and turns them off again after long disuse. In GMX webmail open Settings → POP3 & IMAP and allow access; if it is already on, the password is wrong.',
        helpUrl: 'https://hilfe.gmx.net/pop-imap/index.html',
      },
      webde: {
        action:
          'WEB.DE keeps POP3 and IMAP off until you allow them, and turns them off again after long disuse. In WEB.DE webmail open Settings → POP3 & IMAP and allow access; if it is already on, the password is wrong.',
        helpUrl: 'https://hilfe.web.de/pop-imap/index.html',
      },
      yandex: {
        action:
          'Access for mail apps is off for this Yandex mailbox, or the password is not an app password. Allow mail clients in Yandex Mail settings and use an app password.',
        helpUrl: 'https://yandex.com/support/mail/mail-clients/others.html',
      },
      qq: {
        action:
          'The IMAP/SMTP service is off for this QQ mailbox. Turn it on in QQ Mail (Settings → Account → POP3/IMAP/SMTP) and use the authorization code it gives you.',
        helpUrl: QQ_AUTHORIZATION_CODE,
      },
    },
  },
  'authorization-code-required': {
    general: {
      action: 'This provider wants an authorization code instead of your password. Create one in the webmail settings and type it here.',
      helpUrl: QQ_AUTHORIZATION_CODE,
    },
    variants: {
      qq: {
        action:
          'QQ Mail wants an authorization code (授权码), not your QQ password. In QQ Mail open Settings → Account, turn on IMAP/SMTP, generate an authorization code and type it here instead of the password.',
        helpUrl: QQ_AUTHORIZATION_CODE,
      },
      netease: {
        action:
          'NetEase Mail (163, 126) wants an authorization code (授权码), not your password. In the webmail open Settings → POP3/SMTP/IMAP, turn on IMAP/SMTP, create an authorization code and type it here.',
        helpUrl: NETEASE_HELP,
      },
    },
  },
  'unsafe-login': {
    general: {
      action:
        'The server accepted the login but refused to open the mailbox (“Unsafe Login”). It admits only mail apps that identify themselves; Thunderbird, Outlook and Apple Mail do. Check that IMAP is on and that you use an authorization code.',
      helpUrl: NETEASE_IMAP_ID,
    },
    variants: {},
  },
  'web-login-required': {
    general: {
      action:
        'The provider wants you to pass a security check in your web browser first. Sign in to your webmail, confirm it was you, then try again.',
      helpUrl: 'https://support.google.com/mail/answer/78754',
    },
    variants: {
      google: {
        action:
          'Google wants a security check in the web browser first. Sign in to Gmail in your browser, confirm it was you, then try again (or sign in with Google in your mail app).',
        helpUrl: 'https://support.google.com/mail/answer/78754',
      },
    },
  },
  'wrong-password': {
    general: {
      action: 'The provider says the username or password is wrong. Check both and try again.',
      helpUrl: 'https://en.wikipedia.org/wiki/Password',
    },
    variants: {
      google: {
        action:
          'Google did not accept this password. Your normal Google password never works in mail apps: create an app password (needs 2-Step Verification) or sign in with Google. If you used an app password, check it or make a new one.',
        helpUrl: GOOGLE_APP_PASSWORDS,
      },
      yahoo: {
        action:
          'Yahoo says the name or password is wrong. Use your full Yahoo address and an app password; Yahoo refuses the account password in mail apps.',
        helpUrl: 'https://help.yahoo.com/kb/SLN15241.html',
      },
      'microsoft-consumer': {
        action:
          'Microsoft did not accept the name or password. Outlook.com takes no passwords from mail apps in any case: sign in with Microsoft, or add the account as Outlook.com in your mail app.',
        helpUrl: OUTLOOK_COM_SETTINGS,
      },
      'microsoft-work': {
        action:
          'Microsoft 365 did not accept the name or password. If both are right, SMTP AUTH may be off for this mailbox or your organisation may require Microsoft sign-in; ask your administrator.',
        helpUrl:
          'https://learn.microsoft.com/exchange/mail-flow-best-practices/fix-issues-with-printers-scanners-and-lob-applications-that-send-email-using-off',
      },
    },
  },
};

/** The sentence and link for a classified login refusal: the most specific variant there is. */
export function authProblemAdvice(problem: AuthProblem): Advice {
  const entry = AUTH_PROBLEM_ADVICE[problem.kind];
  const scoped = problem.where ? entry.variants[`${problem.service}:${problem.where}`] : undefined;
  return scoped ?? entry.variants[problem.service] ?? entry.general;
}

/** The page the browser shows after the sign-in comes back to the loopback listener. */
export const LOOPBACK_PAGE = {
  done: { title: 'Signed in', text: 'You can close this window and go back to Mail Setup.' },
  refused: {
    title: 'Sign-in not completed',
    text: 'The sign-in did not finish. You can close this window; Mail Setup says what to do next.',
  },
  mismatch: {
    title: 'This answer is not for Mail Setup',
    text: 'This sign-in answer does not belong to the sign-in Mail Setup started, so it was ignored. Close this window and start again from Mail Setup.',
  },
};

/** What a failed sign-in means for the person, keyed by the engine's reason. */
export const SIGN_IN_FAILURE_TEXT: Record<
  | 'consent-refused'
  | 'provider-error'
  | 'timed-out'
  | 'cancelled'
  | 'state-mismatch'
  | 'issuer-mismatch'
  | 'browser-failed'
  | 'token-refused'
  | 'network',
  string
> = {
  'consent-refused': 'You did not allow access in the browser, so nothing was checked. Start the sign-in again if you want to.',
  'provider-error': 'The provider could not complete the sign-in. Try again later; the details below say what it answered.',
  'timed-out': 'The browser did not come back in time. Start the sign-in again and finish it in the browser window.',
  cancelled: 'The sign-in was stopped.',
  'state-mismatch': 'The answer that came back did not belong to this sign-in, so it was ignored for your safety. Start again.',
  'issuer-mismatch': 'The answer came from a different sign-in service than the one asked, so it was ignored for your safety.',
  'browser-failed': 'The web browser could not be opened. Copy the sign-in address into a browser yourself.',
  'token-refused':
    'The provider would not issue access for mail apps. Try again; if it keeps failing, your organisation may block mail apps.',
  network: 'The sign-in service could not be reached. Check the connection and try again.',
};

/** Why no sign-in is offered, and what happens instead. */
export const NO_SIGN_IN_TEXT: Record<
  'no-client-id' | 'no-oauth' | 'discovery-failed' | 'registration-refused' | 'untrusted-source',
  string
> = {
  'no-client-id':
    'This copy of Mail Setup has no sign-in registration for this provider, so it cannot check the account by signing in. Your mail app will ask you to sign in with the provider when you add the account; the settings below are still correct.',
  'no-oauth': 'This provider offers no sign-in for mail apps; use your password (or an app password).',
  'discovery-failed': 'The provider’s sign-in service could not be found. Your mail app will ask you to sign in when you add the account.',
  'registration-refused':
    'The provider’s sign-in service did not accept Mail Setup. Your mail app will ask you to sign in when you add the account.',
  'untrusted-source':
    'The sign-in address came from an unprotected lookup, so Mail Setup does not send you there. Your mail app will ask you to sign in.',
};

/** "Microsoft 365 mailbox": the headline, and what it means in each mail app (keys from main/discovery/mailbox-facts.ts). */
export const MICROSOFT_365_TEXT = {
  headline: {
    'exchange-online':
      'This is a Microsoft 365 mailbox (Exchange Online). It works best added as a Microsoft 365 / Exchange account, signing in with Microsoft.',
    'exchange-on-premises':
      'This mailbox is on your organisation’s own Exchange server. Add it as an Exchange account; IMAP works only if your organisation turned it on.',
    unknown:
      'This address looks like a Microsoft mailbox (Microsoft 365 or Outlook.com). Add it as a Microsoft account, signing in with Microsoft.',
    consumer:
      'This is an Outlook.com mailbox. Add it as an Outlook.com account in your mail app; it signs in with Microsoft, not with a password.',
  },
  apps: {
    exchange: 'Outlook: add the account by its address; Outlook recognises Microsoft 365 and asks you to sign in with Microsoft.',
    'exchange-activesync':
      'Apple Mail (Mac, iPhone, iPad): choose “Microsoft Exchange” when adding the account, then sign in with Microsoft.',
    'imap-oauth':
      'Thunderbird and other mail apps: use IMAP and SMTP and choose “OAuth2” / “Sign in with Microsoft” as the authentication; a normal password is refused.',
    'imap-if-enabled':
      'Thunderbird and other mail apps: IMAP and SMTP work only if your organisation turned them on; ask your IT department.',
  },
  helpUrl: 'https://learn.microsoft.com/exchange/clients-and-mobile-in-exchange-online/pop3-and-imap4/pop3-and-imap4',
} as const;
