import { strToU8, zipSync } from 'fflate';
import { MailSetupError } from '../errors/error-codes';
import type { AccountSettings } from './account-settings';
import { safeFileName, type ExportFile } from './export-file';
import { thunderbirdAccountPrefs } from './thunderbird-account-prefs';
import { userPrefLine } from './thunderbird-pref-syntax';

// A fixed date inside the ZIP: the same account always gives the same bytes.
const ZIP_DATE = new Date(Date.UTC(2024, 0, 1));

const HOW_TO = (address: string) => `This file adds the mail account ${address} to Thunderbird.

Do not unpack it. In Thunderbird:
  1. Menu (the three lines) > Tools > Import.
  2. Import from a file > Import Backed-up Profile > Continue.
  3. Choose this ZIP file. Keep "Accounts and Settings" ticked > Continue > Start Import.
  4. Thunderbird restarts with the account added; accounts already there stay as they are.
     It asks for the password the first time it fetches mail.
Import it once: each import adds the account again.
`;

/**
 * A Thunderbird profile backup holding just one account, for Thunderbird's own Import (Tools > Import >
 * Import from a file > Import Backed-up Profile). The importer (ThunderbirdProfileImporter) recognises a
 * backup by a prefs.js at the top of the ZIP, reads it with Thunderbird's pref parser, and adds every
 * account in it under new keys next to the accounts the profile already has; no admin rights needed.
 * It never copies passwords (they live in logins.json and key4.db, which it ignores), so this file has
 * no place for one either.
 */
export function thunderbirdImportZip(settings: AccountSettings): ExportFile {
  if (!settings.email) throw new MailSetupError('EINPUT', "a Thunderbird import file holds one person's account; give an email address");
  const { own, lists } = thunderbirdAccountPrefs(settings, { account: 'account1', server: 'server1', identity: 'id1', smtp: 'smtp1' });
  const prefsJs = [
    `// Mail Setup: the Thunderbird account ${settings.email.address}, for Thunderbird's Import.`,
    ...[...lists, ...own].map(userPrefLine),
    '',
  ].join('\n');
  const zip = zipSync(
    {
      'prefs.js': [strToU8(prefsJs), { mtime: ZIP_DATE }],
      'HOW-TO-IMPORT.txt': [strToU8(HOW_TO(settings.email.address)), { mtime: ZIP_DATE }],
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
