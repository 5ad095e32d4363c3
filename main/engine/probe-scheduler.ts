import type { DoneCandidate, ProbingCandidate } from '../../shared/model/discovery';
import type { CandidateSpec } from '../discovery/candidate';
import { MailSetupError } from '../errors/mail-setup-error';
import { internalFailure } from '../errors/step-error';
import type { Log } from '../log/logger';
import type { CandidateProbe } from '../probe/probe-candidate';
import type { CandidatePool } from './candidate-pool';
import { Limiter } from './limiter';

export interface SchedulerOptions {
  pool: CandidatePool;
  /** At most this many probes at once (each is one connection: the probe, then the trial login on it). */
  concurrency: number;
  /** The run's signal: once it aborts, nothing new starts. */
  signal: AbortSignal;
  /** Probes one suggestion; expected to settle with an outcome, never to reject. */
  probe: (spec: CandidateSpec) => Promise<CandidateProbe>;
  /** Milliseconds since the run started. */
  clock: () => number;
  onStarted: (candidate: ProbingCandidate) => void;
  onFinished: (candidate: DoneCandidate) => void;
  log: Log;
}

/**
 * Runs the probes of the pool's candidates, each as soon as it is suggested (no fixed delay: the ranking, not
 * the start order, decides), within a limit of concurrent probes, each through queued → probing → done. Every state change replaces the candidate's record, so the snapshots
 * handed to listeners never change. After close(), late results are dropped.
 */
export class ProbeScheduler {
  private readonly limiter: Limiter;
  private closed = false;

  constructor(private readonly options: SchedulerOptions) {
    this.limiter = new Limiter(options.concurrency);
  }

  /** Probes a queued candidate (a new one, or one the pool put back in the queue). */
  schedule(id: number): void {
    // lifecycle() handles every failure itself; the catch only keeps a bug in it from going unobserved.
    this.lifecycle(id).catch((error: unknown) => internalFailure(error, this.options.log, { candidate: id }));
  }

  /** The run is over: results arriving from now on change nothing. */
  close(): void {
    this.closed = true;
  }

  private async lifecycle(id: number): Promise<void> {
    const { pool, signal, clock } = this.options;
    const first = pool.get(id);
    try {
      await this.limiter.run(() => this.probeOne(id), signal);
    } catch (error) {
      // Stopped before it began (the run ended or was cancelled): it stays queued, and the run says why.
      if (signal.aborted && (isAbort(error) || (error instanceof MailSetupError && error.code === 'ECANCELLED'))) return;
      if (this.closed) return;
      const found = { outcome: internalFailure(error, this.options.log, { candidate: id }), addresses: [], logins: [] };
      this.options.onFinished(
        pool.done(id, { ...found, security: first.security, username: first.username, verified: false, startedAt: clock() }),
      );
    }
  }

  private async probeOne(id: number): Promise<void> {
    const { pool, clock, log } = this.options;
    if (this.closed) return;
    const startedAt = clock();
    this.options.onStarted(pool.probing(id, startedAt));
    const began = performance.now();
    let result: CandidateProbe;
    try {
      result = await this.options.probe(pool.spec(id));
    } catch (error) {
      const spec = pool.spec(id);
      result = {
        security: spec.security,
        username: pool.get(id).username,
        verified: false,
        addresses: [],
        logins: [],
        outcome: internalFailure(error, log, { candidate: id }),
      };
    }
    if (this.closed) return;
    this.options.onFinished(pool.done(id, { ...result, ms: Math.round(performance.now() - began), startedAt }));
  }
}

function isAbort(error: unknown): boolean {
  return error instanceof Error && error.name === 'AbortError';
}
