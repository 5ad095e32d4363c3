import { useId, useState } from 'react';
import type { DiscoveryView, ExportReply } from '../../../shared/ipc/channels';
import type { ExportFormat } from '../../../shared/model/export-formats';
import { isLanguage } from '../../../shared/messages/languages';
import { api } from '../api';
import { useMessages } from '../i18n';
import { StepHeading } from '../components/StepHeading';
import { RiskList } from '../components/RiskList';
import { SavedFiles } from '../components/SavedFiles';
import { ValuesCard } from '../components/ValuesCard';
import { ActionBar } from '../components/ActionBar';

// A person adds the account to their own app; the files for servers and installations are for administrators.
const APPS: ExportFormat[] = ['apple', 'outlook-prf', 'thunderbird-import', 'summary'];
const ADMIN: ExportFormat[] = ['outlook', 'thunderbird', 'thunderbird-isp', 'thunderbird-policies', 'json', 'summary-html', 'dns'];

interface Props {
  view: DiscoveryView;
  name: string;
  passwordKept: boolean;
  onBack: () => void;
  onDone: () => void;
}

export function ExportStep({ view, name, passwordKept, onBack, onDone }: Props) {
  const { t, render, language } = useMessages();
  const [chosen, setChosen] = useState<ExportFormat[]>(['apple']);
  const [displayName, setDisplayName] = useState(name);
  const [includePassword, setIncludePassword] = useState(false);
  const [saved, setSaved] = useState<ExportReply>();
  const [message, setMessage] = useState<string>();
  const [saving, setSaving] = useState(false);
  const ids = { name: useId(), warning: useId() };
  const prfSaved = Boolean(saved?.files.some((f) => f.format === 'outlook-prf'));
  const toggle = (format: ExportFormat) =>
    setChosen((list) => (list.includes(format) ? list.filter((f) => f !== format) : [...list, format]));
  const save = async () => {
    setMessage(undefined);
    if (chosen.length === 0) {
      setMessage(t('export.nothingChosen'));
      return;
    }
    setSaving(true);
    const reply = await api().exportFiles({
      formats: chosen,
      includePassword,
      displayName: displayName.trim() || undefined,
      language: isLanguage(language) ? language : 'en',
    });
    setSaving(false);
    if (!reply.ok) setMessage(render(reply.error.reason));
    else if (reply.value === 'cancelled') setMessage(t('export.cancelledSave'));
    else setSaved(reply.value);
  };
  const option = (format: ExportFormat) => (
    <li key={format}>
      <label className="check">
        <input type="checkbox" checked={chosen.includes(format)} onChange={() => toggle(format)} aria-describedby={`guide-${format}`} />
        <span className="option-name">{t(`export:app.${format}`)}</span>
      </label>
      <p id={`guide-${format}`} className="hint">
        {t(`export:guide.${format}`)}
      </p>
    </li>
  );
  return (
    <section className="step">
      <StepHeading>{t('export.heading')}</StepHeading>
      <p>{t('export.intro')}</p>
      <RiskList risks={view.risks} />
      <fieldset>
        <legend>{t('export.apps')}</legend>
        <ul className="options">
          <li>
            <label className="check">
              <input
                type="checkbox"
                checked={APPS.every((f) => chosen.includes(f))}
                onChange={(e) =>
                  setChosen((list) => (e.target.checked ? [...new Set([...list, ...APPS])] : list.filter((f) => !APPS.includes(f))))
                }
              />
              <span className="option-name">{t('export.all')}</span>
            </label>
          </li>
          {APPS.map(option)}
        </ul>
      </fieldset>
      <details>
        <summary>{t('export.admin')}</summary>
        <ul className="options">{ADMIN.map(option)}</ul>
      </details>
      <div className="field">
        <label htmlFor={ids.name}>{t('export.name')}</label>
        <input id={ids.name} type="text" value={displayName} onChange={(e) => setDisplayName(e.target.value)} />
      </div>
      {passwordKept && (
        <div className="field">
          <label className="check">
            <input
              type="checkbox"
              checked={includePassword}
              onChange={(e) => setIncludePassword(e.target.checked)}
              aria-describedby={ids.warning}
            />
            {t('export.includePassword')}
          </label>
          {includePassword && (
            <p id={ids.warning} className="warning" role="alert">
              {t('export.passwordWarning')}
            </p>
          )}
        </div>
      )}
      <div role="status" aria-live="polite">
        {message && <p className="notice">{message}</p>}
      </div>
      {saved && <SavedFiles saved={saved} />}
      {/* The new Outlook and Outlook for Mac read no file: after a PRF the values to type are the next thing to see. */}
      <ValuesCard key={String(prfSaved)} displayName={displayName} openNow={prfSaved} />
      <ActionBar>
        <button type="button" className="secondary" onClick={onBack}>
          {t('nav.back')}
        </button>
        {saved ? (
          <>
            <button type="button" className="secondary" disabled={saving} onClick={() => void save()}>
              {t('export.saveAgain')}
            </button>
            <button type="button" className="primary" onClick={onDone}>
              {t('nav.done')}
            </button>
          </>
        ) : (
          <button type="button" className="primary" disabled={saving} onClick={() => void save()}>
            {t('export.save')}
          </button>
        )}
      </ActionBar>
    </section>
  );
}
