/** Outcome codes, certificate problems, and the technical reasons behind a failed step. */
export const outcome = {
  /** One sentence per code, for a novice. */
  code: {
    OK: 'Verified: the server accepted your password.',
    REACHABLE: 'The server answers correctly. Enter your password to verify the login.',
    SKIPPED: 'Not needed: better settings were already proven.',
    EDNS: 'This server name does not exist, or the name service did not answer.',
    ECONNREFUSED: 'The server refused the connection: nothing is listening on this port.',
    ETIMEDOUT: 'No answer in time. A firewall may be blocking this port, or the server is down.',
    ETLS: 'The secure connection failed.',
    ENOSTARTTLS: 'The server does not offer encryption (STARTTLS) on this port.',
    EAUTH: 'The server is reachable but rejected the login: the password or the username is wrong, or the provider needs an app password.',
    ENOAUTHMECH: 'The server offers no login method this app can use safely.',
    EPLAINTEXT: 'This connection is not encrypted, so your password was not sent. Allow it only if you trust the network.',
    ENOCONSENT: 'This server was found by guessing or over an insecure lookup, so your password was not sent to it without your OK.',
    ECONNECTION: 'The server closed the connection unexpectedly.',
    EPROTOCOL: 'The server answered, but not like a mail server of this kind.',
    EHTTP: 'The settings lookup on the web failed.',
    EXML: 'The settings file was unusable (malformed, too large, or unsafe).',
    ECANCELLED: 'Stopped before it finished.',
    EINPUT: 'This input is not usable.',
    EINTERNAL: 'Something went wrong inside Mail Setup. This is a fault of the app, not of your settings; the log has the details.',
  },
  /** A few words per code, for tables and progress lines. */
  short: {
    OK: 'works',
    REACHABLE: 'answers',
    SKIPPED: 'not needed',
    EDNS: 'name not found',
    ECONNREFUSED: 'refused',
    ETIMEDOUT: 'no answer (blocked?)',
    ETLS: 'secure connection failed',
    ENOSTARTTLS: 'no encryption offered',
    EAUTH: 'password refused',
    ENOAUTHMECH: 'no usable login method',
    EPLAINTEXT: 'unencrypted: password not sent',
    ENOCONSENT: 'needs your OK',
    ECONNECTION: 'connection dropped',
    EPROTOCOL: 'not a mail server',
    EHTTP: 'web lookup failed',
    EXML: 'unusable settings file',
    ECANCELLED: 'stopped',
    EINPUT: 'invalid input',
    EINTERNAL: 'internal error',
  },
  /** Why a certificate cannot be trusted, as a clause that completes "The secure connection failed: …". */
  certProblem: {
    'self-signed': 'the server uses a self-signed certificate, which no authority vouches for',
    expired: "the server's certificate has expired",
    'not-yet-valid': "the server's certificate is not valid yet (check this computer's date and time)",
    'wrong-host': "the server's certificate was issued for a different name",
    'unknown-ca': "the server's certificate comes from an authority this computer does not know",
    revoked: "the server's certificate has been revoked",
    handshake: 'the secure connection could not be set up',
  },
  certLabel: {
    'self-signed': 'self-signed certificate',
    expired: 'expired certificate',
    'not-yet-valid': 'certificate not valid yet',
    'wrong-host': 'certificate for another name',
    'unknown-ca': 'unknown certificate authority',
    revoked: 'revoked certificate',
    handshake: 'secure connection failed',
  },
  tlsFailed: 'The secure connection failed: {{problem}}.',
  /**
   * What a refused login means when the provider's reply says more than "refused" (the EAUTH outcome's
   * `authProblem`): what to do, in one or two sentences. `general` for any provider, then the providers' own
   * (`<service>` or `<service>-<where>`); the help links are in shared/model/auth-problem.ts.
   */
  authProblem: {
    'app-password-required': {
      general:
        'This provider refuses your normal password in mail apps. Create an app password in your account’s security settings and use it here.',
      google:
        'Google refuses your normal password in mail apps. Sign in with Google instead, or turn on 2-Step Verification, create an app password and use it here.',
      yahoo:
        'Yahoo refuses your account password in mail apps. Create an app password (Account security → App passwords) and use it here, or sign in with Yahoo.',
      aol: 'AOL refuses your account password in mail apps. Create an app password (Account security → App passwords) and use it here, or sign in with AOL.',
      icloud:
        'iCloud Mail takes only an app-specific password from mail apps, never your Apple Account password. Create one at account.apple.com (Sign-In and Security → App-Specific Passwords) and use it here.',
      yandex:
        'Yandex takes only an app password from mail apps. Create one in Yandex ID (Security → App passwords → Mail) and use it here, or sign in with Yandex.',
    },
    'oauth-only': {
      general: 'This provider accepts no password from mail apps here: the mail app has to sign in with the provider.',
      'microsoft-consumer':
        'Outlook.com no longer accepts passwords from mail apps. Your mail app has to sign in with Microsoft: choose “Sign in with Microsoft”, or add the account as Outlook.com in the app.',
      'microsoft-work':
        'Microsoft 365 accepts no password from mail apps here. Add the account in your mail app as Microsoft 365 / Exchange, or sign in with Microsoft; IMAP and SMTP work only with Microsoft sign-in.',
      'microsoft-work-organization':
        'Your organisation’s sign-in policy (security defaults or Conditional Access) blocks password logins from mail apps. Sign in with Microsoft in your mail app; only your administrator can change the policy.',
    },
    'protocol-disabled': {
      general:
        'Access for mail apps (IMAP, POP or SMTP) is turned off for this account. Turn it on in the provider’s settings, then try again.',
      'microsoft-work-organization':
        'Sending mail with a password (SMTP AUTH) is turned off for your whole organisation. Your Microsoft 365 administrator can allow it (Exchange admin center → Settings → Mail flow), or use a mail app that signs in with Microsoft.',
      'microsoft-work-mailbox':
        'Sending mail with a password (SMTP AUTH) is turned off for this mailbox. Your Microsoft 365 administrator can turn on “Authenticated SMTP” for it (admin center → Users → Active users → Mail → Manage email apps).',
      google:
        'IMAP is turned off in your Gmail settings. Turn it on (Settings → See all settings → Forwarding and POP/IMAP → Enable IMAP), then try again.',
      gmx: 'GMX keeps POP3 and IMAP off until you allow them, and turns them off again after long disuse. In GMX webmail open Settings → POP3 & IMAP and allow access; if it is already on, the password is wrong.',
      webde:
        'WEB.DE keeps POP3 and IMAP off until you allow them, and turns them off again after long disuse. In WEB.DE webmail open Settings → POP3 & IMAP and allow access; if it is already on, the password is wrong.',
      yandex:
        'Access for mail apps is off for this Yandex mailbox, or the password is not an app password. Allow mail clients in Yandex Mail settings and use an app password.',
      qq: 'The IMAP/SMTP service is off for this QQ mailbox. Turn it on in QQ Mail (Settings → Account → POP3/IMAP/SMTP) and use the authorization code it gives you.',
    },
    'authorization-code-required': {
      general: 'This provider wants an authorization code instead of your password. Create one in the webmail settings and type it here.',
      qq: 'QQ Mail wants an authorization code (授权码), not your QQ password. In QQ Mail open Settings → Account, turn on IMAP/SMTP, generate an authorization code and type it here instead of the password.',
      netease:
        'NetEase Mail (163, 126) wants an authorization code (授权码), not your password. In the webmail open Settings → POP3/SMTP/IMAP, turn on IMAP/SMTP, create an authorization code and type it here.',
    },
    'unsafe-login': {
      general:
        'The server accepted the login but refused to open the mailbox (“Unsafe Login”). It admits only mail apps that identify themselves; Thunderbird, Outlook and Apple Mail do. Check that IMAP is on and that you use an authorization code.',
    },
    'web-login-required': {
      general:
        'The provider wants you to pass a security check in your web browser first. Sign in to your webmail, confirm it was you, then try again.',
      google:
        'Google wants a security check in the web browser first. Sign in to Gmail in your browser, confirm it was you, then try again (or sign in with Google in your mail app).',
    },
    'wrong-password': {
      general: 'The provider says the username or password is wrong. Check both and try again.',
      google:
        'Google did not accept this password. Your normal Google password never works in mail apps: create an app password (needs 2-Step Verification) or sign in with Google. If you used an app password, check it or make a new one.',
      yahoo:
        'Yahoo says the name or password is wrong. Use your full Yahoo address and an app password; Yahoo refuses the account password in mail apps.',
      'microsoft-consumer':
        'Microsoft did not accept the name or password. Outlook.com takes no passwords from mail apps in any case: sign in with Microsoft, or add the account as Outlook.com in your mail app.',
      'microsoft-work':
        'Microsoft 365 did not accept the name or password. If both are right, SMTP AUTH may be off for this mailbox or your organisation may require Microsoft sign-in; ask your administrator.',
    },
  },
  /** The step a technical reason is about; protocol and command names stay as they are. */
  step: {
    connect: 'connect to {{host}}:{{port}}',
    tls: 'TLS with {{host}}:{{port}}',
    greeting: '{{protocol}} greeting',
    command: '{{protocol}} {{command}}',
    dns: 'DNS {{type}} {{name}}',
    lookup: 'looking up {{host}}',
  },
  /** Technical detail for experts: which step, which host, what a library or the server said. */
  reason: {
    refused: '{{step}}: connection refused',
    'timed-out': '{{step}}: timed out',
    'no-answer': '{{step}}: no answer in time',
    'no-answer-within': '{{step}}: no answer within {{ms}} ms',
    unreachable: '{{step}}: host unreachable',
    reset: '{{step}}: connection reset',
    'closed-by-server': '{{step}}: closed by the server',
    'socket-error': '{{step}}: {{error}}',
    'tls-handshake': '{{step}}: the TLS handshake failed ({{error}})',
    cancelled: '{{step}}: cancelled',
    'cancelled-early': 'cancelled before it started',
    'server-closed': 'the server closed the connection',
    'connection-error': 'the connection failed: {{error}}',
    'line-too-long': 'the server sent an over-long line',
    'too-many-lines': 'the server sent too many lines',
    'reply-too-long': '{{step}}: reply too long',
    'data-after-starttls': 'the server sent data right after agreeing to {{command}}',
    'command-refused': '{{step}}: the server answered “{{reply}}”',
    goodbye: 'the server said goodbye: {{reply}}',
    'turned-away': 'the server turned us away: {{reply}}',
    'not-a-greeting': 'not a {{protocol}} greeting: {{reply}}',
    'cert-not-trusted': 'the server certificate is not trusted',
    'no-starttls': 'the server does not offer {{command}}',
    'no-pop3-login': 'the server offers neither USER/PASS nor SASL PLAIN',
    'no-smtp-auth': 'the server offers no login (AUTH) on this connection',
    'no-address': '{{host}} has no address',
    'address-not-allowed': '{{host}} resolves only to addresses this run may not contact',
    'dns-failed': '{{step}}: {{error}}',
    'xml-too-large': 'the settings file is too large',
    'xml-dtd': 'the settings file declares a DTD or entities, which are refused',
    'xml-malformed': 'the settings file is not well-formed XML (line {{line}}: {{error}})',
    'not-clientconfig': 'not a clientConfig document (no emailProvider)',
    'not-autodiscover': 'not an Autodiscover response (no Account)',
    'http-too-large': '{{url}}: larger than {{bytes}} bytes, not read further',
    'http-broke-off': '{{url}}: the answer broke off',
    'http-redirects': '{{url}}: too many redirects',
    'http-bad-redirect': '{{url}}: redirect to {{scheme}}',
    'http-status': '{{url}}: HTTP status {{status}}',
    'http-failed': '{{url}}: {{error}}',
    'http-name': '{{host}}: {{error}}',
    library: '{{library}}: {{error}}',
    internal: 'an unexpected error inside Mail Setup ({{error}})',
    'invalid-request': 'the request was refused: {{issue}}',
    'not-our-window': 'refused: not from the Mail Setup window',
    'nothing-yet': 'there is nothing to test again yet',
    'discover-first': 'run a discovery first',
    'no-settings-yet': 'there are no settings to export yet',
    'no-report-yet': 'there is no report yet',
    'no-browser': 'no browser available',
    'only-https': 'only https links are opened',
    'email-invalid': '{{problem}}',
    'domain-typo': '{{domain}} looks like a slip of {{suggestion}}; nothing was sent until you confirm the address',
    'password-refused': 'the server refused this password; type it again',
    'not-just-saved': 'not one of the files just saved',
    'not-on-certificate': '{{name}} is not a name on the certificate of {{host}}',
    'no-such-server': 'there is no such server in this result',
    'sign-key-unreadable': 'the signing key could not be read: {{error}}',
    'sign-cert-unreadable': 'the signing certificate could not be read: {{error}}',
    'sign-key-type': 'the signing key must be RSA or ECDSA (P-256, P-384, P-521), not {{type}}',
    'sign-no-cert': 'the signing certificate file holds no PEM certificate',
    'sign-key-mismatch': 'the signing key does not belong to the signing certificate',
    'sign-apple-only': 'only Apple profiles can be signed',
    'one-person-format': '{{format}} sets up one person; give an email address',
    'result-address': "the result's address is not valid: {{problem}}",
    'nothing-to-export': 'there is nothing to export yet: the result has no incoming or no outgoing server',
    'write-failed': 'cannot write {{path}}: {{error}}',
    'thunderbird-one-person': "a Thunderbird account is one person's; give an email address",
    'thunderbird-pref-nul': 'a value for Thunderbird contains a NUL character, which it cannot store',
    'thunderbird-pref-integer': '{{value}} is not a Thunderbird integer',
    'thunderbird-policy-boolean': '{{name}} = {{value}} cannot be written as a Thunderbird policy',
    'token-needs-tls': 'a token is never sent without TLS',
    'token-no-mechanism': 'the server offers no token login (AUTH {{offered}})',
    'oauth-not-url': '{{what}} is not a URL: {{url}}',
    'oauth-not-https': '{{what}} must use https: {{url}}',
    'oauth-credentials-in-url': '{{what}} must not contain credentials',
    'oauth-not-json': '{{url}}: the answer is not JSON',
    'oauth-not-json-object': '{{url}}: the answer is not a JSON object',
    'oauth-answer-not-https': '{{url}}: the answer did not come over https',
    'oauth-issuer-query': 'the issuer must have no query or fragment: {{url}}',
    'oauth-issuer-mismatch': '{{url}}: the document names issuer {{claimed}}, not {{issuer}}',
    'oauth-no-endpoints': '{{url}}: no authorization or token endpoint',
    'oauth-no-code-flow': '{{url}}: the server offers no authorization code flow',
    'oauth-no-pkce': '{{url}}: the server does not offer PKCE with S256',
    'oauth-no-metadata': 'no authorization server metadata for {{issuer}} ({{failures}})',
    'oauth-registration-refused': '{{url}}: registration refused: {{error}}',
    'oauth-no-client-id-answer': '{{url}}: the answer has no client_id',
    'oauth-not-host': 'not a host name: {{host}}',
    'oauth-resource-mismatch': '{{url}}: the document is for {{claimed}}, not {{resource}}',
    'oauth-no-authorization-server': '{{url}}: names no authorization server',
    'oauth-not-openid-url': '{{url}} is not an OpenID configuration URL',
    'oauth-config-unreadable': 'cannot read {{path}}: {{error}}',
    'oauth-config-not-json': '{{path}} is not valid JSON',
    'oauth-config-invalid': '{{where}}: {{issue}}',
    'oauth-client-config': 'the client ID settings in {{source}} are not usable: {{problem}}',
    'oauth-no-client-configured': 'no client ID configured (looked in: {{places}})',
    'oauth-no-registration': '{{issuer}} offers no dynamic client registration',
    'oauth-untrusted-file': '{{url}} did not come over verified https',
    'oauth-discovery-failed': 'no sign-in service found: {{failures}}',
    'oauth-provider-error': 'the provider answered {{error}}',
    'oauth-provider-error-described': 'the provider answered {{error}}: {{description}}',
    'oauth-iss-missing': 'the answer lacks the "iss" the server promised',
    'oauth-iss-other': 'the answer names issuer {{iss}}, not {{expected}}',
    'oauth-no-access-token': 'the token answer has no access_token',
    'oauth-not-bearer': 'the token is of type "{{type}}", not Bearer',
    'oauth-browser-failed': 'the browser could not be opened: {{error}}',
    'literal-too-large': 'the server announced {{bytes}} bytes of data where at most {{limit}} are expected',
    'no-imap-login': 'the server accepts neither AUTHENTICATE PLAIN nor LOGIN on this connection',
    'control-in-username':
      'the user name contains a line break or a NUL character, which no mail server can receive: check what was typed or pasted',
    'control-in-password':
      'the password contains a line break or a NUL character, which no mail server can receive: check what was typed or pasted',
    'login-not-repeated':
      'not tried: {{host}} already refused the login as {{username}}, and every further try only brings a lockout of the account closer',
  },
};
