import type { Protocol, Security } from '../../../shared/model/server';
import { MailSetupError } from '../../errors/mail-setup-error';
import { baseDomain } from '../in-domain';
import { providerCandidates, providerForMx, providerInfo } from '../provider-table';
import { askIspdb } from './ispdb-source';
import { answerFromSnapshot } from './snapshot-answer';
import { trustFor } from '../trust-rule';
import type { DiscoverySource } from './source';

const MX_HOST_PORTS: [Protocol, number, Security][] = [
  ['imap', 993, 'tls'],
  ['imap', 143, 'starttls'],
  ['pop3', 995, 'tls'],
  ['pop3', 110, 'starttls'],
  ['smtp', 465, 'tls'],
  ['smtp', 587, 'starttls'],
];

/**
 * The domain's MX: a big provider behind it (aspmx.l.google.com → Gmail), the ISPDB entry of the MX's
 * own domain (from the bundled snapshot, else the live ISPDB), and the MX host itself, which often serves
 * IMAP and submission too.
 */
export const mxSource: DiscoverySource = {
  name: 'mx',
  bestTrust: 'trusted',
  async run(ctx) {
    const records = await ctx.resolver.mx(ctx.email.domain, ctx.signal).catch((error: unknown) => {
      if (!(error instanceof MailSetupError)) ctx.unexpected(error);
      else if (error.code !== 'ECANCELLED')
        ctx.warn(error.code, {
          key: 'source:warning.dns-failed',
          params: { name: `MX ${ctx.email.domain}`, reason: error.failure.reason },
        });
      return [];
    });
    const primary = records.find((r) => r.exchange && r.exchange !== '.');
    if (!primary) return;
    const mxHost = primary.exchange.replace(/\.$/, '');
    const provider = providerForMx(mxHost);
    if (provider) {
      ctx.noteProvider(providerInfo(provider));
      for (const spec of providerCandidates(provider, 'mx', mxHost)) ctx.emit(spec);
      return;
    }
    const mxDomain = baseDomain(mxHost);
    const sameDomain = mxDomain === baseDomain(ctx.email.domain);
    // An MX inside a provider the bundled snapshot lists is answered from it; the live ISPDB hears only of
    // other MX domains. MX answers are unauthenticated DNS data, so what they lead to needs the user's OK.
    const listed = sameDomain ? undefined : ctx.ispdbSnapshot.forMxHost(mxHost);
    if (listed) answerFromSnapshot(ctx, listed.provider, listed.domain, 'elsewhere', mxHost);
    const ispdb = sameDomain || listed ? Promise.resolve() : askIspdb(ctx, mxDomain);
    for (const [protocol, port, security] of MX_HOST_PORTS) {
      ctx.emit({
        protocol,
        host: mxHost,
        port,
        security,
        username: '%EMAILADDRESS%',
        source: 'mx',
        sourceDetail: mxHost,
        // A mail exchanger in another domain is often a filtering service: no password without consent.
        trust: trustFor(mxHost, ctx.email.domain, 'dns'),
      });
    }
    await ispdb;
  },
};
