import type { Security } from '../../shared/model/server';
import { failWith, reason } from '../errors/mail-setup-error';
import { usernameFor, type AccountSettings, type ServerSettings } from './account-settings';
import type { Pref } from './thunderbird-pref-syntax';

// Thunderbird's enums (nsMsgSocketType and nsMsgAuthMethod in MailNewsTypes2.idl).
export const TB_SOCKET_TYPE: Record<Security, number> = { plain: 0, starttls: 2, tls: 3 };
export const TB_AUTH_PASSWORD_CLEARTEXT = 3;
export const TB_AUTH_OAUTH2 = 10;

// What Thunderbird's own account setup gives a new account (AccountConfig's defaults): check for mail
// every 10 minutes and at start-up; POP3 keeps messages on the server for 14 days, as a phone or webmail
// next to Thunderbird expects.
const CHECK_MINUTES = 10;
const POP3_DAYS_ON_SERVER = 14;

/** The pref keys that tie one account together: mail.account.<account>, mail.server.<server>, … */
export interface AccountKeys {
  account: string;
  server: string;
  identity: string;
  smtp: string;
}

/** One account's prefs and the four list prefs that make Thunderbird load it. */
export interface AccountPrefs {
  /** mail.account.*, mail.server.*, mail.identity.*, mail.smtpserver.* of this account. */
  own: Pref[];
  /** mail.accountmanager.accounts/defaultaccount, mail.smtpservers, mail.smtp.defaultserver. */
  lists: Pref[];
}

const auth = (s: ServerSettings) => (s.authentication === 'oauth2' ? TB_AUTH_OAUTH2 : TB_AUTH_PASSWORD_CLEARTEXT);

/**
 * The URI Thunderbird gives an incoming server (MsgIncomingServer's serverURI): the local store type, the
 * URI-encoded login name and the host. The identity's Sent, Drafts and Templates folders hang below it.
 */
function serverUri(s: ServerSettings, username: string): string {
  const store = s.protocol === 'imap' ? 'imap' : 'mailbox';
  const host = s.host.includes(':') ? `[${s.host}]` : s.host;
  return `${store}://${encodeURIComponent(username)}@${host}`;
}

/**
 * The prefs of one person's account, as Thunderbird's own account setup (CreateInBackend) writes them for
 * the same settings: incoming server, identity with its folders on that server, and the SMTP server.
 * Passwords live in Thunderbird's password manager, never in prefs.
 */
export function thunderbirdAccountPrefs(settings: AccountSettings, keys: AccountKeys): AccountPrefs {
  if (!settings.email) throw failWith('EINPUT', reason('thunderbird-one-person'));
  const incoming = settings.incoming[0];
  const outgoing = settings.outgoing[0];
  const incomingUser = usernameFor(settings, incoming)!;
  const outgoingUser = usernameFor(settings, outgoing)!;
  const server = `mail.server.${keys.server}.`;
  const identity = `mail.identity.${keys.identity}.`;
  const smtp = `mail.smtpserver.${keys.smtp}.`;
  const folders = `${serverUri(incoming, incomingUser)}/`;
  const own: Pref[] = [
    { name: `mail.account.${keys.account}.identities`, value: keys.identity },
    { name: `mail.account.${keys.account}.server`, value: keys.server },
    { name: `${server}type`, value: incoming.protocol },
    { name: `${server}hostname`, value: incoming.host },
    { name: `${server}port`, value: incoming.port },
    { name: `${server}socketType`, value: TB_SOCKET_TYPE[incoming.security] },
    { name: `${server}authMethod`, value: auth(incoming) },
    { name: `${server}userName`, value: incomingUser },
    { name: `${server}name`, value: settings.email.address },
    { name: `${server}check_new_mail`, value: true },
    { name: `${server}check_time`, value: CHECK_MINUTES },
    { name: `${server}login_at_startup`, value: true },
    ...(incoming.protocol === 'pop3'
      ? [
          { name: `${server}leave_on_server`, value: true },
          { name: `${server}num_days_to_leave_on_server`, value: POP3_DAYS_ON_SERVER },
          { name: `${server}delete_by_age_from_server`, value: true },
          { name: `${server}delete_mail_left_on_server`, value: true },
          { name: `${server}download_on_biff`, value: true },
        ]
      : []),
    { name: `${identity}useremail`, value: settings.email.address },
    ...(settings.displayName ? [{ name: `${identity}fullName`, value: settings.displayName }] : []),
    { name: `${identity}smtpServer`, value: keys.smtp },
    { name: `${identity}valid`, value: true },
    { name: `${identity}fcc_folder`, value: `${folders}Sent` },
    { name: `${identity}draft_folder`, value: `${folders}Drafts` },
    { name: `${identity}stationery_folder`, value: `${folders}Templates` },
    { name: `${identity}fcc_folder_picker_mode`, value: '0' },
    { name: `${identity}drafts_folder_picker_mode`, value: '0' },
    { name: `${identity}tmpl_folder_picker_mode`, value: '0' },
    { name: `${smtp}type`, value: 'smtp' },
    { name: `${smtp}hostname`, value: outgoing.host },
    { name: `${smtp}port`, value: outgoing.port },
    // SMTP servers keep their security in try_ssl, with socketType's numbers.
    { name: `${smtp}try_ssl`, value: TB_SOCKET_TYPE[outgoing.security] },
    { name: `${smtp}authMethod`, value: auth(outgoing) },
    { name: `${smtp}username`, value: outgoingUser },
    { name: `${smtp}description`, value: settings.label },
  ];
  const lists: Pref[] = [
    { name: 'mail.accountmanager.accounts', value: keys.account },
    { name: 'mail.accountmanager.defaultaccount', value: keys.account },
    { name: 'mail.smtpservers', value: keys.smtp },
    { name: 'mail.smtp.defaultserver', value: keys.smtp },
  ];
  return { own, lists };
}
