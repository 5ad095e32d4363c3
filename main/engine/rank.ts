import type { CandidateResult, DoneCandidate } from '../../shared/model/discovery';
import { outcomeTier } from '../../shared/model/outcome';
import { SECURITY_MODES, type Protocol, type Security } from '../../shared/model/server';
import { SOURCE_KINDS, type SourceKind } from '../../shared/model/sources';
import { TRUST_LEVELS, type Trust } from '../../shared/model/trust';

function protocolIndex(protocol: Protocol, preferPop3: boolean): number {
  if (protocol === 'smtp') return 0;
  return (protocol === 'imap') !== preferPop3 ? 0 : 1;
}

/** The part of the ranking that matters for "could anything still beat this?". */
export interface CoreKey {
  tier: number;
  security: Security;
  protocol: Protocol;
  trust: Trust;
}

export function coreKey(c: DoneCandidate): CoreKey {
  return { tier: outcomeTier(c), security: c.security, protocol: c.protocol, trust: c.trust };
}

export function compareCore(a: CoreKey, b: CoreKey, preferPop3: boolean): number {
  return (
    a.tier - b.tier ||
    SECURITY_MODES.indexOf(a.security) - SECURITY_MODES.indexOf(b.security) ||
    protocolIndex(a.protocol, preferPop3) - protocolIndex(b.protocol, preferPop3) ||
    TRUST_LEVELS.indexOf(a.trust) - TRUST_LEVELS.indexOf(b.trust)
  );
}

/** The whole ranking but the tie-break by arrival: what "could this still beat that?" must compare. */
export interface RankKey extends CoreKey {
  source: SourceKind;
  preference?: number;
}

export function rankKey(c: DoneCandidate): RankKey {
  return { ...coreKey(c), source: c.source, preference: c.preference };
}

export function compareRank(a: RankKey, b: RankKey, preferPop3: boolean): number {
  return (
    compareCore(a, b, preferPop3) ||
    SOURCE_KINDS.indexOf(a.source) - SOURCE_KINDS.indexOf(b.source) ||
    // An SRV record's priority and weight (RFC 2782): the backup ranks below the primary.
    (a.preference ?? 0) - (b.preference ?? 0)
  );
}

/** Verified first; then implicit TLS, STARTTLS, plain; IMAP before POP3; trusted sources first; SRV priority. */
export function compareCandidates(a: DoneCandidate, b: DoneCandidate, preferPop3: boolean): number {
  return compareRank(rankKey(a), rankKey(b), preferPop3) || a.id - b.id;
}

/** The best usable finished candidate among those given, or undefined when none reached a server. */
export function best(candidates: readonly CandidateResult[], preferPop3: boolean): DoneCandidate | undefined {
  const usable = candidates.filter((c): c is DoneCandidate => c.state === 'done' && outcomeTier(c) < 2);
  return usable.sort((a, b) => compareCandidates(a, b, preferPop3))[0];
}
