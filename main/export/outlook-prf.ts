import { serverName, type Security } from '../../shared/model/server';
import { isValidHostName, isValidPort } from '../../shared/model/valid-endpoint';
import { failWith, reason } from '../errors/mail-setup-error';
import type { FormatContext } from './format-context';
import { usernameFor, type AccountSettings, type ServerSettings } from './account-settings';
import { safeFileName, type ExportFile, type ExportNote } from './export-file';
import { sha1Thumbprint } from './trusted-certificate-note';

// Outlook's encryption constants (account management API): none 0, SSL 1, TLS (STARTTLS) 2, auto 3.
const SECURE_CONNECTION: Record<Security, number> = { plain: 0, tls: 1, starttls: 2 };

// Sections 6 and 7 of every PRF: which MAPI property each account key sets. Fixed by Outlook; POP3 and
// IMAP accounts share the identity and SMTP properties and differ only in the incoming server's keys.
const IDENTITY_MAP = ['AccountName=PT_UNICODE,0x0002', 'DisplayName=PT_UNICODE,0x000B', 'EmailAddress=PT_UNICODE,0x000C'];
const incomingMap = (kind: 'POP3' | 'IMAP') => [
  `${kind}Server=PT_UNICODE,0x0100`,
  `${kind}UserName=PT_UNICODE,0x0101`,
  `${kind}UseSPA=PT_LONG,0x0108`,
  'Organization=PT_UNICODE,0x0107',
  'ReplyEmailAddress=PT_UNICODE,0x0103',
  `${kind}Port=PT_LONG,0x0104`,
  `${kind}UseSSL=PT_LONG,0x0105`,
];
const SMTP_MAP = [
  'SMTPServer=PT_UNICODE,0x0200',
  'SMTPUseAuth=PT_LONG,0x0203',
  'SMTPAuthMethod=PT_LONG,0x0208',
  'SMTPUserName=PT_UNICODE,0x0204',
  'SMTPUseSPA=PT_LONG,0x0207',
  'ConnectionType=PT_LONG,0x000F',
  'ConnectionOID=PT_UNICODE,0x0010',
  'SMTPPort=PT_LONG,0x0201',
  'SMTPSecureConnection=PT_LONG,0x020A',
  'ServerTimeOut=PT_LONG,0x0209',
];
const MAPPINGS = [
  '[Microsoft Outlook Client]',
  'SectionGUID=0a0d020000000000c000000000000046',
  '',
  '[I_Mail]',
  'AccountType=POP3',
  ...IDENTITY_MAP,
  ...incomingMap('POP3'),
  ...SMTP_MAP,
  'LeaveOnServer=PT_LONG,0x1000',
  '',
  '[IMAP_I_Mail]',
  'AccountType=IMAP',
  ...IDENTITY_MAP,
  ...incomingMap('IMAP'),
  ...SMTP_MAP,
  'CheckNewImap=PT_LONG,0x1100',
  'RootFolder=PT_UNICODE,0x1101',
];

/**
 * A PRF value: INI has no escapes, and a line break would end the value and start a key or section of someone
 * else's choosing. Control characters are never right in these values, so each becomes a space; host names and
 * ports are checked instead, since a changed host name would be a different server.
 */
function value(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ');
}

function hostValue(host: string): string {
  if (!isValidHostName(host)) throw failWith('EINPUT', { key: 'export:refused.bad-host', params: { host: value(host) } });
  return host;
}

function portValue(port: number): string {
  if (!isValidPort(port)) throw failWith('EINPUT', { key: 'export:refused.bad-port', params: { port: String(port) } });
  return String(port);
}

/**
 * The incoming server as a PRF can say it. PRF's IMAPUseSSL/POP3UseSSL is documented only as yes (implicit TLS) or no
 * (no encryption at all), so a STARTTLS server is never written: writing "no" would send the password unprotected.
 * A verified implicit-TLS server of the same protocol takes its place; without one, the PRF is refused.
 */
function prfIncoming(settings: AccountSettings): { server: ServerSettings; notes: ExportNote[] } {
  const first = settings.incoming[0];
  if (first.security !== 'starttls') return { server: first, notes: [] };
  const tls = settings.incoming.find((s) => s.protocol === first.protocol && s.security === 'tls');
  const named = serverName(first);
  if (!tls) throw failWith('EINPUT', { key: 'export:refused.prf-starttls', params: { server: named } });
  return {
    server: tls,
    notes: [{ message: { key: 'export:note.prf-implicit-tls', params: { server: named, chosen: serverName(tls) } }, warning: false }],
  };
}

/** Comment lines about a certificate the person chose to trust: Outlook warns about it, and shows its SHA-1 thumbprint. */
function certificateComments(settings: AccountSettings, t: FormatContext['t']): string[] {
  return settings.trustedCertificates.flatMap((c) => [
    `; ${value(t.t('export:prf.certificate', { host: c.host, ports: c.ports.map(String), count: c.ports.length }))}`,
    `; ${value(t.t('export:prf.thumbprint', { sha1: sha1Thumbprint(c.pem), sha256: c.fingerprint256 }))}`,
  ]);
}

/**
 * An Outlook profile file (.prf) that adds the IMAP or POP3 account to a profile, for
 * `outlook.exe /importprf file.prf` on Windows: classic Outlook 2013 to 2021 and Microsoft 365 Apps.
 * The new Outlook for Windows and Outlook for Mac do not read PRF files. Written as UTF-16 with a byte
 * order mark, the Windows INI form that keeps non-Latin names intact. Accounts that sign in with their provider
 * cannot be set up this way (a PRF knows passwords only): Outlook adds them by address.
 */
export function outlookPrf(settings: AccountSettings, { t }: FormatContext): ExportFile {
  if (!settings.email) throw failWith('EINPUT', reason('one-person-format', { format: { key: 'export:label.outlook-prf' } }));
  if (settings.signIn) throw failWith('EINPUT', { key: 'export:refused.prf-sign-in', params: { provider: settings.signIn.providerName } });
  const { server: incoming, notes } = prfIncoming(settings);
  const outgoing = settings.outgoing[0];
  const kind = incoming.protocol === 'imap' ? 'IMAP' : 'POP3';
  const name = `${safeFileName(settings.email.address)}.prf`;
  const lines = [
    `; ${value(t.t('export:prf.title', { email: settings.email.address }))}`,
    `; ${value(t.t('export:prf.close'))}`,
    `; ${value(t.t('export:prf.import', { file: name }))}`,
    `; ${value(t.t('export:prf.editions'))}`,
    `; ${value(t.t('export:prf.password'))}`,
    ...certificateComments(settings, t),
    '',
    '[General]',
    'Custom=1',
    `ProfileName=${value(settings.email.address)}`,
    'DefaultProfile=Yes',
    'OverwriteProfile=Append',
    'ModifyDefaultProfileIfPresent=TRUE',
    'BackupProfile=FALSE',
    '',
    '[Internet Account List]',
    `Account1=${kind === 'IMAP' ? 'IMAP_I_Mail' : 'I_Mail'}`,
    '',
    '[Account1]',
    'UniqueService=No',
    `AccountName=${value(settings.email.address)}`,
    `DisplayName=${value(settings.displayName ?? settings.email.address)}`,
    `EmailAddress=${value(settings.email.address)}`,
    `${kind}Server=${hostValue(incoming.host)}`,
    `${kind}UserName=${value(usernameFor(settings, incoming)!)}`,
    `${kind}Port=${portValue(incoming.port)}`,
    // 1: implicit TLS; 0: none, written only for a server the person allowed without encryption.
    `${kind}UseSSL=${incoming.security === 'tls' ? 1 : 0}`,
    `${kind}UseSPA=0`,
    `SMTPServer=${hostValue(outgoing.host)}`,
    `SMTPPort=${portValue(outgoing.port)}`,
    'SMTPUseAuth=1',
    'SMTPAuthMethod=1',
    `SMTPUserName=${value(usernameFor(settings, outgoing)!)}`,
    'SMTPUseSPA=0',
    `SMTPSecureConnection=${SECURE_CONNECTION[outgoing.security]}`,
    // The connection to the server: 0 is the local network (what every broadband connection is); 1 would be dial-up.
    'ConnectionType=0',
    ...(kind === 'POP3' ? ['LeaveOnServer=1'] : []),
    '',
    ...MAPPINGS,
    '',
  ];
  const text = lines.join('\r\n');
  const content = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
  return { name, content, mime: 'application/octet-stream', secret: false, notes };
}
