import type { CandidateSpec } from '../candidate';
import { MailSetupError } from '../../errors/mail-setup-error';
import { documentVoucher, trustFor } from '../trust-rule';
import { poxRequestBody } from '../microsoft365';
import { parseAutodiscover } from '../parse-autodiscover';
import { reportLookupFailure, type DiscoverySource, type SourceContext } from './source';

async function ask(ctx: SourceContext, url: string): Promise<CandidateSpec[]> {
  try {
    const result = await ctx.fetch(url, {
      method: 'POST',
      body: poxRequestBody(ctx.email.address),
      headers: { 'content-type': 'text/xml; charset=utf-8' },
    });
    // Redirects and the SRV record may lead elsewhere; only HTTPS answers from the domain itself vouch for servers.
    const voucher = documentVoucher(result.urls, result.secure, ctx.email.domain);
    const parsed = parseAutodiscover(result.body, result.finalUrl, 'untrusted');
    for (const reason of parsed.skipped) ctx.warn('EXML', { key: 'source:warning.entry-skipped', params: { url, reason } });
    if (parsed.redirectAddress)
      ctx.inform({ key: 'source:warning.autodiscover-redirect', params: { url, address: parsed.redirectAddress.slice(0, 254) } });
    return parsed.candidates.map((c) => ({ ...c, trust: trustFor(c.host, ctx.email.domain, voucher) }));
  } catch (error) {
    // Exchange answers 401 to anonymous POX requests: that means "not for us", not a fault.
    reportLookupFailure(ctx, url, error, [401, 403, 404, 405, 410], { key: 'source:warning.no-autodiscover', params: { url } });
    return [];
  }
}

/** Exchange Autodiscover (POX) for its IMAP/POP/SMTP entries: the domain, autodiscover.<domain>, and the SRV record. */
export const autodiscoverSource: DiscoverySource = {
  name: 'autodiscover',
  bestTrust: 'trusted',
  async run(ctx) {
    const domain = ctx.email.domain;
    const srvTargets = ctx.resolver.srv(`_autodiscover._tcp.${domain}`, ctx.signal).catch((error: unknown) => {
      // No record, or DNS trouble the SRV source reports already: only a bug is worth telling.
      if (!(error instanceof MailSetupError)) ctx.unexpected(error);
      return [];
    });
    const lookups = [
      ask(ctx, `https://${domain}/autodiscover/autodiscover.xml`),
      ask(ctx, `https://autodiscover.${domain}/autodiscover/autodiscover.xml`),
      srvTargets.then(async (records) => {
        const target = records.filter((r) => r.target && r.target !== '.').sort((a, b) => a.priority - b.priority)[0];
        return target ? ask(ctx, `https://${target.target}:${target.port}/autodiscover/autodiscover.xml`) : [];
      }),
    ];
    // The first place that answers wins; the others would only repeat it.
    const answers = await Promise.all(lookups);
    const first = answers.find((a) => a.length > 0) ?? [];
    first.forEach((spec) => ctx.emit(spec));
  },
};
