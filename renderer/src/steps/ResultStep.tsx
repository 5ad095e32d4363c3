import { useState } from 'react';
import type { DiscoveryView, RetestRequest } from '../../../shared/ipc/channels';
import { isLanguage } from '../../../shared/messages/languages';
import { api } from '../api';
import { useMessages } from '../i18n';
import { StepHeading } from '../components/StepHeading';
import { ServerCard } from '../components/ServerCard';
import { FindingPanel } from '../components/FindingPanel';
import { AdvancedView } from '../components/AdvancedView';

interface Props {
  view: DiscoveryView;
  busy: boolean;
  onRetest: (decision: RetestRequest) => void;
  onBack: () => void;
  onNext: () => void;
}

export function ResultStep({ view, busy, onRetest, onBack, onNext }: Props) {
  const { t, render, language } = useMessages();
  const reportLanguage = isLanguage(language) ? language : 'en';
  const [message, setMessage] = useState<string>();
  const { result, verdict } = view;
  const findings = verdict.findings.filter((f) => f.kind !== 'works');
  const candidateOf = (id?: number) => result.candidates.find((c) => c.id === id);
  const copy = async () => {
    const reply = await api().copyReport({ language: reportLanguage });
    setMessage(reply.ok ? t('result.copied') : render(reply.error.reason));
  };
  const save = async () => {
    const reply = await api().saveReport({ format: 'html', language: reportLanguage });
    if (reply.ok && reply.value !== 'cancelled') setMessage(t('result.reportSaved', { path: reply.value }));
    else if (!reply.ok) setMessage(render(reply.error.reason));
  };
  return (
    <section className="step" aria-busy={busy}>
      <StepHeading>{t(`result.heading.${verdict.status}`)}</StepHeading>
      <div className="cards">
        <ServerCard title={t('result.incoming')} server={result.incoming} candidate={candidateOf(result.incoming?.candidateId)} />
        <ServerCard title={t('result.outgoing')} server={result.outgoing} candidate={candidateOf(result.outgoing?.candidateId)} />
      </div>
      {findings.length > 0 && (
        <section aria-labelledby="problems-heading" className="findings">
          <h2 id="problems-heading">{t('result.problems')}</h2>
          <ul>
            {findings.map((f) => (
              <FindingPanel
                key={JSON.stringify(f.message)}
                finding={f}
                view={view}
                busy={busy}
                onRetest={onRetest}
                onChangePassword={onBack}
              />
            ))}
          </ul>
          {busy && <p role="status">{t('action.working')}</p>}
        </section>
      )}
      <details className="advanced-details">
        <summary>{t('result.advanced')}</summary>
        <AdvancedView candidates={result.candidates} />
      </details>
      <div className="report-actions">
        <button type="button" className="secondary" onClick={() => void copy()}>
          {t('result.copyReport')}
        </button>
        <button type="button" className="secondary" onClick={() => void save()}>
          {t('result.saveReport')}
        </button>
        <p role="status" aria-live="polite">
          {message}
        </p>
      </div>
      <div className="actions">
        <button type="button" className="secondary" onClick={onBack}>
          {t('nav.back')}
        </button>
        <button type="button" className="primary" onClick={onNext} disabled={!result.incoming || !result.outgoing}>
          {t('result.next')}
        </button>
      </div>
    </section>
  );
}
