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
      'For administrators: save it as policies.json in /etc/thunderbird/policies/ (Linux) or in the distribution folder of the Thunderbird installation (Windows: C:\\Program Files\\Mozilla Thunderbird\\distribution; macOS: Thunderbird.app/Contents/Resources/distribution), merged by hand with a policies.json already there. Every Thunderbird profile on that computer that has no mail account yet starts with this account, and accounts added later stay. Profiles that already have accounts are left alone: import the .zip there. Leave the file in place: the account settings come from it. Thunderbird asks for the password on first use. A .pem certificate saved with it goes into a folder named certificates inside that distribution folder.',
    apple:
      'On a Mac: double-click the file, then open System Settings → General → Device Management (macOS 15 and later; macOS 13 and 14: Privacy & Security → Profiles), double-click the profile, choose Install and enter your Mac password. On iPhone or iPad: open the file from AirDrop, Mail or Files, then Settings → Profile Downloaded (at the top) → Install, enter the passcode, Install. If the profile carries a certificate, also turn it on under Settings → General → About → Certificate Trust Settings. The device calls a profile "Not Verified" or "Unsigned" when no organisation signed it: check that it shows your address, then install.',
    outlook:
      "For the domain's web server (administrators): return it to Outlook's POST at https://autodiscover.<domain>/autodiscover/autodiscover.xml. It holds nothing personal (no login name, no display name) and answers every user of the domain; classic Outlook for Windows (2013–2021, Microsoft 365 Apps) then sets up the account from the address alone.",
    'outlook-prf':
      'Classic Outlook for Windows only (2013–2021, Microsoft 365 Apps). Close Outlook first. Then press Win+R, type outlook.exe /importprf "%USERPROFILE%\\Downloads\\<file>.prf" (the folder where you saved it) and press Enter. Classic Outlook has a File tab at the top left; the new Outlook has none (its settings are behind the gear at the top right) and cannot read PRF files, nor can Outlook for Mac: add the account there with the values of the printable summary.',
    json: 'For scripts and other tools; the schema is docs/account-v1.schema.json.',
    summary: 'The settings to type by hand into any other mail app.',
    'summary-html': 'Open in a browser and print; the settings to type by hand into any other mail app.',
    dns: "For the domain's administrator: add these records at the DNS provider so every mail app finds the servers by itself.",
  },
  /** After saving: how to open the file that was written, with its real path. */
  open: {
    'outlook-prf': 'Close Outlook. Press Win+R, type  outlook.exe /importprf "{{path}}"  and press Enter.',
  },
  note: {
    'no-password-place': '{{label}} has no place for a password; it was left out and the mail app will ask for it.',
    oauth2:
      'This account signs in with {{provider}} (OAuth2): no password works in the mail app. When the app asks, sign in with {{provider}} in the window it opens.',
    'name-cleaned': 'The name held line breaks or other control characters, which no mail app can store; each became a space.',
    unsigned:
      'The profile is not signed: iPhone and iPad show it as “Not Verified”, a Mac as “Unsigned”. That only means no organisation vouches for it; it was made here, for this account. Administrators who hand profiles to many people can sign them with their organisation’s certificate (mailsetup export … --sign-cert cert.pem --sign-key key.pem, and --sign-chain for intermediate certificates); devices then show the organisation’s name, and “Verified” when its certificate comes from an authority they trust.',
    'apple-certificate':
      'The profile also installs the certificate you chose to trust. On iPhone and iPad, turn on full trust for it after installing: Settings → General → About → Certificate Trust Settings. On a Mac, installing the profile with your password is enough; if Mail still warns, open Keychain Access, double-click the certificate and set “When using this certificate” to “Always Trust”.',
    'apple-ios-only-google':
      'This profile adds a Google account that signs in with Google: only iPhone and iPad install it. On a Mac, add the account in System Settings → Internet Accounts → Add Account → Google.',
    'apple-ios-only-microsoft':
      'This profile adds a Microsoft Exchange account that signs in with Microsoft: only iPhone and iPad install it. On a Mac, add the account in System Settings → Internet Accounts → Add Account → Microsoft Exchange.',
    'autodiscover-personal':
      'autodiscover.xml answers every user of the domain, so it holds nothing personal: no login name, no display name.',
    'autodiscover-login':
      'The servers expect a login name that is not the full address. A file on a web server cannot give each person their own, so Outlook will use the address; people must change the user name in the account settings (or import the .prf in classic Outlook).',
    'prf-implicit-tls':
      'A PRF file cannot say STARTTLS for the incoming server, so the profile uses {{chosen}} (encrypted from the start, also verified) instead of {{server}}.',
    'policies-certificate':
      'policies.json installs the certificate of {{host}} that you chose to trust, from the file {{file}} saved next to it: put that file into a folder named certificates inside the distribution folder of the Thunderbird installation (on Linux, /usr/lib/mozilla/certificates works too).',
    'trusted-certificate_one':
      '{{host}} (port {{ports}}) uses a certificate you chose to trust in Mail Setup. {{app}} warns about it the first time it connects: accept it permanently only if its SHA-256 fingerprint is {{fingerprint}}.',
    'trusted-certificate_other':
      '{{host}} (ports {{ports}}) uses a certificate you chose to trust in Mail Setup. {{app}} warns about it the first time it connects: accept it permanently only if its SHA-256 fingerprint is {{fingerprint}}.',
    'trusted-certificate-outlook_one':
      '{{host}} (port {{ports}}) uses a certificate you chose to trust in Mail Setup. Outlook warns about it the first time it connects: choose View Certificate → Details and continue only if the thumbprint is {{sha1}} (SHA-256 {{fingerprint}}).',
    'trusted-certificate-outlook_other':
      '{{host}} (ports {{ports}}) uses a certificate you chose to trust in Mail Setup. Outlook warns about it the first time it connects: choose View Certificate → Details and continue only if the thumbprint is {{sha1}} (SHA-256 {{fingerprint}}).',
    renamed: '"{{name}}" now writes {{label}}: the user.js it wrote before was applied again at every start of Thunderbird.',
    signed: 'The profile is signed; devices show the signer instead of “Not signed”.',
    secret: 'This file contains the password: treat it like the password itself, and delete it once the account works.',
  },
  /** Texts inside an Apple profile. */
  /** Why a format cannot be written for this account, and what to do instead. */
  refused: {
    'prf-starttls':
      'a PRF file can say only “SSL” or “no encryption” for the incoming server, and {{server}} offers STARTTLS: the file would send your password unprotected. In classic Outlook, add the account by hand instead (File → Add Account → Advanced options → Let me set up my account manually → IMAP) and choose STARTTLS, with the values of the printable summary.',
    'prf-sign-in':
      'a PRF file sets up password accounts only, and this account signs in with {{provider}}: in Outlook, add it by its address (File → Add Account) and sign in with {{provider}} when asked.',
    'outlook-sign-in':
      'this account signs in with {{provider}}; Outlook finds such accounts by itself from the address, so there is no Autodiscover answer to publish.',
    'apple-sign-in':
      'an Apple profile can sign in only with Google or Microsoft, and this account signs in with {{provider}}: add it on the device under Add Account in the Mail settings (on a Mac: System Settings → Internet Accounts).',
    'apple-sign-in-domain-wide': 'a {{provider}} account in an Apple profile needs the person’s address: make one profile per person.',
    'login-control': 'the login name holds a line break or another control character, which no mail app can store',
    'bad-host': '“{{host}}” is not a host name a settings file may hold',
    'bad-port': '{{port}} is not a port number',
  },
  apple: {
    signInAccount: '{{provider}}: {{email}}',
    profileName: 'Mail: {{who}}',
    profileDescription: 'Sets up the mail account {{email}} (made by Mail Setup).',
    profileDescriptionDomain: 'Sets up the mail account for {{label}} (made by Mail Setup).',
    mailForDomain: 'Mail for {{label}}',
    certificate: 'Certificate of {{host}}',
  },
  /** Comment lines inside an Outlook PRF file. */
  prf: {
    title: 'Mail Setup: Outlook profile for {{email}}',
    close: 'Close Outlook first: it reads this file only when it starts.',
    import:
      'Then press Win+R, type  outlook.exe /importprf "%USERPROFILE%\\Downloads\\{{file}}"  (the folder where you saved this file) and press Enter.',
    editions: 'For classic Outlook (2013–2021, Microsoft 365 Apps). New Outlook and Outlook for Mac cannot use it.',
    password: 'Outlook asks for the password the first time it connects.',
    certificate_one:
      '{{host}} (port {{ports}}) uses a certificate you chose to trust: Outlook warns about it when it first connects; accept only this certificate:',
    certificate_other:
      '{{host}} (ports {{ports}}) uses a certificate you chose to trust: Outlook warns about it when it first connects; accept only this certificate:',
    thumbprint: 'SHA-1 thumbprint (in Outlook: View Certificate → Details) {{sha1}}; SHA-256 {{sha256}}',
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
    signIn: 'The first time it fetches mail, it opens the sign-in page of {{provider}}: sign in there (the file holds no password).',
    exception:
      'Thunderbird then shows “Add Security Exception”: choose View, compare the SHA-256 fingerprint, and only if it matches tick “Permanently store this exception” and choose “Confirm Security Exception”.',
    once: 'Import it once: each import adds the account again.',
  },
  /** Comment lines inside a DNS zone file. */
  zone: {
    title: 'DNS records for {{domain}}, made by Mail Setup. Zone file syntax; adjust the TTL to taste.',
    srv: 'Mail clients that read SRV records (RFC 6186, RFC 8314) find these servers on their own.',
    autoconfig: 'Thunderbird looks for https://autoconfig.{{domain}}/mail/config-v1.1.xml (the "thunderbird" export).',
    autodiscover: 'Outlook posts to https://autodiscover.{{domain}}/autodiscover/autodiscover.xml (the "outlook" export).',
    certificate: 'Both names need a valid HTTPS certificate on {{host}}.',
    notOfferedDomain: 'Not offered: the domain’s own DNS says so today.',
    notOfferedProbed: 'Not offered: the mail servers were asked and have nothing there.',
    notChecked: '{{name}}: not checked by Mail Setup; add a record here if the domain offers this service.',
  },
  /** The printable summary. */
  summary: {
    heading: 'Email settings for {{who}}',
    name: 'Name',
    address: 'Email address',
    authentication: 'Authentication',
    authMode: { password: 'Normal password', oauth2: 'OAuth2 (sign in with the provider)' },
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
    signIn: 'sign in with {{provider}} in your mail app',
    signInNote:
      'No password: this account signs in with {{provider}}. Your mail app opens the sign-in page of {{provider}} when you add the account.',
    certificate_one:
      '{{host}} (port {{ports}}) uses a certificate you chose to trust. When your mail app warns about it, accept it only if its SHA-256 fingerprint is {{fingerprint}}.',
    certificate_other:
      '{{host}} (ports {{ports}}) uses a certificate you chose to trust. When your mail app warns about it, accept it only if its SHA-256 fingerprint is {{fingerprint}}.',
    ports: 'Common ports',
    protocol: 'Protocol',
    implicitTls: 'SSL/TLS',
    starttlsOrNone: 'STARTTLS or none',
    submission: 'SMTP submission',
  },
  /** The "type these values" card: the steps to the screen where the values go, per app that reads no file. */
  manual: {
    manual: {
      'new-outlook': {
        1: 'In the new Outlook: Settings (the gear at the top right) → Accounts → Email accounts → Add account.',
        2: 'Type your email address and choose Continue; when Outlook asks what kind of account it is, choose the one named under “Incoming mail” below (IMAP or POP).',
        3: 'Open “Show more” (the advanced settings), type the values below, and choose Continue.',
      },
      'outlook-mac': {
        1: 'In Outlook for Mac: Outlook menu → Settings → Accounts → + (bottom left) → New Account.',
        2: 'Type your email address and choose Continue; when Outlook asks for the provider, choose IMAP/POP.',
        3: 'Type the values below and choose Add Account.',
      },
      other: {
        1: 'In your mail app, add an account by hand (IMAP or POP, often under “advanced settings”) and type the values below.',
      },
    },
    signIn: {
      'new-outlook': {
        1: 'In the new Outlook: Settings (the gear at the top right) → Accounts → Email accounts → Add account.',
        2: 'Type your email address and choose Continue.',
        3: 'Sign in with {{provider}} in the window that opens; there are no server settings to type.',
      },
      'outlook-mac': {
        1: 'In Outlook for Mac: Outlook menu → Settings → Accounts → + (bottom left) → New Account.',
        2: 'Type your email address and choose Continue.',
        3: 'Sign in with {{provider}} in the window that opens; there are no server settings to type.',
      },
      other: {
        1: 'In your mail app, add the account with {{provider}} (or by its address) and sign in with {{provider}} when asked; if the app asks for servers, type the values below.',
      },
    },
  },
  /** Rows of a user list that could not be used. */
  batch: {
    'not-csv': 'the file is not readable as CSV: {{error}}',
    'too-many-rows': 'more than {{max}} rows; split the file',
    'bad-address': '"{{value}}": {{problem}}',
    'listed-twice': '{{email}} is listed twice; the first row is used',
    'no-settings': '{{email}}: no settings for {{domain}} ({{reason}})',
    failed: '{{email}}: {{reason}}',
    'format-refused': '{{email}}: no {{format}}: {{reason}}',
  },
};
