import type {
  CandidateBase,
  CandidateResult,
  DoneCandidate,
  ProbeFindings,
  ProbingCandidate,
  QueuedCandidate,
} from '../../shared/model/discovery';
import { endpointKey } from '../../shared/model/server';
import { TRUST_LEVELS } from '../../shared/model/trust';
import type { CandidateSpec } from '../discovery/candidate';

export type Added =
  /** A server not seen before: probe it. */
  | { kind: 'new'; candidate: QueuedCandidate }
  /** A server already known; `reprobe` when a better source now vouches for it and the password was withheld. */
  | { kind: 'known'; candidate: CandidateResult; reprobe: boolean };

interface Entry {
  spec: CandidateSpec;
  record: CandidateResult;
}

/** Records are replaced, never changed: whoever holds one (an event listener) keeps what it saw. */
function frozen<T extends CandidateResult>(record: T): T {
  Object.freeze(record.alsoFrom);
  return Object.freeze(record);
}

/** What a candidate is whatever its state: the server, where it came from, how far it is trusted. */
function baseOf(r: CandidateBase): CandidateBase {
  return {
    id: r.id,
    protocol: r.protocol,
    host: r.host,
    port: r.port,
    security: r.security,
    username: r.username,
    verified: r.verified,
    source: r.source,
    sourceDetail: r.sourceDetail,
    alsoFrom: r.alsoFrom,
    trust: r.trust,
    ...(r.provider ? { provider: r.provider } : {}),
    ...(r.preference !== undefined ? { preference: r.preference } : {}),
  };
}

/**
 * Every server the sources suggested, once each: suggestions of the same endpoint are one candidate (the
 * others are noted in `alsoFrom`); a cleartext port is always tried with STARTTLS first; a better source
 * naming a known server raises its trust. Holds each candidate's current state as an immutable record.
 */
export class CandidatePool {
  private readonly entries: Entry[] = [];
  private readonly byKey = new Map<string, number>();

  /** `firstUsername` fills a username template with the run's address (what a queued candidate shows). */
  constructor(private readonly firstUsername: (template: string) => string) {}

  add(suggested: CandidateSpec): Added {
    // A cleartext port is always tried with STARTTLS first; "plain" is what remains if the server lacks it.
    const spec: CandidateSpec = suggested.security === 'plain' ? { ...suggested, security: 'starttls' } : suggested;
    const key = endpointKey(spec);
    const known = this.byKey.get(key);
    if (known !== undefined) return this.again(known, suggested);
    const id = this.entries.length + 1;
    const candidate: QueuedCandidate = frozen({
      id,
      protocol: spec.protocol,
      host: spec.host,
      port: spec.port,
      security: spec.security,
      username: this.firstUsername(spec.username),
      verified: false,
      source: spec.source,
      sourceDetail: spec.sourceDetail,
      alsoFrom: [],
      trust: spec.trust,
      ...(spec.provider ? { provider: spec.provider } : {}),
      ...(spec.preference !== undefined ? { preference: spec.preference } : {}),
      state: 'queued',
    });
    this.entries.push({ spec, record: candidate });
    this.byKey.set(key, id);
    return { kind: 'new', candidate };
  }

  private again(id: number, suggested: CandidateSpec): Added {
    const entry = this.entries[id - 1];
    const upgraded = TRUST_LEVELS.indexOf(suggested.trust) < TRUST_LEVELS.indexOf(entry.spec.trust);
    if (upgraded) entry.spec = { ...entry.spec, trust: suggested.trust };
    const record = {
      ...entry.record,
      alsoFrom: [...entry.record.alsoFrom, { source: suggested.source, detail: suggested.sourceDetail }],
      trust: entry.spec.trust,
    };
    entry.record = frozen(record);
    return { kind: 'known', candidate: entry.record, reprobe: upgraded && this.needsReprobe(id) };
  }

  /** The password was withheld only because of a weaker source, and a better one has named the server since. */
  needsReprobe(id: number): boolean {
    const record = this.get(id);
    return record.state === 'done' && record.outcome.code === 'ENOCONSENT' && record.trust !== 'untrusted';
  }

  get(id: number): CandidateResult {
    return this.entries[id - 1].record;
  }

  /** The suggestion as it stands now (its trust raised by later sources), for the probe to use. */
  spec(id: number): CandidateSpec {
    return this.entries[id - 1].spec;
  }

  all(): CandidateResult[] {
    return this.entries.map((e) => e.record);
  }

  /** Back to the queue for another probe (a re-probe once consent is no longer needed), as the suggestion stands. */
  requeue(id: number): QueuedCandidate {
    const { spec } = this.entries[id - 1];
    const base = { ...baseOf(this.get(id)), security: spec.security, username: this.firstUsername(spec.username), verified: false };
    return this.replace(id, { ...base, state: 'queued' });
  }

  probing(id: number, startedAt: number): ProbingCandidate {
    return this.replace(id, { ...baseOf(this.get(id)), state: 'probing', startedAt });
  }

  /** Finished: what the probe found replaces what the suggestion said (security, username, verified). */
  done(id: number, found: ProbeFindings & Pick<CandidateBase, 'security' | 'username' | 'verified'>): DoneCandidate {
    return this.replace(id, { ...baseOf(this.get(id)), ...found, state: 'done' });
  }

  private replace<T extends CandidateResult>(id: number, record: T): T {
    this.entries[id - 1].record = frozen(record);
    return record;
  }
}
