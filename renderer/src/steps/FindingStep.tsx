import { useCallback, useEffect, useState } from 'react';
import type { ProgressEvent } from '../../../shared/ipc/channels';
import type { CandidateResult } from '../../../shared/model/discovery';
import { displayHost } from '../../../shared/email/idn';
import { serverName } from '../../../shared/model/server';
import { SOURCE_NAMES } from '../../../shared/model/sources';
import { useMessages } from '../i18n';
import { useEscape } from '../hooks/use-escape';
import { StepHeading } from '../components/StepHeading';

// A probe that has not finished after this long is "not answering" as far as the person can tell.
const SLOW_AFTER_MS = 3_000;
const TICK_MS = 1_000;

interface Props {
  events: ProgressEvent[];
  /** When the run started, on the page's clock (performance.now()). */
  startedAt: number;
  onCancel: () => void;
}

/**
 * Live progress from the engine's events. The bar counts servers tested (not places asked), Cancel sits right next
 * to it and Esc does the same; when servers do not answer, the text says how long it may still take. The lists of
 * places and servers are there for the curious, behind "Show details".
 */
export function FindingStep({ events, startedAt, onCancel }: Props) {
  const { t } = useMessages();
  const [now, setNow] = useState(() => performance.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(performance.now()), TICK_MS);
    return () => clearInterval(timer);
  }, []);
  const cancel = useCallback(() => onCancel(), [onCancel]);
  useEscape(cancel);

  const finished = new Map<string, number>();
  const started = new Set<string>();
  const servers = new Map<number, CandidateResult>();
  let limits = { connectTimeoutMs: 6_000, deadlineMs: 45_000 };
  for (const event of events) {
    if (event.type === 'run-started') limits = event;
    if (event.type === 'source-started') started.add(event.source);
    if (event.type === 'source-finished') finished.set(event.source, event.found);
    if (event.type === 'probe-started' || event.type === 'probe-finished' || event.type === 'candidate')
      servers.set(event.candidate.id, event.candidate);
  }
  const list = [...servers.values()];
  const works = (c: CandidateResult) => c.state === 'done' && (c.verified || c.outcome.code === 'REACHABLE');
  const total = list.length;
  const tested = list.filter((c) => c.state === 'done').length;
  const working = list.filter(works).length;
  const elapsed = now - startedAt;
  const probing = list.filter((c): c is Extract<CandidateResult, { state: 'probing' }> => c.state === 'probing');
  const slow = probing.filter((c) => elapsed - c.startedAt > SLOW_AFTER_MS);
  // How long the slowest silent server can still take before its connect limit gives up on it, plus one more
  // round for servers still waiting their turn; never beyond the whole search's deadline.
  const queued = list.some((c) => c.state === 'queued');
  const untilGivenUp = Math.max(0, ...slow.map((c) => c.startedAt + limits.connectTimeoutMs - elapsed));
  const remainingMs = Math.min(limits.deadlineMs - elapsed, untilGivenUp + (queued ? limits.connectTimeoutMs : 0));
  const seconds = Math.max(1, Math.ceil(remainingMs / 1000));
  const fraction = total === 0 ? undefined : tested / total;
  const summary = total === 0 ? t('finding.asking') : t('finding.progress', { count: total, tested, working });
  return (
    <section className="step" aria-busy="true">
      <StepHeading>{t('finding.heading')}</StepHeading>
      <div className="progress-row">
        <div
          className={`progress-bar ${fraction === undefined ? 'indeterminate' : ''}`}
          role="progressbar"
          aria-label={t('finding.heading')}
          aria-valuemin={0}
          aria-valuemax={total || undefined}
          aria-valuenow={fraction === undefined ? undefined : tested}
          aria-valuetext={summary}
        >
          {/* React sets this through the CSSOM, which the page's Content-Security-Policy allows. */}
          <div className="progress-fill" style={fraction === undefined ? undefined : { width: `${Math.round(fraction * 100)}%` }} />
        </div>
        <button type="button" className="secondary" onClick={cancel}>
          {t('nav.cancel')}
        </button>
      </div>
      <p className="sr-status" role="status" aria-live="polite">
        {summary}
      </p>
      {slow.length > 0 && (
        <p className="warn" aria-live="polite">
          {untilGivenUp > 0 ? t('finding.slow', { count: seconds, servers: slow.length }) : t('finding.slowAnswer', { count: seconds })}
        </p>
      )}
      <p className="hint">{t('finding.escHint')}</p>
      <details className="finding-details">
        <summary>{t('finding.details')}</summary>
        <div className="columns">
          <section aria-labelledby="sources-heading">
            <h2 id="sources-heading">{t('finding.sources')}</h2>
            <ul className="status-list">
              {SOURCE_NAMES.map((source) => {
                const count = finished.get(source);
                const state = count === undefined ? (started.has(source) ? 'busy' : 'waiting') : count > 0 ? 'good' : 'none';
                return (
                  <li key={source} className={state}>
                    <span className="dot" aria-hidden="true" />
                    <span>{t(`source:name.${source}`)}</span>
                    <span className="state">
                      {count === undefined ? t('finding.askingSource') : count > 0 ? t('finding.found', { count }) : t('finding.nothing')}
                    </span>
                  </li>
                );
              })}
            </ul>
          </section>
          <section aria-labelledby="servers-heading">
            <h2 id="servers-heading">{t('finding.servers')}</h2>
            <ul className="status-list servers">
              {list.map((c) => (
                <li key={c.id} className={c.state !== 'done' ? 'busy' : works(c) ? 'good' : 'bad'}>
                  <span className="dot" aria-hidden="true" />
                  <span className="server-name">{serverName({ ...c, host: displayHost(c.host) })}</span>
                  <span className="state">{c.state !== 'done' ? t('finding.trying') : t(`outcome:short.${c.outcome.code}`)}</span>
                </li>
              ))}
            </ul>
          </section>
        </div>
      </details>
    </section>
  );
}
