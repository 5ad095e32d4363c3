import type { AutoconfigOAuth } from './autoconfig-oauth';
import type { Trust } from './candidate';

/** The mail apps whose way of adding a Microsoft 365 mailbox differs. */
export type MailApp = 'outlook' | 'apple-mail' | 'thunderbird' | 'other';

/**
 * How an app connects to the mailbox: Exchange's own protocols, ActiveSync, IMAP/SMTP with Microsoft sign-in,
 * or (an organisation's own Exchange server) IMAP/SMTP with the password where the organisation turned them on.
 */
export type ExchangeConnection = 'exchange' | 'exchange-activesync' | 'imap-oauth' | 'imap-if-enabled';

/** One lookup that says the mailbox is at Microsoft (or on an Exchange server), for the diagnostic report. */
export interface MicrosoftEvidence {
  lookup: 'provider-table' | 'mx' | 'autodiscover-v2' | 'autodiscover-pox';
  /** What was asked and what it said, e.g. "MX contoso-com.mail.protection.outlook.com". */
  detail: string;
  /** The URL asked, for HTTP lookups. */
  url?: string;
}

/** "This is a Microsoft 365 (or Outlook.com, or Exchange) mailbox", and what that means for each mail app. */
export interface Microsoft365Fact {
  kind: 'microsoft365';
  /** Outlook.com and Hotmail (consumer) or a work or school account. */
  audience: 'consumer' | 'work';
  /** Where the mailbox lives, when Autodiscover said so. */
  mailbox: 'exchange-online' | 'exchange-on-premises' | 'unknown';
  evidence: MicrosoftEvidence[];
  /** Exchange endpoints Autodiscover v2 named (ActiveSync for Apple Mail and phones, EWS). */
  endpoints: { activeSync?: string; ews?: string };
  /** Per app: how to add the account (the sentences are in main/errors/sign-in-messages.ts). */
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

export type MailboxFact = Microsoft365Fact | SignInConfigFact;
