import type { Message } from '../../shared/model/message';
import {
  EXPORT_FORMATS,
  formatFor,
  isExportFormat,
  isFormatAlias,
  type ExportFormat,
  type FormatName,
} from '../../shared/model/export-formats';
import { createTranslator } from '../../shared/messages/translator';
import { failWith, reason } from '../errors/mail-setup-error';
import type { AccountSettings } from './account-settings';
import type { ExportFile, ExportNote } from './export-file';
import { loginIsAddress } from './outlook-autodiscover';
import { trustedCertificateNote } from './trusted-certificate-note';
import type { BuildOptions, FormatContext, SigningIdentity } from './format-context';
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

export {
  EXPORT_FORMATS,
  isExportFormat,
  type ExportFormat,
  type FormatName,
  type BuildOptions,
  type FormatContext,
  type SigningIdentity,
  type ExportNote,
};

/** What a format is for; its name and its guide are in the catalog ("export:label.<format>", "export:guide.<format>"). */
export interface FormatInfo {
  /** False: the format sets up one person only. */
  domainWide: boolean;
  /** Whether the format has a place for the password at all. */
  carriesPassword: boolean;
  build(settings: AccountSettings, options: FormatContext): ExportFile;
}

export const FORMAT_INFO: Record<ExportFormat, FormatInfo> = {
  thunderbird: { domainWide: true, carriesPassword: true, build: thunderbirdAutoconfig },
  'thunderbird-isp': { domainWide: true, carriesPassword: false, build: thunderbirdIspFile },
  'thunderbird-import': { domainWide: false, carriesPassword: false, build: thunderbirdImportZip },
  'thunderbird-policies': { domainWide: false, carriesPassword: false, build: thunderbirdPolicies },
  apple: { domainWide: true, carriesPassword: true, build: appleMobileconfig },
  outlook: { domainWide: true, carriesPassword: false, build: outlookAutodiscover },
  'outlook-prf': { domainWide: false, carriesPassword: false, build: outlookPrf },
  json: { domainWide: true, carriesPassword: true, build: jsonDescription },
  summary: { domainWide: true, carriesPassword: true, build: printableText },
  'summary-html': { domainWide: true, carriesPassword: true, build: printableHtml },
  dns: { domainWide: true, carriesPassword: false, build: (settings, options) => dnsRecords(settings, options) },
};

export interface BuiltExport {
  file: ExportFile;
  /** Things the person should know about this file (a secret inside, a password left out, OAuth2). */
  notes: ExportNote[];
}

/** The app a format is opened in, for "when <app> warns about the certificate". */
const APP_OF: Partial<Record<ExportFormat, 'Thunderbird' | 'Outlook'>> = {
  thunderbird: 'Thunderbird',
  'thunderbird-isp': 'Thunderbird',
  'thunderbird-import': 'Thunderbird',
  outlook: 'Outlook',
  'outlook-prf': 'Outlook',
};

/** What the person should know about a format for these settings, besides what the format itself said. */
function formatNotes(settings: AccountSettings, format: ExportFormat, signed: boolean): ExportNote[] {
  const note = (message: Message): ExportNote => ({ message, warning: false });
  const notes: ExportNote[] = [];
  const app = APP_OF[format];
  if (app) notes.push(...settings.trustedCertificates.map((c) => note(trustedCertificateNote(c, app))));
  if (format === 'apple') {
    const signIn = settings.signIn;
    if (signIn && signIn.provider !== 'other') notes.push(note({ key: `export:note.apple-ios-only-${signIn.provider}` }));
    if (settings.trustedCertificates.length > 0) notes.push(note({ key: 'export:note.apple-certificate' }));
    if (!signed) notes.push(note({ key: 'export:note.unsigned' }));
  }
  if (format === 'outlook') {
    if (settings.email) notes.push(note({ key: 'export:note.autodiscover-personal' }));
    if (!loginIsAddress(settings)) notes.push(note({ key: 'export:note.autodiscover-login' }));
  }
  return notes;
}

/**
 * Builds one format (an old name builds the format that replaced it, and says so); the password goes only
 * into formats that have a place for it.
 */
export async function buildExport(settings: AccountSettings, name: FormatName, options: BuildOptions = {}): Promise<BuiltExport> {
  const { signing } = options;
  const format = formatFor(name);
  const info = FORMAT_INFO[format];
  const label: Message = { key: `export:label.${format}` };
  const notes: ExportNote[] = [];
  if (!info.domainWide && !settings.email) throw failWith('EINPUT', reason('one-person-format', { format: label }));
  if (signing && format !== 'apple') throw failWith('EINPUT', reason('sign-apple-only'));
  let input = settings;
  if (settings.password !== undefined && !info.carriesPassword) {
    input = { ...settings, password: undefined };
    notes.push({ message: { key: 'export:note.no-password-place', params: { label } }, warning: false });
  }
  if (isFormatAlias(name)) notes.push({ message: { key: 'export:note.renamed', params: { name, label } }, warning: false });
  if (settings.signIn)
    notes.push({ message: { key: 'export:note.oauth2', params: { provider: settings.signIn.providerName } }, warning: false });
  if (settings.nameCleaned) notes.push({ message: { key: 'export:note.name-cleaned' }, warning: false });
  let file = info.build(input, { ...options, t: createTranslator(options.language) });
  notes.push(...(file.notes ?? []), ...formatNotes(settings, format, signing !== undefined));
  if (signing) {
    file = { ...file, content: await signProfile(Buffer.from(file.content), signing.certPem, signing.keyPem, signing.chainPem) };
    notes.push({ message: { key: 'export:note.signed' }, warning: false });
  }
  if (file.secret) notes.push({ message: { key: 'export:note.secret' }, warning: true });
  return { file, notes };
}
