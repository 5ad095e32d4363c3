import { providerCandidates, providerForDomain, providerInfo } from '../provider-table';
import type { DiscoverySource } from './source';

/** Our own table of big providers, keyed by the address's domain. Answers without any network traffic. */
export const providerSource: DiscoverySource = {
  name: 'provider',
  bestTrust: 'trusted',
  async run(ctx) {
    const entry = providerForDomain(ctx.email.domain);
    if (!entry) return;
    ctx.noteProvider(providerInfo(entry));
    for (const spec of providerCandidates(entry, 'provider', entry.name)) ctx.emit(spec);
  },
};
