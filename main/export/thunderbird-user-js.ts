import type { Security } from '../../shared/model/server';
import { failWith, reason } from '../errors/mail-setup-error';
import type { FormatContext } from './format-context';
import { usernameFor, type AccountSettings } from './account-settings';
import type { ExportFile } from './export-file';
import { safeFileName } from './export-file';

// Thunderbird's enums (mailnews/base/public/MailNewsTypes2.idl).
const SOCKET_TYPE: Record<Security, number> = { plain: 0, starttls: 2, tls: 3 };
const AUTH_PASSWORD_CLEARTEXT = 3;
const AUTH_OAUTH2 = 10;

/**
 * A user.js fragment that creates the account in a new Thunderbird profile (mail.account.*,
 * mail.server.*, mail.identity.*, mail.smtpserver.*). Passwords live in Thunderbird's login manager,
 * never in prefs, so this file never holds one.
 */
export function thunderbirdUserJs(settings: AccountSettings, { t }: FormatContext): ExportFile {
  if (!settings.email) throw failWith('EINPUT', reason('one-person-format', { format: { key: 'export:label.thunderbird-prefs' } }));
  const incoming = settings.incoming[0];
  const outgoing = settings.outgoing[0];
  const lines: string[] = [];
  const pref = (key: string, value: string | number | boolean) =>
    lines.push(`user_pref(${JSON.stringify(key)}, ${JSON.stringify(value)});`);
  const auth = (s: typeof incoming) => (s.authentication === 'oauth2' ? AUTH_OAUTH2 : AUTH_PASSWORD_CLEARTEXT);
  // Comments hold no line break, so a name cannot end one early and start code.
  const comment = (text: string) => `// ${text.replace(/[\r\n\u2028\u2029]+/g, ' ')}`;
  lines.push(
    comment(t.t('export:userJs.title', { email: settings.email.address })),
    comment(t.t('export:userJs.where')),
    comment(t.t('export:userJs.password')),
    '',
  );
  pref('mail.accountmanager.accounts', 'account1');
  pref('mail.accountmanager.defaultaccount', 'account1');
  pref('mail.account.account1.server', 'server1');
  pref('mail.account.account1.identities', 'id1');
  pref('mail.server.server1.type', incoming.protocol);
  pref('mail.server.server1.hostname', incoming.host);
  pref('mail.server.server1.port', incoming.port);
  pref('mail.server.server1.userName', usernameFor(settings, incoming)!);
  pref('mail.server.server1.name', settings.email.original);
  pref('mail.server.server1.socketType', SOCKET_TYPE[incoming.security]);
  pref('mail.server.server1.authMethod', auth(incoming));
  pref('mail.identity.id1.useremail', settings.email.address);
  if (settings.displayName) pref('mail.identity.id1.fullName', settings.displayName);
  pref('mail.identity.id1.smtpServer', 'smtp1');
  pref('mail.identity.id1.valid', true);
  pref('mail.smtpservers', 'smtp1');
  pref('mail.smtp.defaultserver', 'smtp1');
  pref('mail.smtpserver.smtp1.hostname', outgoing.host);
  pref('mail.smtpserver.smtp1.port', outgoing.port);
  pref('mail.smtpserver.smtp1.username', usernameFor(settings, outgoing)!);
  pref('mail.smtpserver.smtp1.authMethod', auth(outgoing));
  // SMTP uses try_ssl (same numbers as socketType), not socketType.
  pref('mail.smtpserver.smtp1.try_ssl', SOCKET_TYPE[outgoing.security]);
  pref('mail.smtpserver.smtp1.description', settings.label);
  return {
    name: `${safeFileName(settings.email.address)}.user.js`,
    content: `${lines.join('\n')}\n`,
    mime: 'application/javascript',
    secret: false,
  };
}
