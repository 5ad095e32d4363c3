import { DOMAIN_PLACEHOLDER, type IspdbSnapshot } from './ispdb-snapshot';
import { providerForDomain } from './provider-table';

/** Which built-in data knows a domain: the provider table wins, the ISPDB snapshot fills the rest. */
export type KnownDomain = { origin: 'table'; name: string } | { origin: 'snapshot'; name: string };

/**
 * Whether the app itself already knows the servers for a domain, without asking anyone. The provider
 * table comes first because its entries carry what the ISPDB leaves out (app-password rules, bridges).
 */
export function knownDomain(domain: string, snapshot: IspdbSnapshot): KnownDomain | undefined {
  const entry = providerForDomain(domain);
  if (entry) return { origin: 'table', name: entry.name };
  const listed = snapshot.forDomain(domain);
  return listed ? { origin: 'snapshot', name: listed.name.split(DOMAIN_PLACEHOLDER).join(domain) } : undefined;
}
