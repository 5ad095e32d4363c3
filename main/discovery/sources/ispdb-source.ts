import type { DiscoverySource, SourceContext } from './source';
import { loadClientConfig } from './autoconfig-source';

/**
 * Asks the ISPDB (Thunderbird's database of providers, base URL configurable) about one domain: the address's
 * own, or the domain of its MX host (the URL, which is the candidates' source detail, names which).
 */
export async function askIspdb(ctx: SourceContext, domain: string): Promise<void> {
  const base = ctx.ispdbBaseUrl.endsWith('/') ? ctx.ispdbBaseUrl : `${ctx.ispdbBaseUrl}/`;
  const specs = await loadClientConfig(ctx, `${base}${encodeURIComponent(domain)}`, 'ispdb', domain);
  for (const spec of specs) ctx.emit(spec);
}

export const ispdbSource: DiscoverySource = {
  name: 'ispdb',
  bestTrust: 'trusted',
  run: (ctx) => askIspdb(ctx, ctx.email.domain),
};
