import { parseEmail, type EmailAddress } from '../../shared/email/parse-email';
import type { SavedResult, SavedServer } from '../../shared/model/saved-result';
import type { Protocol, Security } from '../../shared/model/server';
import { failWith, reason } from '../errors/mail-setup-error';
import { fillTemplate } from '../probe/username-forms';

/** One server as every export format needs it. */
export interface ServerSettings {
  protocol: Protocol;
  host: string;
  port: number;
  security: Security;
  /** A literal login name, or a template with %EMAILADDRESS% / %EMAILLOCALPART%. */
  username: string;
  authentication: 'password' | 'oauth2';
}

export interface TrustedCertificate {
  host: string;
  fingerprint256: string;
  pem: string;
}

/**
 * An account to export: one person's (email set) or a domain-wide template (email unset, usernames
 * as placeholders, no personal data). The first incoming and outgoing servers are the recommended ones.
 */
export interface AccountSettings {
  email?: EmailAddress;
  domain: string;
  displayName?: string;
  /** The provider's or domain's name, for descriptions. */
  label: string;
  incoming: ServerSettings[];
  outgoing: ServerSettings[];
  /** Certificates the user chose to trust (self-signed, wrong name), added to Apple profiles. */
  trustedCertificates: TrustedCertificate[];
  /** Only when the user asked for it; files that hold it are secrets. */
  password?: string;
}

/** The part of a discovery result (in memory or read back from `discover --json`) that exports use. */
export type ResultLike = SavedResult;
type ServerLike = SavedServer;

const MAX_ALTERNATIVES = 3;

function templated(username: string, email: EmailAddress): string {
  if (username === email.address) return '%EMAILADDRESS%';
  if (username === email.localPart) return '%EMAILLOCALPART%';
  return username;
}

function sameServer(a: ServerLike, b: ServerLike): boolean {
  return a.protocol === b.protocol && a.host === b.host && a.port === b.port && a.security === b.security;
}

export interface SettingsOptions {
  displayName?: string;
  /** Leave out everything personal: usernames become placeholders, no address, no password. */
  domainWide?: boolean;
  password?: string;
}

/** Builds export settings from a discovery result; the recommended servers first, then verified alternatives. */
export function settingsFromResult(result: ResultLike, options: SettingsOptions = {}): AccountSettings {
  const parsed = parseEmail(result.email);
  if (!parsed.ok) throw failWith('EINPUT', reason('result-address', { problem: { key: `email:problem.${parsed.problem}` } }));
  const email = parsed.email;
  if (!result.incoming || !result.outgoing) {
    throw failWith('EINPUT', reason('nothing-to-export'));
  }
  const oauth = (result.providers ?? []).some((p) => p.passwordNote === 'oauth2-only');
  const toSettings = (s: ServerLike): ServerSettings => {
    const name = templated(s.username, email);
    // A personal login name has no place in a domain-wide file; the address is the usual default.
    const username = options.domainWide && !name.startsWith('%EMAIL') ? '%EMAILADDRESS%' : name;
    return {
      protocol: s.protocol,
      host: s.host,
      port: s.port,
      security: s.security,
      username,
      authentication: oauth ? 'oauth2' : 'password',
    };
  };
  const verifiedAlternatives = (chosen: ServerLike, incoming: boolean) =>
    (result.candidates ?? [])
      .filter((c) => (c.protocol !== 'smtp') === incoming && c.outcome?.code === 'OK' && !sameServer(c, chosen))
      .slice(0, MAX_ALTERNATIVES);
  const chosenHosts = new Set([result.incoming.host, result.outgoing.host]);
  const trustedCertificates: TrustedCertificate[] = [];
  for (const c of result.candidates ?? []) {
    const tls = c.probe?.tls;
    if (
      tls?.trustedByUser &&
      tls.certificatePem &&
      tls.certificate?.fingerprint256 &&
      chosenHosts.has(c.host) &&
      !trustedCertificates.some((t) => t.fingerprint256 === tls.certificate!.fingerprint256)
    ) {
      trustedCertificates.push({ host: c.host, fingerprint256: tls.certificate.fingerprint256, pem: tls.certificatePem });
    }
  }
  const providerName = (result.providers ?? []).find((p) => p.name)?.name;
  return {
    email: options.domainWide ? undefined : email,
    domain: email.domain,
    displayName: options.domainWide ? undefined : options.displayName,
    label: providerName ?? email.domainUnicode,
    incoming: [result.incoming, ...verifiedAlternatives(result.incoming, true)].map(toSettings),
    outgoing: [result.outgoing, ...verifiedAlternatives(result.outgoing, false)].map(toSettings),
    trustedCertificates,
    password: options.domainWide ? undefined : options.password,
  };
}

/** The same settings for another user of the domain (batch exports). */
export function forUser(template: AccountSettings, email: EmailAddress, displayName?: string, login?: string): AccountSettings {
  const user = (s: ServerSettings): ServerSettings => ({ ...s, username: login ?? s.username });
  return {
    ...template,
    email,
    domain: email.domain,
    displayName,
    incoming: template.incoming.map(user),
    outgoing: template.outgoing.map(user),
    password: undefined,
  };
}

/** The login name for a person's file; placeholders stay only in domain-wide files. */
export function usernameFor(settings: AccountSettings, server: ServerSettings): string | undefined {
  return settings.email ? fillTemplate(server.username, settings.email) : undefined;
}
