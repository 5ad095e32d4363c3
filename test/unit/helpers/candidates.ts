import type { CandidateBase, CandidateResult, DiscoveryResult, DoneCandidate } from '../../../shared/model/discovery';
import type { Outcome } from '../../../shared/model/outcome';

let nextId = 1;

const base = (over: Partial<CandidateBase>): CandidateBase => ({
  id: nextId++,
  protocol: 'imap',
  host: 'imap.example.test',
  port: 993,
  security: 'tls',
  username: 'alice@example.test',
  verified: false,
  source: 'guess',
  sourceDetail: 'imap.example.test',
  alsoFrom: [],
  trust: 'domain',
  ...over,
});

/** A finished candidate; verified exactly when the outcome is OK. */
export function done(over: Partial<DoneCandidate> & { outcome?: Outcome } = {}): DoneCandidate {
  const outcome = over.outcome ?? { code: 'OK' };
  return { ...base(over), addresses: ['127.0.0.1'], logins: [], ...over, outcome, verified: outcome.code === 'OK', state: 'done' };
}

export function queued(over: Partial<CandidateBase> = {}): CandidateResult {
  return { ...base(over), state: 'queued' };
}

export function probing(over: Partial<CandidateBase> = {}): CandidateResult {
  return { ...base(over), state: 'probing', startedAt: 0 };
}

/** A discovery result around some candidates, the chosen ones given by id. */
export function resultWith(
  candidates: DoneCandidate[],
  chosen: { incoming?: DoneCandidate; outgoing?: DoneCandidate },
  over: Partial<DiscoveryResult> = {},
): DiscoveryResult {
  const line = (c?: DoneCandidate) =>
    c
      ? {
          protocol: c.protocol,
          host: c.host,
          port: c.port,
          security: c.security,
          username: c.username,
          verified: c.verified,
          candidateId: c.id,
          source: c.source,
          reasons: [],
        }
      : null;
  return {
    email: 'alice@example.test',
    incoming: line(chosen.incoming),
    outgoing: line(chosen.outgoing),
    candidates,
    warnings: [],
    providers: [],
    dns: [],
    resolver: 'system',
    http: [],
    exhaustive: true,
    cancelled: false,
    elapsedMs: 100,
    ...over,
  };
}
