import { strToU8, zipSync } from 'fflate';
import { failWith, reason } from '../errors/mail-setup-error';
import type { AccountSettings } from './account-settings';
import { safeFileName, type ExportFile } from './export-file';
import type { FormatContext } from './format-context';
import { thunderbirdAccountPrefs } from './thunderbird-account-prefs';
import { userPrefLine } from './thunderbird-pref-syntax';
import { trustedCertificateNote } from './trusted-certificate-note';

// A fixed date inside the ZIP: the same account always gives the same bytes.
const ZIP_DATE = new Date(Date.UTC(2024, 0, 1));

/**
 * HOW-TO-IMPORT.txt: the steps of the import, in the language of the export, with what Thunderbird will ask the
 * first time (the password, or the provider's sign-in page) and what to do when it warns about a certificate the
 * person chose to trust (the importer takes no certificates and no security exceptions along).
 */
function howTo(settings: AccountSettings, address: string, { t }: FormatContext): string {
  const step = (n: number, key: Parameters<typeof t.t>[0]) => `  ${n}. ${t.t(key)}`;
  const firstUse = settings.signIn
    ? t.t('export:importZip.signIn', { provider: settings.signIn.providerName })
    : t.t('export:importZip.password');
  return [
    t.t('export:importZip.intro', { email: address }),
    '',
    t.t('export:importZip.doNotUnpack'),
    step(1, 'export:importZip.step1'),
    step(2, 'export:importZip.step2'),
    step(3, 'export:importZip.step3'),
    step(4, 'export:importZip.step4'),
    `     ${firstUse}`,
    t.t('export:importZip.once'),
    ...settings.trustedCertificates.flatMap((c) => [
      '',
      t.render(trustedCertificateNote(c, 'Thunderbird')),
      `  ${t.t('export:importZip.exception')}`,
    ]),
    '',
  ].join('\n');
}

/**
 * A Thunderbird profile backup holding just one account, for Thunderbird's own Import (Tools > Import >
 * Import from a file > Import Backed-up Profile). The importer (ThunderbirdProfileImporter) recognises a
 * backup by a prefs.js at the top of the ZIP, reads it with Thunderbird's pref parser, and adds every
 * account in it under new keys next to the accounts the profile already has; no admin rights needed.
 * It never copies passwords (they live in logins.json and key4.db, which it ignores), so this file has
 * no place for one either. HOW-TO-IMPORT.txt is written in the export's language.
 */
export function thunderbirdImportZip(settings: AccountSettings, context: FormatContext): ExportFile {
  if (!settings.email) throw failWith('EINPUT', reason('one-person-format', { format: { key: 'export:label.thunderbird-import' } }));
  const { t } = context;
  const { own, lists } = thunderbirdAccountPrefs(settings, { account: 'account1', server: 'server1', identity: 'id1', smtp: 'smtp1' });
  // A comment holds no line break, so an address cannot end it early and start a pref.
  const comment = `// ${t.t('export:importZip.prefsComment', { email: settings.email.address }).replace(/[\r\n\u2028\u2029]+/g, ' ')}`;
  const prefsJs = [comment, ...[...lists, ...own].map(userPrefLine), ''].join('\n');
  const zip = zipSync(
    {
      'prefs.js': [strToU8(prefsJs), { mtime: ZIP_DATE }],
      'HOW-TO-IMPORT.txt': [strToU8(howTo(settings, settings.email.address, context)), { mtime: ZIP_DATE }],
    },
    { level: 6 },
  );
  return {
    name: `${safeFileName(settings.email.address)}-thunderbird.zip`,
    content: Buffer.from(zip),
    mime: 'application/zip',
    secret: false,
  };
}
