import { SRV_SERVICES } from '../srv-services';
import { trustFor } from '../trust-rule';
import { MailSetupError } from '../../errors/mail-setup-error';
import type { DiscoverySource } from './source';

/** DNS SRV records (RFC 6186/8314); a record whose target is "." means the service is not offered. */
export const srvSource: DiscoverySource = {
  name: 'srv',
  bestTrust: 'trusted',
  async run(ctx) {
    await Promise.all(
      SRV_SERVICES.map(async ([label, protocol, security]) => {
        const name = `${label}.${ctx.email.domain}`;
        let records;
        try {
          records = await ctx.resolver.srv(name, ctx.signal);
        } catch (error) {
          if (!(error instanceof MailSetupError)) return ctx.unexpected(error);
          if (error.code !== 'ECANCELLED')
            ctx.warn(error.code, { key: 'source:warning.dns-failed', params: { name, reason: error.failure.reason } });
          return;
        }
        const offered = records.filter((r) => r.target !== '' && r.target !== '.');
        if (records.length > 0 && offered.length === 0) {
          ctx.inform({ key: 'source:warning.not-offered', params: { name } });
          return;
        }
        // Lowest priority first; among equals the heavier weight, as RFC 2782 intends on average.
        offered.sort((a, b) => a.priority - b.priority || b.weight - a.weight);
        offered.forEach((record, index) => {
          const host = record.target.toLowerCase().replace(/\.$/, '');
          // RFC 6186 section 6: a target outside the domain needs the user's confirmation.
          const trust = trustFor(host, ctx.email.domain, 'srv');
          ctx.emit({
            protocol,
            host,
            port: record.port,
            security,
            username: '%EMAILADDRESS%',
            source: 'srv',
            sourceDetail: `${name} SRV ${record.priority} ${record.weight} ${record.port} ${host}`,
            trust,
            preference: index,
          });
        });
      }),
    );
  },
};
