import type { DiscoverySource, SourceContext } from './source';
import { loadClientConfig } from './autoconfig-source';

/** Asks the ISPDB (Thunderbird's database of providers, base URL configurable) about one domain. */
export async function askIspdb(ctx: SourceContext, domain: string, via?: string): Promise<void> {
  const base = ctx.ispdbBaseUrl.endsWith('/') ? ctx.ispdbBaseUrl : `${ctx.ispdbBaseUrl}/`;
  const specs = await loadClientConfig(ctx, `${base}${encodeURIComponent(domain)}`, 'ispdb', domain);
  for (const spec of specs) ctx.emit(via ? { ...spec, sourceDetail: `${spec.sourceDetail} (via ${via})` } : spec);
}

export const ispdbSource: DiscoverySource = {
  name: 'ispdb',
  bestTrust: 'trusted',
  run: (ctx) => askIspdb(ctx, ctx.email.domain),
};
