import data from '../discovery/provider-oauth.json';
import type { Protocol } from '../../shared/model/server';
import type { AuthorizationServer } from './oauth-types';

export interface ProviderOAuthEntry {
  /** The provider's id in providers.json. */
  id: string;
  /** For "Sign in with …". */
  name: string;
  /** Microsoft's tenant segment: "consumers", "organizations" or "common". */
  tenant?: string;
  /** Issuer identifier, to check RFC 9207 "iss" where the provider sends it. */
  issuer?: string;
  authorizationEndpoint: string;
  tokenEndpoint: string;
  scopes: Record<Protocol, string[]>;
  /** Where the endpoints and scopes are documented. */
  documentation: string[];
  /** Where an organisation registers its own client ID. */
  registration: string;
}

type RawEntry = Omit<ProviderOAuthEntry, 'id'>;

const ENTRIES: ProviderOAuthEntry[] = Object.entries(data.providers as Record<string, RawEntry>).map(([id, entry]) => ({ id, ...entry }));

export function providerOAuth(id: string): ProviderOAuthEntry | undefined {
  return ENTRIES.find((e) => e.id === id);
}

export function allProviderOAuth(): readonly ProviderOAuthEntry[] {
  return ENTRIES;
}

/** Microsoft tenants: a directory (tenant) ID or domain name, or one of the three audiences. */
const TENANT = /^(common|consumers|organizations|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[a-z0-9.-]+\.[a-z]{2,})$/i;

/** The provider's endpoints, with Microsoft's tenant filled in (an organisation may name its own tenant). */
export function providerServer(entry: ProviderOAuthEntry, tenant?: string): AuthorizationServer {
  const chosen = tenant ?? entry.tenant ?? 'common';
  if (!TENANT.test(chosen)) throw new Error(`not a Microsoft tenant: ${chosen}`);
  const fill = (url: string) => url.replace('{tenant}', encodeURIComponent(chosen));
  return {
    ...(entry.issuer ? { issuer: entry.issuer } : {}),
    authorizationEndpoint: fill(entry.authorizationEndpoint),
    tokenEndpoint: fill(entry.tokenEndpoint),
  };
}

/** The scopes for proving these protocols with one sign-in, each once, in the data's order. */
export function scopesFor(entry: ProviderOAuthEntry, protocols: Protocol[]): string[] {
  return [...new Set(protocols.flatMap((p) => entry.scopes[p] ?? []))];
}
