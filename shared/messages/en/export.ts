/** Exported files: what each format is, how to open it, notes, and the texts written inside the files. */
export const exportFiles = {
  /** What the file is. */
  label: {
    thunderbird: 'Thunderbird autoconfig file for the web server (config-v1.1.xml)',
    'thunderbird-isp': "Thunderbird autoconfig file for the installation's isp folder (<domain>.xml)",
    'thunderbird-import': 'Thunderbird import file (.zip)',
    'thunderbird-policies': 'Thunderbird enterprise policy (policies.json)',
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
    thunderbird: 'Thunderbird autoconfig file (for your web server)',
    summary: 'Printable summary for any other app',
    outlook: 'Outlook Autodiscover answer (for your web server)',
    'thunderbird-isp': 'Thunderbird autoconfig file (for the isp folder of an installation)',
    'thunderbird-import': 'Thunderbird',
    'thunderbird-policies': 'Thunderbird enterprise policy (policies.json)',
    json: 'JSON description',
    'summary-html': 'Printable summary (web page)',
    dns: 'DNS records for your domain',
  },
  /** Which apps and editions take the file, and how to open it. */
  guide: {
    thunderbird:
      "For the domain's web server: publish it at https://autoconfig.<domain>/mail/config-v1.1.xml (or https://<domain>/.well-known/autoconfig/mail/config-v1.1.xml). Thunderbird's account setup then fills in everything from the address alone, and so do the apps that read the same format (K-9/Thunderbird for Android, Evolution, KMail, Delta Chat).",
    'thunderbird-isp':
      "For administrators: copy it unchanged into the isp folder of the Thunderbird installation (Windows: C:\\Program Files\\Mozilla Thunderbird\\isp; Linux: next to the thunderbird program, e.g. /usr/lib/thunderbird/isp; macOS: Thunderbird.app/Contents/Resources/isp, which each update replaces). Thunderbird's account setup then fills in everything for every address of the domain, with no network lookup.",
    'thunderbird-import':
      'In Thunderbird: menu ≡ → Tools → Import → Import from a file → Import Backed-up Profile → Continue; choose this file, keep "Accounts and Settings" ticked → Continue → Start Import. Thunderbird restarts with the account added next to the accounts already there, and asks for the password on first use. Import it once only; no admin rights needed.',
    'thunderbird-policies':
      'For administrators: save it as policies.json in /etc/thunderbird/policies/ (Linux) or in the distribution folder of the Thunderbird installation (Windows: C:\\Program Files\\Mozilla Thunderbird\\distribution; macOS: Thunderbird.app/Contents/Resources/distribution), merged by hand with a policies.json already there. Every Thunderbird profile on that computer that has no mail account yet starts with this account, and accounts added later stay. Profiles that already have accounts are left alone: import the .zip there. Leave the file in place: the account settings come from it. Thunderbird asks for the password on first use.',
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
    renamed: '"{{name}}" now writes {{label}}: the user.js it wrote before was applied again at every start of Thunderbird.',
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
  /** The Thunderbird import file: the comment in its prefs.js and its HOW-TO-IMPORT.txt, line by line. */
  importZip: {
    prefsComment: "Mail Setup: the Thunderbird account {{email}}, for Thunderbird's Import.",
    intro: 'This file adds the mail account {{email}} to Thunderbird.',
    doNotUnpack: 'Do not unpack it. In Thunderbird:',
    step1: 'Menu (the three lines) > Tools > Import.',
    step2: 'Import from a file > Import Backed-up Profile > Continue.',
    step3: 'Choose this ZIP file. Keep "Accounts and Settings" ticked > Continue > Start Import.',
    step4: 'Thunderbird restarts with the account added; accounts already there stay as they are.',
    password: 'It asks for the password the first time it fetches mail.',
    once: 'Import it once: each import adds the account again.',
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
