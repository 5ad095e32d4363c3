import { useEffect, useId, useState } from 'react';
import { MANUAL_APPS, type ManualApp, type ManualSettings, type ManualValue } from '../../../shared/model/manual-settings';
import type { Message } from '../../../shared/model/message';
import { api } from '../api';
import { useMessages } from '../i18n';

interface Props {
  /** The name the person typed for the files: the card shows the same. */
  displayName: string;
  /** Open from the start (after a PRF was saved: the new Outlook and Outlook for Mac cannot read it). */
  openNow: boolean;
}

/**
 * "Type these values": for the apps that read no settings file (the new Outlook for Windows, Outlook for Mac, any
 * other app), the steps to the screen where the values go and every value with a copy button, the same servers as
 * the saved files. Main builds it from the person's choices and never puts the password in it.
 */
export function ValuesCard({ displayName, openNow }: Props) {
  const { t, render } = useMessages();
  const [open, setOpen] = useState(openNow);
  const [card, setCard] = useState<ManualSettings>();
  const [problem, setProblem] = useState<Message>();
  const [app, setApp] = useState<ManualApp>('new-outlook');
  const [copied, setCopied] = useState<string>();
  const appId = useId();

  useEffect(() => {
    if (!open) return undefined;
    let current = true;
    void api()
      .manualSettings({ displayName: displayName.trim() || undefined })
      .then((reply) => {
        if (!current) return;
        if (reply.ok) {
          setCard(reply.value);
          setProblem(undefined);
        } else setProblem(reply.error.reason);
      });
    return () => {
      current = false;
    };
  }, [open, displayName]);

  const copy = async (text: string) => {
    const reply = await api().copyText({ text });
    if (reply.ok) setCopied(text);
    else setProblem(reply.error.reason);
  };

  const row = (v: ManualValue) => (
    <div className="value-row" key={JSON.stringify(v.label)}>
      <dt>{render(v.label)}</dt>
      <dd>
        {typeof v.value === 'string' ? <code>{v.value}</code> : render(v.value)}
        {v.copy !== undefined && (
          <button
            type="button"
            className="link"
            aria-label={t('values.copyLabel', { label: render(v.label) })}
            onClick={() => void copy(v.copy!)}
          >
            {t('values.copy')}
          </button>
        )}
      </dd>
    </div>
  );

  return (
    <details className="values-card" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t('values.open')}</summary>
      {card && (
        <>
          <div className="field">
            <label htmlFor={appId}>{t('values.app')}</label>
            <select id={appId} value={app} onChange={(e) => setApp(e.target.value as ManualApp)}>
              {MANUAL_APPS.map((a) => (
                <option key={a} value={a}>
                  {t(`values.apps.${a}`)}
                </option>
              ))}
            </select>
          </div>
          <ol className="values-steps">
            {card.steps[app].map((step) => (
              <li key={step.key}>{render(step)}</li>
            ))}
          </ol>
          {card.signIn && <p>{render(card.signIn)}</p>}
          {card.person.length > 0 && <dl className="values">{card.person.map(row)}</dl>}
          {[card.incoming, card.outgoing].map((section) => (
            <section key={JSON.stringify(section.title)} aria-label={render(section.title)}>
              <h3>{render(section.title)}</h3>
              <dl className="values">{section.values.map(row)}</dl>
            </section>
          ))}
          {card.certificates.map((note) => (
            <p key={JSON.stringify(note)} className="hint">
              {render(note)}
            </p>
          ))}
        </>
      )}
      <p role="status" aria-live="polite">
        {copied && t('values.copied', { value: copied })}
      </p>
      {problem && (
        <p className="warning" role="alert">
          {render(problem)}
        </p>
      )}
    </details>
  );
}
