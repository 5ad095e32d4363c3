/**
 * Signing in with the provider (OAuth2) and Microsoft 365 mailboxes: the page the browser shows afterwards,
 * what a failed or impossible sign-in means, the lookups behind a plan or a fact, and what a Microsoft mailbox
 * means in each mail app.
 */
export const signin = {
  /** The page the browser shows once the sign-in has come back to Mail Setup. */
  page: {
    done: { title: 'Signed in', text: 'You can close this window and go back to Mail Setup.' },
    refused: {
      title: 'Sign-in not completed',
      text: 'The sign-in did not finish. You can close this window; Mail Setup says what to do next.',
    },
    mismatch: {
      title: 'This answer is not for Mail Setup',
      text: 'This sign-in answer does not belong to the sign-in Mail Setup started, so it was ignored. Close this window and start again from Mail Setup.',
    },
  },
  /** What a failed sign-in means for the person, by the engine's reason. */
  failure: {
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
  },
  /** Why no sign-in is offered, and what happens instead. */
  noSignIn: {
    'no-client-id':
      'This copy of Mail Setup has no sign-in registration for this provider, so it cannot check the account by signing in. Your mail app will ask you to sign in with the provider when you add the account; the settings below are still correct.',
    'no-oauth': 'This provider offers no sign-in for mail apps; use your password (or an app password).',
    'discovery-failed':
      'The provider’s sign-in service could not be found. Your mail app will ask you to sign in when you add the account.',
    'registration-refused':
      'The provider’s sign-in service did not accept Mail Setup. Your mail app will ask you to sign in when you add the account.',
    'untrusted-source':
      'The sign-in address came from an unprotected lookup, so Mail Setup does not send you there. Your mail app will ask you to sign in.',
  },
  /** The lookups a sign-in plan rests on; `detail` is the provider, the client ID's source or the URL read. */
  evidence: {
    'provider-table': 'Sign-in settings for {{detail}} from the built-in provider table',
    'client-configuration': 'Client ID from the configuration ({{detail}})',
    autoconfig: "Sign-in settings in the domain's autoconfig file ({{detail}})",
    'protected-resource-metadata': "The mail server's protected-resource metadata ({{detail}})",
    'authorization-server-metadata': "The sign-in service's metadata ({{detail}})",
    'dynamic-registration': 'Mail Setup registered itself with the sign-in service ({{detail}})',
    'login-failure-hint': 'The sign-in service the mail server named when it refused a token ({{detail}})',
  },
  /** A Microsoft 365, Outlook.com or Exchange mailbox (the discovery result's fact). */
  microsoft365: {
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
    /** How each mail app adds the mailbox, by the connection the fact names for it. */
    app: {
      exchange: 'Outlook: add the account by its address; Outlook recognises Microsoft 365 and asks you to sign in with Microsoft.',
      'exchange-activesync':
        'Apple Mail (Mac, iPhone, iPad): choose “Microsoft Exchange” when adding the account, then sign in with Microsoft.',
      'imap-oauth':
        'Thunderbird and other mail apps: use IMAP and SMTP and choose “OAuth2” / “Sign in with Microsoft” as the authentication; a normal password is refused.',
      'imap-if-enabled':
        'Thunderbird and other mail apps: IMAP and SMTP work only if your organisation turned them on; ask your IT department.',
    },
    /** What each lookup showed; `detail` is the domain, the MX host, the ActiveSync host or the sign-in host. */
    evidence: {
      'provider-table': '{{detail}} is an Outlook.com domain',
      mx: 'MX {{detail}}',
      'autodiscover-v2': 'Autodiscover v2 names ActiveSync at {{detail}}',
      'autodiscover-pox': 'Autodiscover asks for Microsoft sign-in ({{detail}})',
    },
  },
};
