import type { ManualApp, ManualSection, ManualSettings, ManualValue } from '../../shared/model/manual-settings';
import type { Message } from '../../shared/model/message';
import {
  usernameFor,
  settingsFromResult,
  type AccountSettings,
  type ResultLike,
  type ServerSettings,
  type SettingsOptions,
} from './account-settings';
import { trustedCertificateNote } from './trusted-certificate-note';

const PROTOCOL_NAMES = { imap: 'IMAP', pop3: 'POP3', smtp: 'SMTP' } as const;

const literal = (label: Message, value: string): ManualValue => ({ label, value, copy: value });
const words = (label: Message, value: Message): ManualValue => ({ label, value });

function section(
  settings: AccountSettings,
  title: 'export:summary.incoming' | 'export:summary.outgoing',
  s: ServerSettings,
): ManualSection {
  const login = usernameFor(settings, s);
  const placeholder: Message | undefined =
    login === undefined
      ? s.username === '%EMAILADDRESS%'
        ? { key: 'export:summary.yourAddress' }
        : s.username === '%EMAILLOCALPART%'
          ? { key: 'export:summary.yourLocalPart' }
          : undefined
      : undefined;
  const password: ManualValue = settings.signIn
    ? words({ key: 'export:summary.password' }, { key: 'export:summary.signIn', params: { provider: settings.signIn.providerName } })
    : settings.password !== undefined
      ? literal({ key: 'export:summary.password' }, settings.password)
      : words({ key: 'export:summary.password' }, { key: 'export:summary.yourPassword' });
  return {
    title: { key: title, params: { protocol: PROTOCOL_NAMES[s.protocol] } },
    values: [
      literal({ key: 'export:summary.server' }, s.host),
      literal({ key: 'export:summary.port' }, String(s.port)),
      words({ key: 'export:summary.security' }, { key: `export:summary.securityMode.${s.security}` }),
      words({ key: 'export:summary.authentication' }, { key: `export:summary.authMode.${s.authentication}` }),
      placeholder
        ? words({ key: 'export:summary.username' }, placeholder)
        : literal({ key: 'export:summary.username' }, login ?? s.username),
      password,
    ],
  };
}

/** The steps to the screen where the values go, per app; an account that signs in only needs its address there. */
function steps(settings: AccountSettings): Record<ManualApp, Message[]> {
  const provider = settings.signIn?.providerName;
  const kind = settings.signIn ? 'signIn' : 'manual';
  const app = (name: ManualApp, count: number): Message[] =>
    Array.from({ length: count }, (_, i) => ({
      key: `export:manual.${kind}.${name}.${i + 1}` as Message['key'],
      ...(provider ? { params: { provider } } : {}),
    }));
  return { 'new-outlook': app('new-outlook', 3), 'outlook-mac': app('outlook-mac', 3), other: app('other', 1) };
}

/**
 * The values of an account as a person types them into an app that reads no settings file (the new Outlook for
 * Windows, Outlook for Mac, any other app): the recommended incoming and outgoing servers field by field, with what
 * can be copied marked, and the steps to get there. The printable summary is this, printed.
 */
export function manualSettings(settings: AccountSettings): ManualSettings {
  const person: ManualValue[] = settings.email
    ? [
        ...(settings.displayName ? [literal({ key: 'export:summary.name' }, settings.displayName)] : []),
        literal({ key: 'export:summary.address' }, settings.email.address),
      ]
    : [];
  return {
    heading: { key: 'export:summary.heading', params: { who: settings.email ? settings.email.address : settings.label } },
    person,
    incoming: section(settings, 'export:summary.incoming', settings.incoming[0]),
    outgoing: section(settings, 'export:summary.outgoing', settings.outgoing[0]),
    ...(settings.signIn ? { signIn: { key: 'export:summary.signInNote', params: { provider: settings.signIn.providerName } } } : {}),
    certificates: settings.trustedCertificates.map((c) => trustedCertificateNote(c)),
    steps: steps(settings),
  };
}

/**
 * For the wizard's "type these values" card (one IPC call): the card for the last discovery result and the name the
 * person typed. Never with the password: the page must not see it.
 */
export function manualSettingsFor(result: ResultLike, options: Pick<SettingsOptions, 'displayName' | 'signedInWith'> = {}): ManualSettings {
  return manualSettings(settingsFromResult(result, { displayName: options.displayName, signedInWith: options.signedInWith }));
}
