import { isIncoming } from '../discovery/candidate';
import type { KnownDomain } from '../discovery/known-domain';
import type { DiscoverySource, SourceName, Warning } from '../discovery/sources/source';
import type { CandidateResult } from './discovery-types';
import { best } from './rank';

/** The sources that answer a known domain from the data the app carries, asking no one about it. */
const OFFLINE_FOR_KNOWN: readonly SourceName[] = ['provider', 'ispdb'];

export interface SourcePlan {
  /** Start at once. */
  first: DiscoverySource[];
  /** Start only if what the first ones found does not answer. */
  later: DiscoverySource[];
}

/**
 * For a domain the app already knows (provider table, then ISPDB snapshot) only the offline sources start:
 * its servers are tried before any DNS or web question about the domain goes out, so a known address is
 * answered privately and without waiting for lookups. An unknown domain starts every source at once.
 */
export function planSources(sources: DiscoverySource[], known: KnownDomain | undefined): SourcePlan {
  const first = known ? sources.filter((s) => OFFLINE_FOR_KNOWN.includes(s.name)) : [];
  if (first.length === 0) return { first: sources, later: [] };
  return { first, later: sources.filter((s) => !first.includes(s)) };
}

/**
 * Whether the known servers answered in both directions (a proven login, or a server that is there and
 * speaks the protocol). Then the domain's own lookups could only name the same provider again; when a
 * direction has nothing that answers (outdated data, a provider that moved), the other sources are asked.
 */
export function knownServersAnswered(candidates: CandidateResult[], preferPop3: boolean): boolean {
  const incoming = best(
    candidates.filter((c) => isIncoming(c.protocol)),
    preferPop3,
  );
  const outgoing = best(
    candidates.filter((c) => c.protocol === 'smtp'),
    preferPop3,
  );
  return Boolean(incoming && outgoing);
}

/** What the run did about the sources it held back, for the warnings list and the report. */
export function knownDomainNote(
  domain: string,
  known: KnownDomain,
  state: 'answered' | 'unanswered' | 'stopped',
  heldBack: DiscoverySource[],
): Warning {
  const table = known.origin === 'table';
  const from = `${domain} is known from ${table ? 'the built-in provider table' : 'the bundled ISPDB snapshot'} (${known.name})`;
  const names = heldBack.map((s) => s.name).join(', ');
  const message =
    state === 'answered'
      ? `${from} and its servers answered, so nothing was asked about ${domain} (not asked: ${names})`
      : state === 'unanswered'
        ? `${from}, but its servers did not answer; asking the other sources (${names})`
        : `${from}; the run stopped before the other sources (${names}) were asked`;
  return { source: table ? 'provider' : 'ispdb', level: 'info', message };
}
