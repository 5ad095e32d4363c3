import { useState } from 'react';
import type { DiscoveryView } from '../../../shared/ipc/channels';
import type { DoneCandidate } from '../../../shared/model/discovery';
import { isLanguage } from '../../../shared/messages/languages';
import { isIncoming } from '../../../shared/model/server';
import { api } from '../api';
import { useMessages } from '../i18n';
import { StepHeading } from '../components/StepHeading';
import { ServerCard } from '../components/ServerCard';
import { FindingPanel, type FindingActions } from '../components/FindingPanel';
import { AdvancedView } from '../components/AdvancedView';
import { ManualSetup } from '../components/ManualSetup';
import { RiskList } from '../components/RiskList';
import { SignInPanel } from '../components/SignInPanel';
import { SendTestPanel } from '../components/SendTestPanel';
import { ActionBar } from '../components/ActionBar';
import type { Direction, ServerDraft } from '../components/ServerEditor';

interface Props {
  view: DiscoveryView;
  actions: FindingActions & {
    onUseServer: (direction: Direction, candidateId: number, anyway: boolean) => Promise<void>;
    onSignIn: () => void;
    /** A newer view from main (after a test message). */
    onView: (view: DiscoveryView) => void;
    onBack: () => void;
    onNext: () => void;
  };
}

// Findings that answer "why was nothing found" plainly enough to be the heading.
const HEADLINE_FINDINGS = ['offline', 'no-such-domain', 'no-mail-servers'] as const;

export function ResultStep({ view, actions }: Props) {
  const { t, render, language } = useMessages();
  const reportLanguage = isLanguage(language) ? language : 'en';
  const [message, setMessage] = useState<string>();
  const [manualOpen, setManualOpen] = useState(false);
  const [drafts, setDrafts] = useState<{ generation: number; drafts?: Partial<Record<Direction, ServerDraft>> }>({ generation: 0 });
  const { result, verdict, busy } = { ...view, busy: actions.busy };
  const findings = verdict.findings.filter((f) => f.kind !== 'works');
  const kinds = new Set(findings.map((f) => f.kind));
  const candidateOf = (id?: number) => result.candidates.find((c) => c.id === id);
  const headline = HEADLINE_FINDINGS.find((k) => kinds.has(k));
  const notFound = verdict.status === 'not-found';
  // Open by itself when nothing was found, and kept open (in place) once the person chose a server there.
  const manualFirst = notFound || view.chosenByYou.incoming || view.chosenByYou.outgoing;
  const signedIn = view.signIn?.status === 'verified' ? view.signIn.providerName : undefined;
  const passwordProblem = view.passwordRefused;
  const expired = view.risks.some((r) => r.kind === 'expired-certificate');
  const canSave = Boolean(result.incoming && result.outgoing);
  // Saving is the next step only when it leads somewhere good; otherwise the finding's own action comes first.
  const saveIsPrimary = canSave && !passwordProblem && !expired && !kinds.has('offline');
  const provider = result.providers[0];
  const providerAdvice = provider && `source:provider.${provider.id}`;

  const copy = async () => {
    const reply = await api().copyReport({ language: reportLanguage });
    setMessage(reply.ok ? t('result.copied') : render(reply.error.reason));
  };
  const save = async () => {
    const reply = await api().saveReport({ format: 'html', language: reportLanguage });
    if (reply.ok && reply.value !== 'cancelled') setMessage(t('result.reportSaved', { path: reply.value }));
    else if (!reply.ok) setMessage(render(reply.error.reason));
  };
  const edit = (c: DoneCandidate) => {
    const direction: Direction = isIncoming(c.protocol) ? 'incoming' : 'outgoing';
    const draft: ServerDraft = { protocol: c.protocol, host: c.host, port: c.port, security: c.security, username: '' };
    setDrafts((d) => ({ generation: d.generation + 1, drafts: { ...d.drafts, [direction]: draft } }));
    setManualOpen(true);
  };
  const manual = <ManualSetup view={view} busy={busy} onUse={actions.onUseServer} drafts={drafts.drafts} generation={drafts.generation} />;
  return (
    <section className="step" aria-busy={busy}>
      <StepHeading>{headline ? t(`result.heading.${headline}`) : t(`result.heading.${verdict.status}`)}</StepHeading>
      {view.refusedLogins > 0 && !signedIn && <p className="hint refused">{t('result.refused', { count: view.refusedLogins })}</p>}
      {(result.incoming || result.outgoing) && (
        <div className="cards">
          <ServerCard
            title={t('result.incoming')}
            server={result.incoming}
            candidate={candidateOf(result.incoming?.candidateId)}
            chosenByYou={view.chosenByYou.incoming}
            signedInWith={signedIn}
          />
          <ServerCard
            title={t('result.outgoing')}
            server={result.outgoing}
            candidate={candidateOf(result.outgoing?.candidateId)}
            chosenByYou={view.chosenByYou.outgoing}
            signedInWith={signedIn}
          />
        </div>
      )}
      {/* Unproven servers the engine recommended are explained by the findings; a risk the person took is marked here. */}
      <RiskList risks={view.risks.filter((r) => r.kind !== 'unverified' || view.chosenByYou[r.direction])} />
      <SignInPanel view={view} busy={busy} onSignIn={actions.onSignIn} />
      {findings.length > 0 && (
        <section aria-labelledby="problems-heading" className="findings">
          <h2 id="problems-heading">{t('result.problems')}</h2>
          <ul>
            {findings.map((f) => (
              <FindingPanel key={JSON.stringify(f.message)} finding={f} view={view} actions={actions} />
            ))}
          </ul>
          {busy && <p role="status">{t('finding:action.working')}</p>}
        </section>
      )}
      {providerAdvice && (
        <ProviderAdvice
          name={provider.name}
          adviceKey={providerAdvice}
          // One link to a help page is enough: a finding above may already offer the same one.
          helpUrl={findings.some((f) => f.facts.helpUrl === provider.helpUrl) ? undefined : provider.helpUrl}
        />
      )}
      {manualFirst ? (
        <section className="manual-section" aria-labelledby="manual-heading">
          <h2 id="manual-heading">{t('result.manual.heading')}</h2>
          {manual}
        </section>
      ) : (
        <details className="manual-section" open={manualOpen} onToggle={(e) => setManualOpen(e.currentTarget.open)}>
          <summary>{t('result.manual.open')}</summary>
          {manualOpen && manual}
        </details>
      )}
      {result.candidates.length > 0 && (
        <details className="advanced-details">
          <summary>{t('result.advanced')}</summary>
          <AdvancedView
            candidates={result.candidates}
            inUse={[result.incoming?.candidateId, result.outgoing?.candidateId]}
            busy={busy}
            onUse={(direction, id) => void actions.onUseServer(direction, id, false)}
            onEdit={edit}
          />
        </details>
      )}
      <SendTestPanel view={view} busy={busy} onView={actions.onView} onError={(why) => setMessage(render(why))} />
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
      <ActionBar>
        <button type="button" className="secondary" onClick={actions.onBack}>
          {t('nav.back')}
        </button>
        {passwordProblem && (
          <button type="button" className="primary" onClick={actions.onRetypePassword}>
            {t('result.retry')}
          </button>
        )}
        {kinds.has('offline') && (
          <button type="button" className="primary" disabled={busy} onClick={actions.onTryAgain}>
            {t('result.tryAgain')}
          </button>
        )}
        <button type="button" className={saveIsPrimary ? 'primary' : 'secondary'} onClick={actions.onNext} disabled={!canSave || busy}>
          {canSave && !saveIsPrimary ? t('result.saveAnyway') : t('result.next')}
        </button>
      </ActionBar>
    </section>
  );
}

/** What the app knows about the provider, even when nothing could be reached (offline). */
function ProviderAdvice({ name, adviceKey, helpUrl }: { name: string; adviceKey: string; helpUrl?: string }) {
  const { t, i18n } = useMessages();
  if (!i18n.exists(adviceKey)) return null;
  return (
    <section className="provider-hint" aria-labelledby="provider-advice-title">
      <h2 id="provider-advice-title">{t('account.provider.title', { provider: name })}</h2>
      <p>{t(adviceKey)}</p>
      {helpUrl && (
        <button type="button" className="link" onClick={() => void api().openExternal(helpUrl)}>
          {t('finding:action.help', { provider: name })}
        </button>
      )}
    </section>
  );
}
