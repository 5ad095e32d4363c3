import type { CandidateResult, Warning } from '../../shared/model/discovery';
import { isIncoming } from '../../shared/model/server';
import type { SourceName } from '../../shared/model/sources';
import type { KnownDomain } from '../discovery/known-domain';
import type { DiscoverySource } from '../discovery/sources/source';
import { best } from './rank';

/** The sources that answer a known domain from the data the app carries, asking no one about it. */
const OFFLINE_FOR_KNOWN: readonly SourceName[] = ['provider', 'ispdb'];

export interface SourcePlan {
  /** Start at once. */
  first: readonly DiscoverySource[];
  /** Start only if what the first ones found does not answer. */
  later: readonly DiscoverySource[];
}

/**
 * For a domain the app already knows (provider table, then ISPDB snapshot) only the offline sources start:
 * its servers are tried before any DNS or web question about the domain goes out, so a known address is
 * answered privately and without waiting for lookups. An unknown domain starts every source at once.
 */
export function planSources(sources: readonly DiscoverySource[], known: KnownDomain | undefined): SourcePlan {
  const first = known ? sources.filter((s) => OFFLINE_FOR_KNOWN.includes(s.name)) : [];
  if (first.length === 0) return { first: sources, later: [] };
  return { first, later: sources.filter((s) => !first.includes(s)) };
}

/**
 * Whether the known servers answered in both directions (a proven login, or a server that is there and
 * speaks the protocol). Then the domain's own lookups could only name the same provider again; when a
 * direction has nothing that answers (outdated data, a provider that moved), the other sources are asked.
 */
export function knownServersAnswered(candidates: readonly CandidateResult[], preferPop3: boolean): boolean {
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
  heldBack: readonly DiscoverySource[],
): Warning {
  const table = known.origin === 'table';
  return {
    key: `source:known.${state}`,
    params: {
      domain,
      origin: { key: `source:known.origin.${known.origin}` },
      name: known.name,
      // Source names as the command line's --sources spells them: identifiers, the same in every language.
      sources: heldBack.map((s) => s.name).join(', '),
    },
    source: table ? 'provider' : 'ispdb',
    level: 'info',
  };
}
