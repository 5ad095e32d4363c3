import { useTranslation } from 'react-i18next';
import type { ProgressEvent } from '../../../shared/ipc/channels';
import type { CandidateResult } from '../../../shared/model/discovery';
import { serverName } from '../../../shared/model/server';
import { SOURCE_NAMES } from '../../../shared/model/sources';
import { StepHeading } from '../components/StepHeading';

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
  const works = (c: CandidateResult) => c.state === 'done' && (c.verified || c.outcome.code === 'REACHABLE');
  const tested = list.filter((c) => c.state === 'done').length;
  const working = list.filter(works).length;
  return (
    <section className="step" aria-busy="true">
      <StepHeading>{t('finding.heading')}</StepHeading>
      <p>{t('finding.intro')}</p>
      <div
        className="progress-bar"
        role="progressbar"
        aria-label={t('finding.heading')}
        aria-valuemin={0}
        aria-valuemax={SOURCE_NAMES.length}
        aria-valuenow={finished.size}
      >
        {/* React sets this through the CSSOM, which the page's Content-Security-Policy allows. */}
        <div className="progress-fill" style={{ width: `${Math.round((finished.size / SOURCE_NAMES.length) * 100)}%` }} />
      </div>
      <p className="sr-status" role="status" aria-live="polite">
        {t('finding.summary', { asked: finished.size, total: SOURCE_NAMES.length, tested, working })}
      </p>
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
              <li key={c.id} className={c.state !== 'done' ? 'busy' : works(c) ? 'good' : 'bad'}>
                <span className="dot" aria-hidden="true" />
                <span>{serverName(c)}</span>
                <span className="state">{c.state !== 'done' ? t('finding.trying') : t(`outcome:short.${c.outcome.code}`)}</span>
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
