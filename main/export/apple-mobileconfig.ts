import plist, { type PlistObject, type PlistValue } from 'plist';
import { X509Certificate } from 'node:crypto';
import type { Translator } from '../../shared/messages/translator';
import { failWith } from '../errors/mail-setup-error';
import type { FormatContext } from './format-context';
import { usernameFor, type AccountSettings, type ServerSettings } from './account-settings';
import { xmlSafe } from './clean-text';
import { safeFileName, type ExportFile } from './export-file';
import { stableIdentifier, stableUuid } from './stable-ids';

// Apple has one "use SSL" switch for both TLS modes; the device picks implicit TLS or STARTTLS by port.
const useSsl = (s: ServerSettings) => s.security !== 'plain';

// TargetDeviceType: iPhone and iPad. Google and Exchange account payloads exist only there (macOS: "n/a" in Apple's
// device-management schema), so a Mac refuses the profile at once instead of installing half of it.
const IPHONE_IPAD = 1;

interface PayloadContext {
  settings: AccountSettings;
  profileId: string;
  who: string;
  t: Translator;
}

function mailPayload({ settings, profileId, who, t }: PayloadContext): Record<string, PlistValue> {
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

/**
 * A Google account (com.apple.google-oauth): the device signs in with Google itself after installing, as when the
 * person picks "Google" under Add Account. The payload never holds a credential; the address is required.
 */
function googlePayload({ settings, profileId, who, t }: PayloadContext): Record<string, PlistValue> {
  if (!settings.email) throw failWith('EINPUT', { key: 'export:refused.apple-sign-in-domain-wide', params: { provider: 'Google' } });
  return {
    PayloadType: 'com.apple.google-oauth',
    PayloadVersion: 1,
    PayloadIdentifier: `${profileId}.google`,
    PayloadUUID: stableUuid('google', who),
    PayloadDisplayName: settings.email.address,
    AccountDescription: t.t('export:apple.signInAccount', { provider: 'Google', email: settings.email.address }),
    EmailAddress: settings.email.address,
    ...(settings.displayName ? { AccountName: settings.displayName } : {}),
  };
}

/**
 * Microsoft 365 and Outlook.com the way Apple Mail itself adds them: an Exchange ActiveSync account
 * (com.apple.eas.account) that signs in with Microsoft (OAuth, iOS 12 and later), at Exchange Online's ActiveSync
 * host (or the one Autodiscover named). No password: with OAuth the payload must not carry one.
 */
function exchangePayload({ settings, profileId, who, t }: PayloadContext): Record<string, PlistValue> {
  const signIn = settings.signIn!;
  return {
    PayloadType: 'com.apple.eas.account',
    PayloadVersion: 1,
    PayloadIdentifier: `${profileId}.exchange`,
    PayloadUUID: stableUuid('exchange', who),
    PayloadDisplayName: settings.email ? settings.email.address : t.t('export:apple.mailForDomain', { label: settings.label }),
    Host: signIn.activeSyncHost!,
    SSL: true,
    OAuth: true,
    // Without an address and user name (a domain-wide profile) the device asks for them while installing.
    ...(settings.email ? { EmailAddress: settings.email.address, UserName: settings.email.address } : {}),
  };
}

/** A certificate the user chose to trust, installed as a trust anchor so Mail accepts that server. */
function certificatePayload(pem: string, host: string, fingerprint: string, { profileId, who, t }: PayloadContext): PlistObject {
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

/** The account's payload: the mail account, or the provider's own account where the account signs in with it. */
function accountPayload(context: PayloadContext): Record<string, PlistValue> {
  const signIn = context.settings.signIn;
  if (!signIn) return mailPayload(context);
  if (signIn.provider === 'google') return googlePayload(context);
  if (signIn.provider === 'microsoft') return exchangePayload(context);
  // Apple's mail payload has no OAuth; only the apps' own "Add Account" can sign in with other providers.
  throw failWith('EINPUT', { key: 'export:refused.apple-sign-in', params: { provider: signIn.providerName } });
}

/** Every string made holdable by XML (names were cleaned already; this is the writer's own guarantee). */
function safeStrings(value: PlistValue): PlistValue {
  if (typeof value === 'string') return xmlSafe(value);
  if (Array.isArray(value)) return value.map(safeStrings);
  if (value && typeof value === 'object' && !Buffer.isBuffer(value) && !(value instanceof Date))
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, safeStrings(v as PlistValue)]));
  return value;
}

/**
 * An Apple configuration profile (.mobileconfig) for Mail on macOS and iOS: a Configuration with one
 * com.apple.mail.managed payload (or, for accounts that sign in with Google or Microsoft, the provider's own account
 * payload, which only iPhone and iPad install), plus any certificate the person chose to trust. Identifiers and UUIDs
 * derive from the account, so installing a newer profile for the same account replaces the old one instead of adding
 * a second account. Every text a person reads while installing is in the export's language.
 */
export function appleMobileconfig(settings: AccountSettings, { t }: FormatContext): ExportFile {
  const who = settings.email ? settings.email.address : `domain:${settings.domain}`;
  const profileId = stableIdentifier(settings.domain, who);
  const context: PayloadContext = { settings, profileId, who, t };
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
    ...(settings.signIn && settings.signIn.provider !== 'other' ? { TargetDeviceType: IPHONE_IPAD } : {}),
    PayloadContent: [
      accountPayload(context),
      ...settings.trustedCertificates.map((c) => certificatePayload(c.pem, c.host, c.fingerprint256, context)),
    ],
  };
  return {
    name: `${safeFileName(settings.email ? settings.email.address : settings.domain)}.mobileconfig`,
    content: plist.build(safeStrings(content) as PlistObject),
    mime: 'application/x-apple-aspen-config',
    secret: settings.password !== undefined,
  };
}
