import type { CandidateSpec } from '../candidate';
import { parseAutoconfig } from '../parse-autoconfig';
import { reportLookupFailure, type DiscoverySource, type SourceContext } from './source';

/** Fetches and parses one clientConfig URL; failures become warnings or notes, never exceptions. */
export async function loadClientConfig(
  ctx: SourceContext,
  url: string,
  kind: 'autoconfig' | 'ispdb',
  configDomain: string,
): Promise<CandidateSpec[]> {
  try {
    const result = await ctx.fetch(url);
    // A plain-HTTP hop anywhere means anyone on the path could have written this file.
    const source = kind === 'autoconfig' && !result.secure ? 'autoconfig-http' : kind;
    const parsed = parseAutoconfig(result.body, configDomain, source, result.finalUrl, result.secure ? 'trusted' : 'untrusted');
    for (const reason of parsed.skipped) ctx.warn('EXML', { key: 'source:warning.entry-skipped', params: { url, reason } });
    if (parsed.passwordNote)
      ctx.noteProvider({ id: configDomain, name: parsed.displayName ?? configDomain, passwordNote: parsed.passwordNote });
    // Sign-in settings count only from verified HTTPS: they send the person to a page that asks for their password.
    if (parsed.oauth && result.secure)
      ctx.noteFact?.({ kind: 'oauth-sign-in', source: kind, url: result.finalUrl, trust: 'trusted', oauth: parsed.oauth });
    return parsed.candidates;
  } catch (error) {
    reportLookupFailure(ctx, url, error, [404, 410], { key: 'source:warning.no-settings-file', params: { url } });
    return [];
  }
}

/** The domain's own autoconfig file, over HTTPS at two well-known places, else over plain HTTP (untrusted). */
export const autoconfigSource: DiscoverySource = {
  name: 'autoconfig',
  bestTrust: 'trusted',
  async run(ctx) {
    const domain = ctx.email.domain;
    const query = `?emailaddress=${encodeURIComponent(ctx.email.address)}`;
    // All three start together so a missing HTTPS file costs no extra time; the address itself is
    // not sent over plain HTTP, and that answer counts only if neither HTTPS place had a file.
    const plainUrl = `http://autoconfig.${domain}/mail/config-v1.1.xml`;
    const plain = loadClientConfig(ctx, plainUrl, 'autoconfig', domain);
    const secure = (
      await Promise.all([
        loadClientConfig(ctx, `https://autoconfig.${domain}/mail/config-v1.1.xml${query}`, 'autoconfig', domain),
        loadClientConfig(ctx, `https://${domain}/.well-known/autoconfig/mail/config-v1.1.xml${query}`, 'autoconfig', domain),
      ])
    ).flat();
    if (secure.length > 0) {
      secure.forEach((spec) => ctx.emit(spec));
      return;
    }
    const fallback = await plain;
    if (fallback.length > 0) ctx.warn('EHTTP', { key: 'source:warning.plain-http', params: { url: plainUrl } });
    fallback.forEach((spec) => ctx.emit(spec));
  },
};
