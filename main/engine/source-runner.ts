import type { Warning } from '../../shared/model/discovery';
import type { Message } from '../../shared/model/message';
import type { OutcomeCode } from '../../shared/model/outcome';
import type { ProviderInfo } from '../../shared/model/provider';
import type { Trust } from '../../shared/model/trust';
import type { CandidateSpec } from '../discovery/candidate';
import type { DiscoverySource, SourceContext } from '../discovery/sources/source';
import { internalFailure } from '../errors/step-error';
import { httpFetch } from '../net/http-fetch';
import type { RunContext } from './run-context';

/**
 * Starts every source at once, each with its own context, and keeps what they report on the side: warnings,
 * notes and the providers recognised. Knows which sources are still asking (for the early-finish rule).
 */
export class SourceRunner {
  readonly warnings: Warning[] = [];
  readonly providers: ProviderInfo[] = [];
  private readonly running = new Set<DiscoverySource>();

  constructor(
    private readonly run: RunContext,
    private readonly ispdbBaseUrl: string,
    private readonly events: { suggest(spec: CandidateSpec): void; sourceDone(): void },
  ) {}

  /** The best trust each still-running source could give a suggestion. */
  pendingTrust(): Trust[] {
    return [...this.running].map((s) => s.bestTrust);
  }

  start(sources: readonly DiscoverySource[]): void {
    for (const source of sources) this.running.add(source);
    for (const source of sources) this.startOne(source);
  }

  private startOne(source: DiscoverySource): void {
    const { run } = this;
    const began = performance.now();
    let found = 0;
    const note = (level: Warning['level'], message: Message, code?: OutcomeCode) => {
      const warning: Warning = Object.freeze({ ...message, source: source.name, level, ...(code ? { code } : {}) });
      this.warnings.push(warning);
      run.emit({ type: 'warning', warning });
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
      ispdbBaseUrl: this.ispdbBaseUrl,
      emit: (spec) => {
        found++;
        this.events.suggest(spec);
      },
      warn: (code, message) => note('warning', message, code),
      inform: (message) => note('info', message),
      noteProvider: (info) => {
        if (!this.providers.some((p) => p.id === info.id)) this.providers.push(Object.freeze(info));
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
