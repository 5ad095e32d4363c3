import type { DiscoverySource, SourceContext } from './source';
import { loadClientConfig } from './autoconfig-source';
import { knownDomain } from '../known-domain';
import { answerFromSnapshot } from './snapshot-answer';

/**
 * Asks the ISPDB (Thunderbird's database of providers, base URL configurable) about one domain: the address's
 * own, or the domain of its MX host (the URL, which is the candidates' source detail, names which).
 */
export async function askIspdb(ctx: SourceContext, domain: string): Promise<void> {
  const base = ctx.ispdbBaseUrl.endsWith('/') ? ctx.ispdbBaseUrl : `${ctx.ispdbBaseUrl}/`;
  const specs = await loadClientConfig(ctx, `${base}${encodeURIComponent(domain)}`, 'ispdb', domain);
  for (const spec of specs) ctx.emit(spec);
}

/**
 * The ISPDB: a domain in the bundled snapshot is answered from it, offline; only other domains are asked
 * about online, so the live service never learns of an address whose provider is already known.
 */
export const ispdbSource: DiscoverySource = {
  name: 'ispdb',
  bestTrust: 'trusted',
  async run(ctx) {
    const domain = ctx.email.domain;
    const known = knownDomain(domain, ctx.ispdbSnapshot);
    if (known?.origin === 'table') return ctx.inform({ key: 'source:warning.ispdb-not-asked', params: { domain } });
    const listed = ctx.ispdbSnapshot.forDomain(domain);
    if (listed) return answerFromSnapshot(ctx, listed, domain, 'curated');
    if (ctx.ispdbSnapshot.problem)
      ctx.warn('EINPUT', { key: 'source:warning.snapshot-unusable', params: { error: ctx.ispdbSnapshot.problem } });
    await askIspdb(ctx, domain);
  },
};
