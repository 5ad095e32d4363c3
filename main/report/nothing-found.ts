import type { DiscoveryResult } from '../../shared/model/discovery';
import type { DnsQuery } from '../../shared/model/lookups';

/** Why a run found no server at all, when the lookups say so plainly. */
export type NothingFoundReason = 'offline' | 'no-such-domain' | 'no-mail-servers';

// Outcomes that mean "nobody answered there": no name, nothing listening, nothing coming back.
const SILENT = new Set(['EDNS', 'ECONNREFUSED', 'ETIMEDOUT', 'ECANCELLED', 'SKIPPED']);

/** A question some DNS server answered, even if only with "no such name" or "no records". */
const answered = (q: DnsQuery) => q.error === undefined;
/** A question no DNS server answered: not reachable, refused, failed, timed out (a cancelled one says nothing). */
const unanswered = (q: DnsQuery) => q.error !== undefined && q.error !== 'ECANCELLED';

/**
 * Tells apart what "nothing found" means for a person, from the run's own records:
 * - offline: DNS never answered a single question, no web lookup got an answer and no server was reached (no
 *   network, a captive portal that answers nothing, DNS blocked). Even a provider the app knows is not found then.
 * - no-such-domain: DNS says the address's domain does not exist (NXDOMAIN for its MX question).
 * - no-mail-servers: the domain exists, but names no mail exchanger and nothing answers mail ports under it.
 * Undefined when servers were found, or when the records do not say which (servers unreachable, broken).
 */
export function whyNothingFound(result: DiscoveryResult): NothingFoundReason | undefined {
  if (result.incoming || result.outgoing || result.cancelled) return undefined;
  const domain = result.email.slice(result.email.lastIndexOf('@') + 1);
  const reachedMailServer = result.candidates.some((c) => c.probe?.connectMs !== undefined || !SILENT.has(c.outcome.code));
  if (reachedMailServer) return undefined;
  const online = result.dns.some(answered) || result.http.some((h) => h.status !== undefined);
  if (!online && result.dns.some(unanswered)) return 'offline';
  const mx = result.dns.find((q) => q.type === 'MX' && q.name === domain && answered(q));
  if (mx?.noSuchName) return 'no-such-domain';
  if (mx && mx.answers.length === 0 && result.candidates.every((c) => c.outcome.code !== 'ETIMEDOUT')) return 'no-mail-servers';
  return undefined;
}
