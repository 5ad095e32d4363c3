import type { Warning } from '../../shared/model/discovery';
import type { MailboxFact } from '../../shared/model/mailbox-facts';
import type { Message } from '../../shared/model/message';
import type { OutcomeCode } from '../../shared/model/outcome';
import type { ProviderInfo } from '../../shared/model/provider';
import type { Trust } from '../../shared/model/trust';
import type { CandidateSpec } from '../discovery/candidate';
import type { IspdbSnapshot } from '../discovery/ispdb-snapshot';
import type { DiscoverySource, SourceContext } from '../discovery/sources/source';
import { internalFailure } from '../errors/step-error';
import { httpFetch } from '../net/http-fetch';
import type { SourcePlan } from './known-domain-first';
import type { RunContext } from './run-context';

/** What every source of a run is given besides the run itself. */
export interface SourceSettings {
  ispdbBaseUrl: string;
  /** The bundled ISPDB data (or a test's own): domains it lists are answered from it, never asked about online. */
  ispdbSnapshot: IspdbSnapshot;
  microsoftAutodiscoverUrl?: string;
}

/**
 * Starts the sources of a plan, each with its own context, and keeps what they report on the side: warnings,
 * notes, the providers recognised and the facts established. Knows which sources are still asking and which
 * are held back (for the early-finish rule), and starts the held-back ones when asked to.
 */
export class SourceRunner {
  readonly warnings: Warning[] = [];
  readonly providers: ProviderInfo[] = [];
  readonly facts: MailboxFact[] = [];
  private readonly running = new Set<DiscoverySource>();
  private waiting: readonly DiscoverySource[] = [];
  private closed = false;

  constructor(
    private readonly run: RunContext,
    private readonly settings: SourceSettings,
    private readonly events: { suggest(spec: CandidateSpec): void; sourceDone(): void },
  ) {}

  /** The best trust each still-running source could give a suggestion. */
  pendingTrust(): Trust[] {
    return [...this.running].map((s) => s.bestTrust);
  }

  /** The same for each source held back (not started yet). */
  heldBackTrust(): Trust[] {
    return this.waiting.map((s) => s.bestTrust);
  }

  /** Starts the plan's first sources; the later ones wait for releaseHeldBack(). */
  start(plan: SourcePlan): void {
    this.waiting = plan.later;
    this.startAll(plan.first);
  }

  /** Starts the sources that were held back; returns them. */
  releaseHeldBack(): readonly DiscoverySource[] {
    const released = this.waiting;
    this.waiting = [];
    this.startAll(released);
    return released;
  }

  /** A note of the run's own (not of one source), kept and shown like the sources' warnings. */
  notice(warning: Warning): void {
    const frozen = Object.freeze(warning);
    this.warnings.push(frozen);
    this.run.emit({ type: 'warning', warning: frozen });
  }

  /** The run is over: what sources still report from now on is not part of its result. */
  close(): void {
    this.closed = true;
  }

  private startAll(sources: readonly DiscoverySource[]): void {
    for (const source of sources) this.running.add(source);
    for (const source of sources) this.startOne(source);
  }

  private startOne(source: DiscoverySource): void {
    const { run } = this;
    const began = performance.now();
    let found = 0;
    const note = (level: Warning['level'], message: Message, code?: OutcomeCode) => {
      if (!this.closed) this.notice({ ...message, source: source.name, level, ...(code ? { code } : {}) });
    };
    const unexpected = (error: unknown) => {
      const failure = internalFailure(error, run.log, { source: source.name });
      note('warning', { key: 'source:warning.source-failed', params: { source: source.name, reason: failure.reason } }, 'EINTERNAL');
    };
    const ctx: SourceContext = {
      email: run.email,
      resolver: run.resolver,
      trust: run.trust,
      signal: run.signal,
      ispdbBaseUrl: this.settings.ispdbBaseUrl,
      ispdbSnapshot: this.settings.ispdbSnapshot,
      microsoftAutodiscoverUrl: this.settings.microsoftAutodiscoverUrl,
      emit: (spec) => {
        found++;
        this.events.suggest(spec);
      },
      warn: (code, message) => note('warning', message, code),
      inform: (message) => note('info', message),
      noteProvider: (info) => {
        if (!this.closed && !this.providers.some((p) => p.id === info.id)) this.providers.push(Object.freeze(info));
      },
      noteFact: (fact) => {
        if (!this.closed) this.facts.push(Object.freeze(fact));
      },
      fetch: (url, fetchOptions) =>
        httpFetch(url, { ...fetchOptions, resolver: run.resolver, trust: run.trust, signal: run.signal, onRecord: run.recordHttp }),
      unexpected,
    };
    run.emit({ type: 'source-started', source: source.name });
    source
      .run(ctx)
      .catch(unexpected)
      .finally(() => {
        this.running.delete(source);
        run.log.debug('source finished', { source: source.name, found, ms: Math.round(performance.now() - began) });
        run.emit({ type: 'source-finished', source: source.name, found, ms: Math.round(performance.now() - began) });
        this.events.sourceDone();
      });
  }
}
