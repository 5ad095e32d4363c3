import type { AccountSettings } from './account-settings';
import { usernameFor } from './account-settings';
import { safeFileName, type ExportFile } from './export-file';

export const ACCOUNT_SCHEMA = 'mailsetup-account/1';

/** Our own plain description of the account (docs/account-v1.schema.json), for scripts and other tools. */
export function jsonDescription(settings: AccountSettings): ExportFile {
  const server = (s: AccountSettings['incoming'][number]) => ({ ...s, username: usernameFor(settings, s) ?? s.username });
  const body = {
    schema: ACCOUNT_SCHEMA,
    ...(settings.email ? { email: settings.email.address } : {}),
    domain: settings.domain,
    ...(settings.displayName ? { displayName: settings.displayName } : {}),
    label: settings.label,
    incoming: settings.incoming.map(server),
    outgoing: settings.outgoing.map(server),
    trustedCertificates: settings.trustedCertificates.map((c) => ({
      host: c.host,
      ports: c.ports,
      fingerprint256: c.fingerprint256,
      selfSigned: c.selfSigned,
      pem: c.pem,
    })),
    ...(settings.password !== undefined ? { password: settings.password } : {}),
    ...(settings.signIn ? { signIn: { provider: settings.signIn.provider, providerName: settings.signIn.providerName } } : {}),
    generator: 'Mail Setup',
  };
  const base = settings.email ? settings.email.address : settings.domain;
  return {
    name: `${safeFileName(base)}.json`,
    content: `${JSON.stringify(body, null, 2)}\n`,
    mime: 'application/json',
    secret: settings.password !== undefined,
  };
}
