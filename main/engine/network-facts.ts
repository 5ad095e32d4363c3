import type { DoneCandidate, NetworkFacts } from '../../shared/model/discovery';
import type { ConnectAttempt } from '../../shared/model/probe';
import { isIP } from 'node:net';
import { ATTEMPT_DELAY_MS } from '../net/connector';

/** Every connection attempt of a candidate: the recorded ones, or its one address when it connected at once. */
function attemptsOf(c: DoneCandidate): ConnectAttempt[] {
  if (!c.probe) return [];
  if (c.probe.attempts) return c.probe.attempts;
  if (c.probe.connectMs === undefined || !c.probe.address) return [];
  return [{ address: c.probe.address, family: isIP(c.probe.address) === 6 ? 6 : 4, ms: c.probe.connectMs, result: 'connected' }];
}

/**
 * Which address families got through. A family is broken when its attempts timed out, found no route, or were
 * still waiting after the happy-eyeballs delay when the other family connected, and none of its attempts ever got
 * through; a refusal proves the route works (the host answered). The chosen servers speak first: they are what the
 * person's mail app will connect to, so when they were reached over one family only, that is the fact to report
 * (a refusal on some other port of the same host says little about the route the app will take). Without chosen
 * servers with an IPv6 address, every connection of the run counts. Undefined when no server had an IPv6 address.
 */
export function networkFacts(
  candidates: readonly DoneCandidate[],
  chosen: readonly (DoneCandidate | undefined)[] = [],
): NetworkFacts | undefined {
  const picked = chosen.filter((c): c is DoneCandidate => c !== undefined).flatMap(attemptsOf);
  const attempts = picked.some((a) => a.family === 6) ? picked : candidates.flatMap(attemptsOf);
  if (!attempts.some((a) => a.family === 6)) return undefined;
  const state = (family: 4 | 6): NetworkFacts['ipv6'] => {
    const mine = attempts.filter((a) => a.family === family);
    if (mine.length === 0) return 'untried';
    const through = mine.some((a) => a.result === 'connected' || a.result === 'refused' || a.result === 'reset');
    if (through) return 'works';
    const stuck = mine.some(
      (a) => a.result === 'timed-out' || a.result === 'unreachable' || (a.result === 'abandoned' && a.ms >= ATTEMPT_DELAY_MS),
    );
    return stuck ? 'broken' : 'untried';
  };
  return { ipv6: state(6), ipv4: state(4) };
}
