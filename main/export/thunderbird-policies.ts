import { createHash } from 'node:crypto';
import { failWith, reason } from '../errors/mail-setup-error';
import type { AccountSettings } from './account-settings';
import { safeFileName, type ExportFile, type ExportNote } from './export-file';
import { trustedCertificateNote } from './trusted-certificate-note';
import { thunderbirdAccountPrefs, type AccountKeys } from './thunderbird-account-prefs';
import type { Pref } from './thunderbird-pref-syntax';

/**
 * Keys no Thunderbird ever generates (it counts account1, server1, id1, smtp1 up), so the account's default
 * prefs never leak into an account the person adds later under a recycled key. They derive from the address:
 * a newer policies.json for the same person updates the same account instead of adding another.
 */
function policyKeys(address: string): AccountKeys {
  const tag = createHash('sha256').update(address).digest('hex').slice(0, 10);
  return { account: `account_ms_${tag}`, server: `server_ms_${tag}`, identity: `id_ms_${tag}`, smtp: `smtp_ms_${tag}` };
}

/**
 * The Preferences policy turns a 0 or a 1 into a boolean unless the pref is already an integer, which a
 * new account's prefs are not. The only such values are socketType and try_ssl 0 (no encryption), which
 * are also Thunderbird's defaults (mail.server.default.socketType, mail.smtpserver.default.try_ssl), so
 * they are left out; anything else would be a bug here, caught before a broken file is written.
 */
function withoutBooleanTrap(prefs: Pref[]): Pref[] {
  return prefs.filter((p) => {
    if (p.value !== 0 && p.value !== 1) return true;
    if (p.value === 0 && /\.(socketType|try_ssl)$/.test(p.name)) return false;
    throw failWith('EINPUT', reason('thunderbird-policy-boolean', { name: p.name, value: p.value }));
  });
}

/**
 * Thunderbird enterprise policies (policies.json) that pre-configure one person's account: the Preferences
 * policy with Status "default" puts the account's prefs on Thunderbird's default branch, which is applied
 * again at every start but never overrides what the profile itself saved. So a profile that has no mail
 * account yet starts with this one, and accounts the person adds later (saved in prefs.js) survive every
 * restart — unlike user.js, whose values replace the saved ones at every start.
 */
export function thunderbirdPolicies(settings: AccountSettings): ExportFile {
  if (!settings.email) throw failWith('EINPUT', reason('one-person-format', { format: { key: 'export:label.thunderbird-policies' } }));
  const { own, lists } = thunderbirdAccountPrefs(settings, policyKeys(settings.email.address));
  const preferences: Record<string, { Value: string | number | boolean; Status: 'default' }> = {};
  for (const pref of withoutBooleanTrap([...lists, ...own])) preferences[pref.name] = { Value: pref.value, Status: 'default' };
  const { install, companions, notes } = certificates(settings);
  const policies = { Preferences: preferences, ...(install.length > 0 ? { Certificates: { Install: install } } : {}) };
  return {
    // Thunderbird reads exactly this name, so the file is saved under it and needs no renaming.
    name: 'policies.json',
    content: `${JSON.stringify({ policies }, null, 2)}\n`,
    mime: 'application/json',
    secret: false,
    ...(companions.length > 0 ? { companions } : {}),
    notes,
  };
}

/**
 * Certificates the person chose to trust. A self-signed server certificate can be its own authority: the Certificates
 * policy installs it as one, and Thunderbird then accepts that server like any other. Not when the certificate also
 * calls itself an authority (CA:TRUE, what `openssl req -x509` makes by default): Thunderbird refuses an authority's
 * certificate on a server (MOZILLA_PKIX_ERROR_CA_CERT_USED_AS_END_ENTITY) whatever its trust, so that one, like one
 * made for another host name, is explained instead: Thunderbird's own security exception accepts it. The policy names the file only; Thunderbird looks
 * for it in the "certificates" folder of the installation's distribution folder (and, on Linux, /usr/lib/mozilla/
 * certificates; on macOS /Library/Application Support/Mozilla/Certificates; on Windows %AppData%\Mozilla\
 * Certificates), so it travels as a file next to policies.json.
 */
function certificates(settings: AccountSettings): { install: string[]; companions: ExportFile[]; notes: ExportNote[] } {
  const install: string[] = [];
  const companions: ExportFile[] = [];
  const notes: ExportNote[] = [];
  for (const c of settings.trustedCertificates) {
    if (c.selfSigned && !c.authority) {
      const name = certificateFileName(c.host);
      install.push(name);
      companions.push({ name, content: c.pem.endsWith('\n') ? c.pem : `${c.pem}\n`, mime: 'application/x-pem-file', secret: false });
      notes.push({ message: { key: 'export:note.policies-certificate', params: { host: c.host, file: name } }, warning: false });
    } else {
      notes.push({ message: trustedCertificateNote(c, 'Thunderbird'), warning: false });
    }
  }
  return { install, companions, notes };
}

/** The certificate file a policy installs: named for its host, the same for every user of the domain. */
export function certificateFileName(host: string): string {
  return `mailsetup-${safeFileName(host)}.pem`;
}
