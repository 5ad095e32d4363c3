import type { SavedResult } from '../../shared/model/saved-result';
import type { Protocol, Security } from '../../shared/model/server';
import { SRV_SERVICES } from '../discovery/srv-services';

/**
 * What a discovery run established about one RFC 6186/8314 service of the domain (IMAP with implicit TLS, IMAP
 * with STARTTLS, …): the servers that answered as that service or that the domain's own SRV records name, or that it
 * is not offered. A service neither
 * proven nor ruled out is simply absent: the run may never have looked (it stops once the best settings are
 * proven), and a DNS record saying "not offered" where a server exists would send every client away from it.
 */
export type ServiceOffer =
  | { offered: true; servers: { host: string; port: number }[] }
  /** domain: the domain's own SRV record says so ("." target); probed: every server tried had nothing there. */
  | { offered: false; why: 'domain' | 'probed' };

export type ServiceKey = `${Protocol}/${Security}`;
export type ServiceOffers = Partial<Record<ServiceKey, ServiceOffer>>;

// Outcomes that show the service is there (a correct answer, with or without a login).
const ANSWERED = ['OK', 'REACHABLE'];
// Outcomes that show nothing offers it there: no such host, nothing listening, no STARTTLS on a STARTTLS port. A
// timeout is not one of them: a firewall on the person's own network drops packets just the same. A candidate
// still queued or skipped (the run stopped early) leaves the question open.
const NOTHING_THERE = ['EDNS', 'ECONNREFUSED', 'ENOSTARTTLS'];
// A guessed host that does not exist says nothing about the real servers: at least one host that exists must
// have said no.
const EXISTING_HOST_SAID_NO = ['ECONNREFUSED', 'ENOSTARTTLS'];

export const serviceKey = (protocol: Protocol, security: Security): ServiceKey => `${protocol}/${security}`;

/** The services of the domain as the result shows them: the chosen servers first, then every other that answered. */
export function serviceOffers(result: SavedResult, domain: string): ServiceOffers {
  const offers: ServiceOffers = {};
  const candidates = result.candidates ?? [];
  for (const [label, protocol, security] of SRV_SERVICES) {
    const key = serviceKey(protocol, security);
    const servers: { host: string; port: number }[] = [];
    const add = (host: string, port: number) => {
      if (!servers.some((s) => s.host === host && s.port === port)) servers.push({ host, port });
    };
    for (const chosen of [result.incoming, result.outgoing])
      if (chosen && chosen.protocol === protocol && chosen.security === security) add(chosen.host, chosen.port);
    const ofKind = candidates.filter((c) => c.protocol === protocol && c.security === security);
    for (const c of ofKind) if (c.outcome && ANSWERED.includes(c.outcome.code)) add(c.host, c.port);
    // What the domain's own SRV records name stays, unless it was tried and nothing was there.
    for (const c of ofKind) if (c.source === 'srv' && !(c.outcome && NOTHING_THERE.includes(c.outcome.code))) add(c.host, c.port);
    if (servers.length > 0) {
      offers[key] = { offered: true, servers };
      continue;
    }
    const name = `${label}.${domain}`;
    const domainSaid = (result.warnings ?? []).some((w) => w.key === 'source:warning.not-offered' && w.params?.name === name);
    if (domainSaid) offers[key] = { offered: false, why: 'domain' };
    else if (
      ofKind.every((c) => c.outcome && NOTHING_THERE.includes(c.outcome.code)) &&
      ofKind.some((c) => c.outcome && EXISTING_HOST_SAID_NO.includes(c.outcome.code))
    )
      offers[key] = { offered: false, why: 'probed' };
  }
  return offers;
}
