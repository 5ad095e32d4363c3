import type { Message } from './message';
import type { Protocol, Security } from './server';
import type { Trust } from './trust';

/**
 * What an autoconfig file says about signing in (draft-ietf-mailmaint-autoconfig): which servers take OAuth2
 * ("<authentication>OAuth2</authentication>", or "OAuth" as the draft's TCP section spells it) and the
 * <oAuth2> element with the authorization server, scopes and an optional client ID that any mail app may use.
 */
export interface AutoconfigOAuth {
  /** The issuer as written (the draft writes a host name, e.g. "login.example.com"). */
  issuer?: string;
  authUrl?: string;
  tokenUrl?: string;
  scopes: string[];
  /** A client ID the provider offers to every mail app (e.g. "open"); never a secret we rely on. */
  clientId?: string;
  /** Servers that list OAuth2 among their authentication methods, in the file's order. */
  servers: { protocol: Protocol; host: string; port: number; security: Security; oauthFirst: boolean }[];
  /** Every server takes only OAuth2 (no password method listed). */
  oauthOnly: boolean;
}

/** The mail apps whose way of adding a Microsoft 365 mailbox differs. */
export const MAIL_APPS = ['outlook', 'apple-mail', 'thunderbird', 'other'] as const;
export type MailApp = (typeof MAIL_APPS)[number];

/**
 * How an app connects to the mailbox: Exchange's own protocols, ActiveSync, IMAP/SMTP with Microsoft sign-in,
 * or (an organisation's own Exchange server) IMAP/SMTP with the password where the organisation turned them on.
 */
export const EXCHANGE_CONNECTIONS = ['exchange', 'exchange-activesync', 'imap-oauth', 'imap-if-enabled'] as const;
export type ExchangeConnection = (typeof EXCHANGE_CONNECTIONS)[number];

/** Where a Microsoft mailbox lives, when Autodiscover said so. */
export const MICROSOFT_MAILBOXES = ['exchange-online', 'exchange-on-premises', 'unknown'] as const;

/** The lookups that can say a mailbox is at Microsoft (or on an Exchange server). */
export const MICROSOFT_LOOKUPS = ['provider-table', 'mx', 'autodiscover-v2', 'autodiscover-pox'] as const;

/**
 * One lookup that says the mailbox is at Microsoft (or on an Exchange server), for the diagnostic report.
 * `detail` is data (the catalog's "signin:evidence.<lookup>" words it): the domain the provider table knows,
 * the MX host, the ActiveSync host Autodiscover v2 named, or the sign-in host Exchange Online's challenge named.
 */
export interface MicrosoftEvidence {
  lookup: (typeof MICROSOFT_LOOKUPS)[number];
  detail: string;
  /** The URL asked, for HTTP lookups. */
  url?: string;
}

/** "This is a Microsoft 365 (or Outlook.com, or Exchange) mailbox", and what that means for each mail app. */
export interface Microsoft365Fact {
  kind: 'microsoft365';
  /** Outlook.com and Hotmail (consumer) or a work or school account. */
  audience: 'consumer' | 'work';
  mailbox: (typeof MICROSOFT_MAILBOXES)[number];
  evidence: MicrosoftEvidence[];
  /** Exchange endpoints Autodiscover v2 named (ActiveSync for Apple Mail and phones, EWS). */
  endpoints: { activeSync?: string; ews?: string };
  /** Per app: how to add the account (worded by the catalog's "signin:app.<connection>"). */
  apps: { app: MailApp; connection: ExchangeConnection }[];
}

/** An autoconfig file that says how to sign in (OAuth2 servers, <oAuth2>). */
export interface SignInConfigFact {
  kind: 'oauth-sign-in';
  source: 'autoconfig' | 'ispdb';
  url: string;
  /** Only a file fetched over verified HTTPS may send the person to a sign-in page. */
  trust: Trust;
  oauth: AutoconfigOAuth;
}

/** What the lookups established about the mailbox, each with its evidence. */
export type MailboxFact = Microsoft365Fact | SignInConfigFact;

/** Microsoft's page on IMAP and POP in Exchange Online, for "learn more" next to a Microsoft 365 fact. */
export const MICROSOFT_365_HELP_URL =
  'https://learn.microsoft.com/exchange/clients-and-mobile-in-exchange-online/pop3-and-imap4/pop3-and-imap4';

/** What a Microsoft mailbox fact means, as catalog messages: the headline, each app's way in, each lookup's finding. */
export function microsoft365Words(fact: Microsoft365Fact): {
  headline: Message;
  apps: { app: MailApp; message: Message }[];
  evidence: Message[];
} {
  return {
    headline: { key: `signin:microsoft365.headline.${fact.audience === 'consumer' ? 'consumer' : fact.mailbox}` },
    apps: fact.apps.map((a) => ({ app: a.app, message: { key: `signin:microsoft365.app.${a.connection}` } })),
    evidence: fact.evidence.map((e) => ({ key: `signin:microsoft365.evidence.${e.lookup}`, params: { detail: e.detail } })),
  };
}
