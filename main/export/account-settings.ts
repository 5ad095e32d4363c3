import { X509Certificate } from 'node:crypto';
import { parseEmail, type EmailAddress } from '../../shared/email/parse-email';
import type { SavedResult, SavedServer } from '../../shared/model/saved-result';
import type { Protocol, Security } from '../../shared/model/server';
import { failWith, reason } from '../errors/mail-setup-error';
import { fillTemplate } from '../probe/username-forms';
import { cleanName, hasUncarriable } from './clean-text';
import { serviceOffers, type ServiceOffers } from './service-offers';
import { signInAccount, type SignInAccount } from './sign-in-account';

export type { SignInAccount } from './sign-in-account';

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

/** A certificate the person chose to trust (self-signed, or naming another host), for the servers on its host. */
export interface TrustedCertificate {
  host: string;
  /** The chosen servers' ports on that host, for the apps that ask per server ("Add Security Exception"). */
  ports: number[];
  fingerprint256: string;
  /** A self-signed certificate can be installed as its own authority; one for another name cannot be fixed that way. */
  selfSigned: boolean;
  /** It says it is a certificate authority (basicConstraints CA:TRUE), as `openssl req -x509` makes them by default. */
  authority: boolean;
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
  /** Certificates the user chose to trust (self-signed, wrong name): carried or explained in every app's file. */
  trustedCertificates: TrustedCertificate[];
  /** Only when the user asked for it; files that hold it are secrets. */
  password?: string;
  /** The account signs in with its provider (OAuth2); no password works in mail apps. */
  signIn?: SignInAccount;
  /** What the domain offers per service (for its DNS records); absent when nobody looked at the whole result. */
  services?: ServiceOffers;
  /** The name held characters no file can carry (line breaks, control characters); they became spaces. */
  nameCleaned?: boolean;
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
  /** The provider a sign-in verified the servers with (the wizard's "Sign in with …", `discover --oauth`). */
  signedInWith?: string;
}

/** A display name as the files can hold it; undefined stays undefined, and an empty one is no name. */
function personName(name: string | undefined): { displayName?: string; nameCleaned?: boolean } {
  if (name === undefined) return {};
  const { text, changed } = cleanName(name);
  return { ...(text ? { displayName: text } : {}), ...(changed ? { nameCleaned: true } : {}) };
}

function isAuthority(pem: string): boolean {
  try {
    return new X509Certificate(pem).ca;
  } catch {
    return false;
  }
}

/** The certificates the person chose to trust on the chosen servers' hosts, once each. */
function trustedCertificates(result: ResultLike, chosen: ServerLike[]): TrustedCertificate[] {
  const found: TrustedCertificate[] = [];
  for (const c of result.candidates ?? []) {
    const tls = c.probe?.tls;
    const fingerprint = tls?.certificate?.fingerprint256;
    if (!tls?.trustedByUser || !tls.certificatePem || !fingerprint || !chosen.some((s) => s.host === c.host)) continue;
    const ports = [...new Set(chosen.filter((s) => s.host === c.host).map((s) => s.port))];
    const known = found.find((t) => t.fingerprint256 === fingerprint);
    if (known) known.ports = [...new Set([...known.ports, ...ports])];
    else
      found.push({
        host: c.host,
        ports,
        fingerprint256: fingerprint,
        selfSigned: tls.certificate?.selfSigned === true,
        authority: isAuthority(tls.certificatePem),
        pem: tls.certificatePem,
      });
  }
  return found;
}

/** Builds export settings from a discovery result; the recommended servers first, then verified alternatives. */
export function settingsFromResult(result: ResultLike, options: SettingsOptions = {}): AccountSettings {
  const parsed = parseEmail(result.email);
  if (!parsed.ok) throw failWith('EINPUT', reason('result-address', { problem: { key: `email:problem.${parsed.problem}` } }));
  const email = parsed.email;
  if (!result.incoming || !result.outgoing) {
    throw failWith('EINPUT', reason('nothing-to-export'));
  }
  const signIn = signInAccount(result, { signedInWith: options.signedInWith });
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
      authentication: signIn ? 'oauth2' : 'password',
    };
  };
  const verifiedAlternatives = (chosen: ServerLike, incoming: boolean) =>
    (result.candidates ?? [])
      .filter((c) => (c.protocol !== 'smtp') === incoming && c.outcome?.code === 'OK' && !sameServer(c, chosen))
      .slice(0, MAX_ALTERNATIVES);
  const providerName = (result.providers ?? []).find((p) => p.name)?.name;
  const label = cleanName(providerName ?? '').text || email.domainUnicode;
  return {
    email: options.domainWide ? undefined : email,
    domain: email.domain,
    ...(options.domainWide ? {} : personName(options.displayName)),
    label,
    incoming: [result.incoming, ...verifiedAlternatives(result.incoming, true)].map(toSettings),
    outgoing: [result.outgoing, ...verifiedAlternatives(result.outgoing, false)].map(toSettings),
    trustedCertificates: trustedCertificates(result, [result.incoming, result.outgoing]),
    password: options.domainWide || signIn ? undefined : options.password,
    ...(signIn ? { signIn } : {}),
    services: serviceOffers(result, email.domain),
  };
}

/**
 * The same settings for another user of the domain (batch exports). A login name with a line break or another
 * control character cannot be right and no file could hold it: that user is refused, the others go on.
 */
export function forUser(template: AccountSettings, email: EmailAddress, displayName?: string, login?: string): AccountSettings {
  if (login !== undefined && hasUncarriable(login)) throw failWith('EINPUT', { key: 'export:refused.login-control' });
  const user = (s: ServerSettings): ServerSettings => ({ ...s, username: login ?? s.username });
  const { displayName: _template, nameCleaned: _cleaned, ...rest } = template;
  return {
    ...rest,
    email,
    domain: email.domain,
    ...personName(displayName),
    incoming: template.incoming.map(user),
    outgoing: template.outgoing.map(user),
    password: undefined,
  };
}

/** The login name for a person's file; placeholders stay only in domain-wide files. */
export function usernameFor(settings: AccountSettings, server: ServerSettings): string | undefined {
  return settings.email ? fillTemplate(server.username, settings.email) : undefined;
}
