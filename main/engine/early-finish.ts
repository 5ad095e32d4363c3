import type { CandidateResult, DoneCandidate } from '../../shared/model/discovery';
import { isIncoming, type Protocol } from '../../shared/model/server';
import type { Trust } from '../../shared/model/trust';
import { knownServersAnswered } from './known-domain-first';
import { best, compareCore, compareRank, rankKey, type RankKey } from './rank';

/** What the run knows at one moment: its candidates in whatever state, and the sources still asking. */
export interface RunState {
  candidates: readonly CandidateResult[];
  /** The best trust each still-running source could give a suggestion. */
  pendingSources: readonly Trust[];
  /** The same for each source a known domain's run holds back until its known servers have answered. */
  heldBack?: readonly Trust[];
  preferPop3: boolean;
}

const incomingOnly = (c: { protocol: Protocol }) => isIncoming(c.protocol);
const outgoingOnly = (c: { protocol: Protocol }) => c.protocol === 'smtp';

/** The best finished candidate for each direction so far. */
export function bestSoFar(state: RunState): { incoming?: DoneCandidate; outgoing?: DoneCandidate } {
  return {
    incoming: best(state.candidates.filter(incomingOnly), state.preferPop3),
    outgoing: best(state.candidates.filter(outgoingOnly), state.preferPop3),
  };
}

/** Could a candidate not yet finished, or a source still asking, produce something that ranks strictly higher? */
function couldStillBeat(current: DoneCandidate, sameDirection: (c: { protocol: Protocol }) => boolean, state: RunState): boolean {
  const currentKey = rankKey(current);
  const beats = (key: RankKey) => compareRank(key, currentKey, state.preferPop3) < 0;
  // At best, an unfinished candidate gets verified: tier 0 with its own security, protocol, trust, source and
  // preference (an SRV primary still being probed beats a backup already verified).
  const fromProbes = state.candidates.some(
    (c) =>
      c.state !== 'done' &&
      sameDirection(c) &&
      beats({ tier: 0, security: c.security, protocol: c.protocol, trust: c.trust, source: c.source, preference: c.preference }),
  );
  // At best, a source still asking names a verified implicit-TLS server of the preferred protocol (the source's
  // own rank is not known yet, so only the core of the ranking counts).
  const bestProtocol: Protocol = current.protocol === 'smtp' ? 'smtp' : state.preferPop3 ? 'pop3' : 'imap';
  const fromSources = [...state.pendingSources, ...(state.heldBack ?? [])].some(
    (trust) => compareCore({ tier: 0, security: 'tls', protocol: bestProtocol, trust }, currentKey, state.preferPop3) < 0,
  );
  return fromProbes || fromSources;
}

/**
 * The early-finish rule: the verified incoming and outgoing pair, when nothing still pending could rank
 * strictly higher than either; otherwise undefined and the run goes on. Pure: the same state, the same answer.
 */
export function provenBest(state: RunState): { incoming: DoneCandidate; outgoing: DoneCandidate } | undefined {
  const { incoming, outgoing } = bestSoFar(state);
  if (!incoming?.verified || !outgoing?.verified) return undefined;
  if (couldStillBeat(incoming, incomingOnly, state) || couldStillBeat(outgoing, outgoingOnly, state)) return undefined;
  return { incoming, outgoing };
}

/** Every running source has answered and every candidate is finished. */
function quiet(state: RunState): boolean {
  return state.pendingSources.length === 0 && state.candidates.every((c) => c.state === 'done');
}

/** Held-back sources are needed after all: everything else is done, and the known servers did not answer both ways. */
export function askHeldBack(state: RunState): boolean {
  return quiet(state) && (state.heldBack?.length ?? 0) > 0 && !knownServersAnswered(state.candidates, state.preferPop3);
}

/**
 * Nothing left to wait for: every source has answered and every candidate is finished; sources held back
 * for a known domain are not waited for once its known servers answered in both directions.
 */
export function settled(state: RunState): boolean {
  return quiet(state) && ((state.heldBack?.length ?? 0) === 0 || knownServersAnswered(state.candidates, state.preferPop3));
}
