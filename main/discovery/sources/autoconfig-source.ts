import type { CandidateSpec } from '../candidate';
import { parseAutoconfig } from '../parse-autoconfig';
import { documentVoucher, trustFor, type Voucher } from '../trust-rule';
import { reportLookupFailure, type DiscoverySource, type SourceContext } from './source';

/**
 * Who vouches for a clientConfig document: the domain's own file counts when every hop was HTTPS inside the
 * domain (a redirect to another domain's file makes it that domain's word); an ISPDB entry counts when it is
 * about the address's own domain and came over HTTPS (the entry of the MX's domain is another domain's word).
 */
function voucherFor(kind: 'autoconfig' | 'ispdb', urls: string[], secure: boolean, configDomain: string, domain: string): Voucher {
  if (kind === 'autoconfig') return documentVoucher(urls, secure, domain);
  if (!secure) return 'plain-http';
  return configDomain === domain ? 'curated' : 'elsewhere';
}

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
    const voucher = voucherFor(kind, result.urls, result.secure, configDomain, ctx.email.domain);
    const parsed = parseAutoconfig(result.body, configDomain, source, result.finalUrl, 'untrusted');
    for (const reason of parsed.skipped) ctx.warn('EXML', { key: 'source:warning.entry-skipped', params: { url, reason } });
    if (parsed.passwordNote)
      ctx.noteProvider({ id: configDomain, name: parsed.displayName ?? configDomain, passwordNote: parsed.passwordNote });
    // Sign-in settings count only from a document the domain (or a curated list) vouches for: they send the
    // person to a page that asks for their password.
    if (parsed.oauth && (voucher === 'own-domain' || voucher === 'curated'))
      ctx.noteFact?.({ kind: 'oauth-sign-in', source: kind, url: result.finalUrl, trust: 'trusted', oauth: parsed.oauth });
    return parsed.candidates.map((c) => ({ ...c, trust: trustFor(c.host, ctx.email.domain, voucher) }));
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
