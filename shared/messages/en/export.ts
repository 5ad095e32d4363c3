/** Exported files: what each format is, how to open it, notes, and the texts written inside the files. */
export const exportFiles = {
  /** What the file is. */
  label: {
    thunderbird: 'Thunderbird autoconfig file (config-v1.1.xml)',
    'thunderbird-prefs': 'Thunderbird profile settings (user.js)',
    apple: 'Apple Mail profile (.mobileconfig)',
    outlook: 'Outlook Autodiscover answer (autodiscover.xml)',
    'outlook-prf': 'Outlook profile file (.prf)',
    json: 'JSON description (mailsetup-account/1)',
    summary: 'Printable summary (text)',
    'summary-html': 'Printable summary (web page)',
    dns: 'DNS records for the domain (zone file)',
  },
  /** Which app the file is for, as the wizard offers it. */
  app: {
    apple: 'Apple Mail (Mac, iPhone, iPad)',
    'outlook-prf': 'Outlook for Windows (classic)',
    thunderbird: 'Thunderbird',
    summary: 'Printable summary for any other app',
    outlook: 'Outlook Autodiscover answer (for your web server)',
    'thunderbird-prefs': 'Thunderbird profile settings (user.js)',
    json: 'JSON description',
    'summary-html': 'Printable summary (web page)',
    dns: 'DNS records for your domain',
  },
  /** Which apps and editions take the file, and how to open it. */
  guide: {
    thunderbird:
      "Host it at https://autoconfig.<domain>/mail/config-v1.1.xml, or copy it as <domain>.xml into the isp folder of the Thunderbird installation; Thunderbird's account wizard then fills in everything. Thunderbird for Android, Evolution, KMail and Delta Chat read the same format.",
    'thunderbird-prefs':
      'For administrators: put it in the profile folder of a new Thunderbird profile before its first start. Thunderbird asks for the password once.',
    apple:
      'On a Mac: double-click it, then install it in System Settings (macOS 15 and later: General → Device Management; macOS 13 and 14: Privacy & Security → Profiles). On iPhone/iPad: open it from Mail, AirDrop or Files, then Settings → Profile Downloaded → Install.',
    outlook:
      "For the domain's web server: return it to Outlook's POST at https://autodiscover.<domain>/autodiscover/autodiscover.xml. Classic Outlook for Windows (2013–2021, Microsoft 365 Apps) and Outlook for Mac then set up the account from the address alone.",
    'outlook-prf':
      'Classic Outlook for Windows only (2013–2021, Microsoft 365 Apps): run outlook.exe /importprf "<file>". The new Outlook for Windows and Outlook for Mac do not read PRF files: add the account there by hand with the printable summary.',
    json: 'For scripts and other tools; the schema is docs/account-v1.schema.json.',
    summary: 'The settings to type by hand into any other mail app.',
    'summary-html': 'Open in a browser and print; the settings to type by hand into any other mail app.',
    dns: "For the domain's administrator: add these records at the DNS provider so every mail app finds the servers by itself.",
  },
  note: {
    'no-password-place': '{{label}} has no place for a password; it was left out and the mail app will ask for it.',
    oauth2: 'This provider accepts only its own sign-in (OAuth2); a password will not work in the mail app.',
    signed: 'The profile is signed; devices show the signer instead of “Not signed”.',
    secret: 'This file contains the password: treat it like the password itself, and delete it once the account works.',
  },
  /** Texts inside an Apple profile. */
  apple: {
    profileName: 'Mail: {{who}}',
    profileDescription: 'Sets up the mail account {{email}} (made by Mail Setup).',
    profileDescriptionDomain: 'Sets up the mail account for {{label}} (made by Mail Setup).',
    mailForDomain: 'Mail for {{label}}',
    certificate: 'Certificate of {{host}}',
  },
  /** Comment lines inside an Outlook PRF file. */
  prf: {
    title: 'Mail Setup: Outlook profile for {{email}}',
    import: 'Import on Windows with:  outlook.exe /importprf "<this file>"',
    editions: 'For classic Outlook (2013–2021, Microsoft 365 Apps). New Outlook and Outlook for Mac cannot use it.',
    password: 'Outlook asks for the password the first time it connects.',
  },
  /** Comment lines inside a Thunderbird user.js. */
  userJs: {
    title: 'Mail Setup: Thunderbird account for {{email}}.',
    where: 'Copy into the user.js of a new Thunderbird profile before its first start; it sets the account list.',
    password: 'Thunderbird asks for the password on first use and keeps it in its own password manager.',
  },
  /** Comment lines inside a DNS zone file. */
  zone: {
    title: 'DNS records for {{domain}}, made by Mail Setup. Zone file syntax; adjust the TTL to taste.',
    srv: 'Mail clients that read SRV records (RFC 6186, RFC 8314) find these servers on their own.',
    autoconfig: 'Thunderbird looks for https://autoconfig.{{domain}}/mail/config-v1.1.xml (the "thunderbird" export).',
    autodiscover: 'Outlook posts to https://autodiscover.{{domain}}/autodiscover/autodiscover.xml (the "outlook" export).',
    certificate: 'Both names need a valid HTTPS certificate on {{host}}.',
  },
  /** The printable summary. */
  summary: {
    heading: 'Email settings for {{who}}',
    incoming: 'Incoming mail ({{protocol}})',
    outgoing: 'Outgoing mail ({{protocol}})',
    server: 'Server',
    port: 'Port',
    security: 'Security',
    username: 'Username',
    password: 'Password',
    securityMode: { tls: 'SSL/TLS (encrypted from the start)', starttls: 'STARTTLS', plain: 'None (not encrypted)' },
    yourAddress: 'your email address',
    yourLocalPart: 'the part of your address before the @',
    yourPassword: 'your email password',
    oauth2: 'sign in with your provider (OAuth2)',
    ports: 'Common ports',
    protocol: 'Protocol',
    implicitTls: 'SSL/TLS',
    starttlsOrNone: 'STARTTLS or none',
    submission: 'SMTP submission',
  },
  /** Rows of a user list that could not be used. */
  batch: {
    'not-csv': 'the file is not readable as CSV: {{error}}',
    'too-many-rows': 'more than {{max}} rows; split the file',
    'bad-address': '"{{value}}": {{problem}}',
    'listed-twice': '{{email}} is listed twice; the first row is used',
    'no-settings': '{{email}}: no settings for {{domain}} ({{reason}})',
    failed: '{{email}}: {{reason}}',
  },
};
