import type { DiscoverySource, SourceContext } from './source';
import { loadClientConfig } from './autoconfig-source';
import { knownDomain } from '../known-domain';
import { answerFromSnapshot } from './snapshot-answer';

/** Asks the ISPDB (Thunderbird's database of providers, base URL configurable) about one domain. */
export async function askIspdb(ctx: SourceContext, domain: string, via?: string): Promise<void> {
  const base = ctx.ispdbBaseUrl.endsWith('/') ? ctx.ispdbBaseUrl : `${ctx.ispdbBaseUrl}/`;
  const specs = await loadClientConfig(ctx, `${base}${encodeURIComponent(domain)}`, 'ispdb', domain);
  for (const spec of specs) ctx.emit(via ? { ...spec, sourceDetail: `${spec.sourceDetail} (via ${via})` } : spec);
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
    if (known?.origin === 'table') return ctx.inform(`${domain} is in the built-in provider table; the ISPDB was not asked`);
    const listed = ctx.ispdbSnapshot.forDomain(domain);
    if (listed) return answerFromSnapshot(ctx, listed, domain, 'trusted');
    if (ctx.ispdbSnapshot.problem) ctx.warn('EINPUT', ctx.ispdbSnapshot.problem);
    await askIspdb(ctx, domain);
  },
};
