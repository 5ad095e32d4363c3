import type { Protocol, Security } from '../../../shared/model/server';
import { MailSetupError } from '../../errors/mail-setup-error';
import type { DiscoverySource } from './source';

const GUESSES: Record<Protocol, { prefixes: string[]; ports: [number, Security][] }> = {
  imap: {
    prefixes: ['imap.', 'mail.', ''],
    ports: [
      [993, 'tls'],
      [143, 'starttls'],
    ],
  },
  pop3: {
    prefixes: ['pop.', 'pop3.', 'mail.', ''],
    ports: [
      [995, 'tls'],
      [110, 'starttls'],
    ],
  },
  smtp: {
    prefixes: ['smtp.', 'mail.', ''],
    ports: [
      [465, 'tls'],
      [587, 'starttls'],
    ],
  },
};

/** Common host names in the address's own domain on the standard ports; only names that exist are probed. */
export const guessSource: DiscoverySource = {
  name: 'guess',
  bestTrust: 'domain',
  async run(ctx) {
    const domain = ctx.email.domain;
    const hosts = [...new Set(Object.values(GUESSES).flatMap((g) => g.prefixes.map((p) => `${p}${domain}`)))];
    await Promise.all(
      hosts.map(async (host) => {
        try {
          await ctx.resolver.addresses(host, ctx.signal);
        } catch (error) {
          // No such name: nothing to guess there. Only a bug is worth telling.
          if (!(error instanceof MailSetupError)) ctx.unexpected(error);
          return;
        }
        for (const [protocol, guess] of Object.entries(GUESSES) as [Protocol, (typeof GUESSES)[Protocol]][]) {
          if (!guess.prefixes.some((p) => `${p}${domain}` === host)) continue;
          for (const [port, security] of guess.ports) {
            ctx.emit({
              protocol,
              host,
              port,
              security,
              username: '%EMAILADDRESS%',
              source: 'guess',
              sourceDetail: host,
              trust: 'domain',
            });
          }
        }
      }),
    );
  },
};
