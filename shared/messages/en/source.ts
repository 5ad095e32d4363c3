/** The places discovery asks, what they told us on the side, and what providers need from the user. */
export const source = {
  /** Every source kind, as the wizard lists it. */
  name: {
    provider: 'List of known providers',
    srv: "Your domain's DNS records",
    autoconfig: "Your domain's settings file",
    ispdb: "Thunderbird's provider database",
    autodiscover: 'Outlook Autodiscover',
    microsoft365: 'Microsoft 365 and Exchange',
    mx: "Your domain's mail exchanger",
    guess: 'Common server names',
    user: 'Typed in by you',
    'autoconfig-http': 'Settings file over an insecure connection',
  },
  /** What a provider needs instead of the normal password: a clause after the provider's name. */
  note: {
    'app-password': "needs an app password: create one in your account's security settings and use it here instead of your normal password",
    'authorization-code':
      'needs an authorization code (授权码) instead of your password: turn on IMAP/SMTP in the web mail settings and generate one',
    'oauth2-only': 'does not accept passwords from mail apps at all; use an app that signs in with your provider (OAuth2)',
    'enable-imap': 'needs IMAP/POP access switched on in the web mail settings first',
    'bridge-required': 'works in mail apps only through its bridge app',
  },
  /** Advice about one provider of the built-in table, by its id. */
  provider: {
    gmail:
      'Google accepts your normal password only through its own sign-in (OAuth2). With 2-Step Verification on, create an app password and use it here.',
    outlook: 'Microsoft turned off password logins for Outlook.com: mail apps must sign in through Microsoft (OAuth2).',
    microsoft365: 'Exchange Online allows IMAP and POP only with Microsoft sign-in (OAuth2), and only if your administrator enabled them.',
    yahoo: 'Yahoo needs an app password for mail apps; your normal password will be refused.',
    icloud: 'iCloud needs an app-specific password, created on your Apple Account page. iCloud offers no POP3.',
    aol: 'AOL needs an app password for mail apps.',
    gmx: 'Turn on “POP3/IMAP access” in the GMX web mail settings first.',
    'gmx-com': 'Turn on “POP3/IMAP access” in the GMX web mail settings first.',
    webde: 'Turn on “POP3/IMAP Abruf” in the WEB.DE settings first.',
    yandex: 'Yandex needs an app password, and mail-app access switched on in its settings.',
    mailru: 'Mail.ru needs a password for external applications, created in its security settings.',
    qq: 'QQ Mail needs an authorization code (授权码) instead of your QQ password: turn on IMAP/SMTP in the settings and generate one.',
    exmail: 'If secure login is on, generate a client-specific password in the Exmail settings.',
    netease163: '163 Mail needs a client authorization code (客户端授权密码): turn on IMAP/SMTP in the settings and create one.',
    netease126: '126 Mail needs a client authorization code (客户端授权密码): turn on IMAP/SMTP in the settings and create one.',
    yeah: 'yeah.net needs a client authorization code (客户端授权密码).',
    sina: 'Turn on IMAP/SMTP in the Sina Mail settings; it may ask for an authorization code.',
    china139: '139 Mail needs an authorization code for mail apps.',
    fastmail: 'Fastmail needs an app password for mail apps.',
    zoho: 'Turn on IMAP access in the Zoho Mail settings; with two-factor sign-in, use an application-specific password.',
    'zoho-eu': 'Turn on IMAP access in the Zoho Mail settings; with two-factor sign-in, use an application-specific password.',
    proton:
      'Proton Mail works in other mail apps only through the Proton Mail Bridge app, which runs on your own computer and shows the settings to use.',
  },
  /** Problems and facts a source reports on the side. */
  warning: {
    'dns-failed': '{{name}}: {{reason}}',
    'not-offered': '{{name}}: the domain says this service is not offered (target ".")',
    'no-settings-file': '{{url}}: no settings file',
    'no-autodiscover': '{{url}}: no Autodiscover answer',
    'lookup-failed': '{{url}}: {{reason}}',
    'entry-skipped': '{{url}}: {{reason}}',
    'plain-http': '{{url}}: settings came over unencrypted HTTP; the password goes to these servers only with your OK',
    'autodiscover-redirect': '{{url}}: Autodiscover points to another address ({{address}}); not followed',
    'source-failed': '{{source}}: {{reason}}',
    'ispdb-not-asked': '{{domain}} is in the built-in provider table; the ISPDB was not asked',
    'snapshot-unusable': 'the bundled ISPDB snapshot could not be used ({{error}}); the live ISPDB was asked instead',
  },
  /**
   * A domain the app already knows (provider table, then bundled ISPDB snapshot) is answered from that data
   * before anything is asked about it; what happened to the other sources. `sources` names them as --sources does.
   */
  known: {
    origin: { table: 'the built-in provider table', snapshot: 'the bundled ISPDB snapshot' },
    answered:
      '{{domain}} is known from {{origin}} ({{name}}) and its servers answered, so nothing was asked about {{domain}} (not asked: {{sources}})',
    unanswered: '{{domain}} is known from {{origin}} ({{name}}), but its servers did not answer; asking the other sources ({{sources}})',
    stopped: '{{domain}} is known from {{origin}} ({{name}}); the run stopped before the other sources ({{sources}}) were asked',
  },
  /** Why an entry of a settings file was left out. */
  skipped: {
    'not-mail': 'server of type "{{type}}" is not IMAP, POP3 or SMTP',
    'invalid-autoconfig': '{{protocol}} entry with an invalid host, port or socketType',
    'invalid-autodiscover': '{{type}} entry with an invalid server or port',
  },
};
