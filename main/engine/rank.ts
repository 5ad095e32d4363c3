import { SOURCE_KINDS, TRUST_ORDER, type Protocol, type Security, type Trust } from '../discovery/candidate';
import type { OutcomeCode } from '../errors/error-codes';
import type { CandidateResult } from './discovery-types';

const SECURITY_ORDER: Security[] = ['tls', 'starttls', 'plain'];

// Outcomes that prove the right server answers, even though the login was not (yet) proven.
const REACHED: OutcomeCode[] = ['REACHABLE', 'EAUTH', 'ENOAUTHMECH', 'EPLAINTEXT', 'ENOCONSENT', 'ETLS'];

/** 0: verified; 1: the server is there but the login is not proven; 2: not usable. */
export function outcomeTier(candidate: Pick<CandidateResult, 'outcome' | 'verified'>): number {
  if (candidate.verified) return 0;
  if (candidate.outcome.code === 'ETLS' && candidate.outcome.certProblem === 'handshake') return 2;
  return REACHED.includes(candidate.outcome.code) ? 1 : 2;
}

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

export function coreKey(c: Pick<CandidateResult, 'outcome' | 'verified' | 'security' | 'protocol' | 'trust'>): CoreKey {
  return { tier: outcomeTier(c), security: c.security, protocol: c.protocol, trust: c.trust };
}

export function compareCore(a: CoreKey, b: CoreKey, preferPop3: boolean): number {
  return (
    a.tier - b.tier ||
    SECURITY_ORDER.indexOf(a.security) - SECURITY_ORDER.indexOf(b.security) ||
    protocolIndex(a.protocol, preferPop3) - protocolIndex(b.protocol, preferPop3) ||
    TRUST_ORDER.indexOf(a.trust) - TRUST_ORDER.indexOf(b.trust)
  );
}

/** Verified first; then implicit TLS, STARTTLS, plain; IMAP before POP3; trusted sources first. */
export function compareCandidates(a: CandidateResult, b: CandidateResult, preferPop3: boolean): number {
  return (
    compareCore(coreKey(a), coreKey(b), preferPop3) ||
    SOURCE_KINDS.indexOf(a.source) - SOURCE_KINDS.indexOf(b.source) ||
    (a.preference ?? 0) - (b.preference ?? 0) ||
    a.id - b.id
  );
}

/** The best usable candidate among those given, or undefined when none reached a server. */
export function best(candidates: CandidateResult[], preferPop3: boolean): CandidateResult | undefined {
  const usable = candidates.filter((c) => c.state === 'done' && outcomeTier(c) < 2);
  return usable.sort((a, b) => compareCandidates(a, b, preferPop3))[0];
}
