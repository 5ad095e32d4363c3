export type Protocol = 'imap' | 'pop3' | 'smtp';
export type Security = 'tls' | 'starttls' | 'plain';

/** Where a candidate came from, most authoritative first (this order also breaks ranking ties). */
export const SOURCE_KINDS = ['user', 'provider', 'srv', 'autoconfig', 'ispdb', 'autodiscover', 'mx', 'guess', 'autoconfig-http'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/**
 * How far we trust a source to name the right server for this address:
 * - trusted: published by the domain or provider over an authenticated channel, or our own provider table;
 * - domain: a guess inside the address's own domain;
 * - untrusted: plain-HTTP lookups, and hosts outside the domain that DNS alone suggested.
 * The password goes to "untrusted" hosts only with the user's consent.
 */
export type Trust = 'trusted' | 'domain' | 'untrusted';
export const TRUST_ORDER: Trust[] = ['trusted', 'domain', 'untrusted'];

export type PasswordNote = 'app-password' | 'authorization-code' | 'oauth2-only' | 'bridge-required' | 'enable-imap';

export interface ProviderInfo {
  id: string;
  name: string;
  passwordNote?: PasswordNote;
  note?: string;
  helpUrl?: string;
}

/** A server suggestion, before probing. */
export interface CandidateSpec {
  protocol: Protocol;
  host: string;
  port: number;
  security: Security;
  /** Username template: %EMAILADDRESS%, %EMAILLOCALPART%, %EMAILDOMAIN% or a literal name. */
  username: string;
  source: SourceKind;
  /** E.g. the URL or DNS name the suggestion came from. */
  sourceDetail: string;
  trust: Trust;
  provider?: ProviderInfo;
  /** Lower is preferred among equals, e.g. an SRV record's priority and weight. */
  preference?: number;
}

/** The settings of one server, as the CLI's JSON and every export describe it. */
export interface Server {
  protocol: Protocol;
  host: string;
  port: number;
  security: Security;
  username: string;
  verified: boolean;
}

export function endpointKey(spec: { protocol: Protocol; host: string; port: number; security: Security }): string {
  return `${spec.protocol}://${spec.host.toLowerCase()}:${spec.port}/${spec.security}`;
}

export function isIncoming(protocol: Protocol): boolean {
  return protocol !== 'smtp';
}
