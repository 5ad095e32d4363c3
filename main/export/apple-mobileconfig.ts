import plist, { type PlistObject, type PlistValue } from 'plist';
import { X509Certificate } from 'node:crypto';
import type { Translator } from '../../shared/messages/translator';
import type { FormatContext } from './format-context';
import { usernameFor, type AccountSettings, type ServerSettings } from './account-settings';
import { safeFileName, type ExportFile } from './export-file';
import { stableIdentifier, stableUuid } from './stable-ids';

// Apple has one "use SSL" switch for both TLS modes; the device picks implicit TLS or STARTTLS by port.
const useSsl = (s: ServerSettings) => s.security !== 'plain';

function mailPayload(settings: AccountSettings, profileId: string, who: string, t: Translator): Record<string, PlistValue> {
  const incoming = settings.incoming.find((s) => s.protocol !== 'smtp')!;
  const outgoing = settings.outgoing[0];
  const incomingUser = usernameFor(settings, incoming);
  const outgoingUser = usernameFor(settings, outgoing);
  const payload: Record<string, PlistValue> = {
    PayloadType: 'com.apple.mail.managed',
    PayloadVersion: 1,
    PayloadIdentifier: `${profileId}.mail`,
    PayloadUUID: stableUuid('mail', who),
    PayloadDisplayName: settings.email ? settings.email.address : t.t('export:apple.mailForDomain', { label: settings.label }),
    EmailAccountType: incoming.protocol === 'imap' ? 'EmailTypeIMAP' : 'EmailTypePOP',
    EmailAccountDescription: settings.email ? `${settings.email.address}` : settings.label,
    IncomingMailServerHostName: incoming.host,
    IncomingMailServerPortNumber: incoming.port,
    IncomingMailServerUseSSL: useSsl(incoming),
    IncomingMailServerAuthentication: 'EmailAuthPassword',
    OutgoingMailServerHostName: outgoing.host,
    OutgoingMailServerPortNumber: outgoing.port,
    OutgoingMailServerUseSSL: useSsl(outgoing),
    OutgoingMailServerAuthentication: 'EmailAuthPassword',
  };
  // A domain-wide profile leaves address and usernames out, so the device asks for them.
  if (settings.email) payload.EmailAddress = settings.email.address;
  if (settings.displayName) payload.EmailAccountName = settings.displayName;
  if (incomingUser) payload.IncomingMailServerUsername = incomingUser;
  if (outgoingUser) payload.OutgoingMailServerUsername = outgoingUser;
  if (settings.password !== undefined) {
    payload.IncomingPassword = settings.password;
    payload.OutgoingPassword = settings.password;
  } else if (incomingUser === outgoingUser) {
    payload.OutgoingPasswordSameAsIncomingPassword = true;
  }
  return payload;
}

/** A certificate the user chose to trust, installed as a trust anchor so Mail accepts that server. */
function certificatePayload(pem: string, host: string, profileId: string, who: string, fingerprint: string, t: Translator): PlistObject {
  const der = new X509Certificate(pem).raw;
  return {
    PayloadType: 'com.apple.security.root',
    PayloadVersion: 1,
    PayloadIdentifier: `${profileId}.cert.${fingerprint.replace(/:/g, '').slice(0, 16).toLowerCase()}`,
    PayloadUUID: stableUuid('cert', who, fingerprint),
    PayloadDisplayName: t.t('export:apple.certificate', { host }),
    PayloadCertificateFileName: `${host}.cer`,
    PayloadContent: der as unknown as PlistValue,
  };
}

/**
 * An Apple configuration profile (.mobileconfig) for Mail on macOS and iOS: a Configuration with one
 * com.apple.mail.managed payload. Identifiers and UUIDs derive from the account, so installing a newer
 * profile for the same account replaces the old one instead of adding a second account.
 */
export function appleMobileconfig(settings: AccountSettings, { t }: FormatContext): ExportFile {
  const who = settings.email ? settings.email.address : `domain:${settings.domain}`;
  const profileId = stableIdentifier(settings.domain, who);
  const content: PlistObject = {
    PayloadType: 'Configuration',
    PayloadVersion: 1,
    PayloadIdentifier: profileId,
    PayloadUUID: stableUuid('profile', who),
    PayloadDisplayName: t.t('export:apple.profileName', { who: settings.email ? settings.email.address : settings.label }),
    PayloadDescription: settings.email
      ? t.t('export:apple.profileDescription', { email: settings.email.address })
      : t.t('export:apple.profileDescriptionDomain', { label: settings.label }),
    PayloadOrganization: settings.label,
    PayloadRemovalDisallowed: false,
    PayloadContent: [
      mailPayload(settings, profileId, who, t),
      ...settings.trustedCertificates.map((c) => certificatePayload(c.pem, c.host, profileId, who, c.fingerprint256, t)),
    ],
  };
  return {
    name: `${safeFileName(settings.email ? settings.email.address : settings.domain)}.mobileconfig`,
    content: plist.build(content),
    mime: 'application/x-apple-aspen-config',
    secret: settings.password !== undefined,
  };
}
