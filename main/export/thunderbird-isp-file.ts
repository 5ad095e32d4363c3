import type { AccountSettings } from './account-settings';
import type { ExportFile } from './export-file';
import type { FormatContext } from './format-context';
import { thunderbirdAutoconfig } from './thunderbird-autoconfig';

/**
 * The same clientConfig as config-v1.1.xml, named the way Thunderbird looks it up in the isp folder of its
 * installation: <domain>.xml, the address's domain in lower-case ASCII (FetchConfig's fromDisk lookup).
 * Copied there unchanged, it lets Thunderbird's account setup fill in every address of the domain without
 * any network lookup. The folder is shared by everyone on the machine, so it never holds a password.
 */
export function thunderbirdIspFile(settings: AccountSettings, context: FormatContext): ExportFile {
  return { ...thunderbirdAutoconfig({ ...settings, password: undefined }, context), name: `${settings.domain}.xml`, secret: false };
}
