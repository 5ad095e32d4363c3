import type { Security } from '../../shared/model/server';
import { failWith, reason } from '../errors/mail-setup-error';
import type { FormatContext } from './format-context';
import { usernameFor, type AccountSettings } from './account-settings';
import { safeFileName, type ExportFile } from './export-file';

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

/** INI values cannot hold line breaks; nothing else needs escaping in a PRF. */
function value(text: string): string {
  return text.replace(/[\r\n]+/g, ' ');
}

/**
 * An Outlook profile file (.prf) that adds the IMAP or POP3 account to a profile, for
 * `outlook.exe /importprf file.prf` on Windows: classic Outlook 2013 to 2021 and Microsoft 365 Apps.
 * The new Outlook for Windows and Outlook for Mac do not read PRF files. Written as UTF-16 with a byte
 * order mark, the Windows INI form that keeps non-Latin names intact.
 */
export function outlookPrf(settings: AccountSettings, { t }: FormatContext): ExportFile {
  if (!settings.email) throw failWith('EINPUT', reason('one-person-format', { format: { key: 'export:label.outlook-prf' } }));
  const incoming = settings.incoming[0];
  const outgoing = settings.outgoing[0];
  const kind = incoming.protocol === 'imap' ? 'IMAP' : 'POP3';
  const lines = [
    `; ${value(t.t('export:prf.title', { email: settings.email.address }))}`,
    `; ${t.t('export:prf.import')}`,
    `; ${t.t('export:prf.editions')}`,
    `; ${t.t('export:prf.password')}`,
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
    `${kind}Server=${incoming.host}`,
    `${kind}UserName=${value(usernameFor(settings, incoming)!)}`,
    `${kind}Port=${incoming.port}`,
    // PRF has only a yes/no for incoming encryption; STARTTLS is chosen in Outlook after import.
    `${kind}UseSSL=${incoming.security === 'tls' ? 1 : 0}`,
    `${kind}UseSPA=0`,
    `SMTPServer=${outgoing.host}`,
    `SMTPPort=${outgoing.port}`,
    'SMTPUseAuth=1',
    'SMTPAuthMethod=1',
    `SMTPUserName=${value(usernameFor(settings, outgoing)!)}`,
    'SMTPUseSPA=0',
    `SMTPSecureConnection=${SECURE_CONNECTION[outgoing.security]}`,
    'ConnectionType=1',
    ...(kind === 'POP3' ? ['LeaveOnServer=1'] : []),
    '',
    ...MAPPINGS,
    '',
  ];
  const text = lines.join('\r\n');
  const content = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
  return { name: `${safeFileName(settings.email.address)}.prf`, content, mime: 'application/octet-stream', secret: false };
}
