import { MailSetupError } from '../errors/error-codes';
import type { AccountSettings } from './account-settings';
import type { ExportFile } from './export-file';
import { thunderbirdAutoconfig } from './thunderbird-autoconfig';
import { thunderbirdIspFile } from './thunderbird-isp-file';
import { thunderbirdImportZip } from './thunderbird-import-zip';
import { thunderbirdPolicies } from './thunderbird-policies';
import { appleMobileconfig } from './apple-mobileconfig';
import { outlookAutodiscover } from './outlook-autodiscover';
import { outlookPrf } from './outlook-prf';
import { jsonDescription } from './json-description';
import { printableHtml, printableText } from './printable-summary';
import { dnsRecords } from './dns-records';
import { signProfile } from './sign-profile';

export const EXPORT_FORMATS = [
  'thunderbird',
  'thunderbird-isp',
  'thunderbird-import',
  'thunderbird-policies',
  'apple',
  'outlook',
  'outlook-prf',
  'json',
  'summary',
  'summary-html',
  'dns',
] as const;
/** Names that still work for formats that were replaced: thunderbird-prefs wrote a user.js. */
export const FORMAT_ALIASES = { 'thunderbird-prefs': 'thunderbird-policies' } as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number] | keyof typeof FORMAT_ALIASES;

export interface FormatInfo {
  label: string;
  /** Which clients and editions take the file, and how to open it. */
  howToOpen: string;
  /** False: the format sets up one person only. */
  domainWide: boolean;
  /** Whether the format has a place for the password at all. */
  carriesPassword: boolean;
  build(settings: AccountSettings, options: BuildOptions): ExportFile;
}

export interface BuildOptions {
  signing?: SigningIdentity;
  /** The web server that hosts autoconfig and Autodiscover files (DNS records). */
  webHost?: string;
}

const THUNDERBIRD_POLICIES: FormatInfo = {
  label: 'Thunderbird enterprise policy (policies.json)',
  howToOpen:
    'For administrators: save it as policies.json in /etc/thunderbird/policies/ (Linux) or in the distribution folder of the Thunderbird installation (Windows: C:\\Program Files\\Mozilla Thunderbird\\distribution; macOS: Thunderbird.app/Contents/Resources/distribution), merged by hand with a policies.json already there. Every Thunderbird profile on that computer that has no mail account yet starts with this account, and accounts added later stay. Profiles that already have accounts are left alone: import the .zip there. Leave the file in place: the account settings come from it. Thunderbird asks for the password on first use.',
  domainWide: false,
  carriesPassword: false,
  build: thunderbirdPolicies,
};

export const FORMAT_INFO: Record<ExportFormat, FormatInfo> = {
  thunderbird: {
    label: 'Thunderbird autoconfig file for the web server (config-v1.1.xml)',
    howToOpen:
      "For the domain's web server: publish it at https://autoconfig.<domain>/mail/config-v1.1.xml (or https://<domain>/.well-known/autoconfig/mail/config-v1.1.xml). Thunderbird's account setup then fills in everything from the address alone, and so do the apps that read the same format (K-9/Thunderbird for Android, Evolution, KMail, Delta Chat).",
    domainWide: true,
    carriesPassword: true,
    build: thunderbirdAutoconfig,
  },
  'thunderbird-isp': {
    label: "Thunderbird autoconfig file for the installation's isp folder (<domain>.xml)",
    howToOpen:
      "For administrators: copy it unchanged into the isp folder of the Thunderbird installation (Windows: C:\\Program Files\\Mozilla Thunderbird\\isp; Linux: next to the thunderbird program, e.g. /usr/lib/thunderbird/isp; macOS: Thunderbird.app/Contents/Resources/isp, which each update replaces). Thunderbird's account setup then fills in everything for every address of the domain, with no network lookup.",
    domainWide: true,
    carriesPassword: false,
    build: thunderbirdIspFile,
  },
  'thunderbird-import': {
    label: 'Thunderbird import file (.zip)',
    howToOpen:
      'In Thunderbird: menu ≡ → Tools → Import → Import from a file → Import Backed-up Profile → Continue; choose this file, keep "Accounts and Settings" ticked → Continue → Start Import. Thunderbird restarts with the account added next to the accounts already there, and asks for the password on first use. Import it once only; no admin rights needed.',
    domainWide: false,
    carriesPassword: false,
    build: thunderbirdImportZip,
  },
  'thunderbird-policies': THUNDERBIRD_POLICIES,
  'thunderbird-prefs': THUNDERBIRD_POLICIES,
  apple: {
    label: 'Apple Mail profile (.mobileconfig)',
    howToOpen:
      'On a Mac: double-click it, then approve it in System Settings → Privacy & Security → Profiles (macOS 13+: General → Device Management). On iPhone/iPad: open it from Mail, AirDrop or Files, then Settings → Profile Downloaded → Install.',
    domainWide: true,
    carriesPassword: true,
    build: appleMobileconfig,
  },
  outlook: {
    label: 'Outlook Autodiscover answer (autodiscover.xml)',
    howToOpen:
      "For the domain's web server: return it to Outlook's POST at https://autodiscover.<domain>/autodiscover/autodiscover.xml. Classic Outlook for Windows (2013-2021, Microsoft 365 Apps) and Outlook for Mac then set up the account from the address alone.",
    domainWide: true,
    carriesPassword: false,
    build: outlookAutodiscover,
  },
  'outlook-prf': {
    label: 'Outlook profile file (.prf)',
    howToOpen:
      'Classic Outlook for Windows only (2013-2021, Microsoft 365 Apps): run outlook.exe /importprf "<file>". The new Outlook for Windows and Outlook for Mac do not read PRF files: add the account there by hand with the printable summary.',
    domainWide: false,
    carriesPassword: false,
    build: outlookPrf,
  },
  json: {
    label: 'JSON description (mailsetup-account/1)',
    howToOpen: 'For scripts and other tools; the schema is docs/account-v1.schema.json.',
    domainWide: true,
    carriesPassword: true,
    build: jsonDescription,
  },
  summary: {
    label: 'Printable summary (text)',
    howToOpen: 'The settings to type by hand into any other mail app.',
    domainWide: true,
    carriesPassword: true,
    build: printableText,
  },
  'summary-html': {
    label: 'Printable summary (web page)',
    howToOpen: 'Open in a browser and print; the settings to type by hand into any other mail app.',
    domainWide: true,
    carriesPassword: true,
    build: printableHtml,
  },
  dns: {
    label: 'DNS records for the domain (zone file)',
    howToOpen: "For the domain's administrator: add these records at the DNS provider so every mail app finds the servers by itself.",
    domainWide: true,
    carriesPassword: false,
    build: (settings, options) => dnsRecords(settings, options.webHost),
  },
};

export function isExportFormat(value: string): value is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(value) || Object.hasOwn(FORMAT_ALIASES, value);
}

export interface SigningIdentity {
  certPem: string;
  keyPem: string;
  chainPem?: string;
}

export interface BuiltExport {
  file: ExportFile;
  /** Things the person should know about this file (a secret inside, a password left out, OAuth2). */
  notes: string[];
}

/** Builds one format; the password goes only into formats that have a place for it. */
export async function buildExport(settings: AccountSettings, format: ExportFormat, options: BuildOptions = {}): Promise<BuiltExport> {
  const { signing } = options;
  const info = FORMAT_INFO[format];
  const notes: string[] = [];
  if (!info.domainWide && !settings.email) throw new MailSetupError('EINPUT', `${info.label} sets up one person; give an email address`);
  let input = settings;
  if (settings.password !== undefined && !info.carriesPassword) {
    input = { ...settings, password: undefined };
    notes.push(`${info.label} has no place for a password; it was left out and the mail app will ask for it.`);
  }
  if (Object.hasOwn(FORMAT_ALIASES, format))
    notes.push(`"${format}" now writes ${info.label}: the user.js it wrote before was applied again at every start of Thunderbird.`);
  if (settings.incoming[0].authentication === 'oauth2')
    notes.push('This provider accepts only its own sign-in (OAuth2); a password will not work in the mail app.');
  let file = info.build(input, options);
  if (signing) {
    if (format !== 'apple') throw new MailSetupError('EINPUT', 'only Apple profiles can be signed');
    file = { ...file, content: await signProfile(Buffer.from(file.content), signing.certPem, signing.keyPem, signing.chainPem) };
    notes.push('The profile is signed; devices show the signer instead of "Not signed".');
  }
  if (file.secret) notes.push('This file contains the password: treat it like the password itself, and delete it once the account works.');
  return { file, notes };
}
