import { useTranslation } from 'react-i18next';
import type { ProgressEvent } from '../../../preload/contract';
import type { CandidateResult } from '../../../main/engine/discovery-types';
import { StepHeading } from '../components/StepHeading';
import { serverName } from '../components/server-name';

const SOURCES = ['provider', 'srv', 'autoconfig', 'ispdb', 'autodiscover', 'microsoft365', 'mx', 'guess'] as const;

/** Live progress from the engine's events: which places are asked, which servers answered. */
export function FindingStep({ events, onCancel }: { events: ProgressEvent[]; onCancel: () => void }) {
  const { t } = useTranslation();
  const finished = new Map<string, number>();
  const started = new Set<string>();
  const servers = new Map<number, CandidateResult>();
  for (const event of events) {
    if (event.type === 'source-started') started.add(event.source);
    if (event.type === 'source-finished') finished.set(event.source, event.found);
    if (event.type === 'probe-started' || event.type === 'probe-finished' || event.type === 'candidate')
      servers.set(event.candidate.id, event.candidate);
  }
  const list = [...servers.values()];
  const tested = list.filter((c) => c.state === 'done').length;
  const working = list.filter((c) => c.verified || c.outcome.code === 'REACHABLE').length;
  return (
    <section className="step" aria-busy="true">
      <StepHeading>{t('finding.heading')}</StepHeading>
      <p>{t('finding.intro')}</p>
      <div
        className="progress-bar"
        role="progressbar"
        aria-label={t('finding.heading')}
        aria-valuemin={0}
        aria-valuemax={SOURCES.length}
        aria-valuenow={finished.size}
      >
        {/* React sets this through the CSSOM, which the page's Content-Security-Policy allows. */}
        <div className="progress-fill" style={{ width: `${Math.round((finished.size / SOURCES.length) * 100)}%` }} />
      </div>
      <p className="sr-status" role="status" aria-live="polite">
        {t('finding.summary', { asked: finished.size, total: SOURCES.length, tested, working })}
      </p>
      <div className="columns">
        <section aria-labelledby="sources-heading">
          <h2 id="sources-heading">{t('finding.sources')}</h2>
          <ul className="status-list">
            {SOURCES.map((source) => {
              const count = finished.get(source);
              const state = count === undefined ? (started.has(source) ? 'busy' : 'waiting') : count > 0 ? 'good' : 'none';
              return (
                <li key={source} className={state}>
                  <span className="dot" aria-hidden="true" />
                  <span>{t(`source.${source}`)}</span>
                  <span className="state">
                    {count === undefined ? t('finding.asking') : count > 0 ? t('finding.found', { count }) : t('finding.nothing')}
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
              <li key={c.id} className={c.state !== 'done' ? 'busy' : c.verified || c.outcome.code === 'REACHABLE' ? 'good' : 'bad'}>
                <span className="dot" aria-hidden="true" />
                <span>{serverName(c)}</span>
                <span className="state">{c.state !== 'done' ? t('finding.trying') : t(`outcome.${c.outcome.code}`)}</span>
              </li>
            ))}
          </ul>
        </section>
      </div>
      <div className="actions">
        <button type="button" className="secondary" onClick={onCancel}>
          {t('nav.cancel')}
        </button>
      </div>
    </section>
  );
}
