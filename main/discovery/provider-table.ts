import table from './providers.json';
import type { PasswordNote, ProviderInfo } from '../../shared/model/provider';
import type { Protocol, Security } from '../../shared/model/server';
import type { SourceKind } from '../../shared/model/sources';
import type { CandidateSpec } from './candidate';

interface ProviderEntry {
  id: string;
  name: string;
  domains: string[];
  mx: string[];
  incoming: [Protocol, string, number, Security][];
  outgoing: [Protocol, string, number, Security][];
  username: 'address' | 'local-part';
  passwordNote?: PasswordNote;
  helpUrl?: string;
}

const PROVIDERS = table.providers as unknown as ProviderEntry[];

function matchesSuffix(host: string, suffix: string): boolean {
  return host === suffix || host.endsWith(`.${suffix}`);
}

export function providerForDomain(domain: string): ProviderEntry | undefined {
  return PROVIDERS.find((p) => p.domains.includes(domain));
}

/** The provider hosting mail for an MX host name, e.g. aspmx.l.google.com → Gmail. */
export function providerForMx(mxHost: string): ProviderEntry | undefined {
  const host = mxHost.toLowerCase().replace(/\.$/, '');
  // Longest suffix first, so "mail.protection.outlook.com" beats a shorter Outlook suffix.
  const matches = PROVIDERS.flatMap((p) => p.mx.filter((s) => matchesSuffix(host, s)).map((s) => ({ p, s })));
  matches.sort((a, b) => b.s.length - a.s.length);
  return matches[0]?.p;
}

/** Whether a host belongs to any provider in the table (its servers are known, so trusted). */
export function isKnownProviderHost(host: string): boolean {
  const h = host.toLowerCase();
  return PROVIDERS.some((p) => [...p.incoming, ...p.outgoing].some(([, server]) => server === h));
}

export function providerInfo(entry: ProviderEntry): ProviderInfo {
  return { id: entry.id, name: entry.name, passwordNote: entry.passwordNote, helpUrl: entry.helpUrl };
}

export function providerCandidates(entry: ProviderEntry, source: SourceKind, sourceDetail: string): CandidateSpec[] {
  const username = entry.username === 'address' ? '%EMAILADDRESS%' : '%EMAILLOCALPART%';
  return [...entry.incoming, ...entry.outgoing].map(([protocol, host, port, security]) => ({
    protocol,
    host,
    port,
    security,
    username,
    usernameStated: true,
    source,
    sourceDetail,
    trust: 'trusted' as const,
    provider: providerInfo(entry),
  }));
}

export function allProviders(): readonly ProviderEntry[] {
  return PROVIDERS;
}
