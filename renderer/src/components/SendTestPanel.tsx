import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiError, DiscoveryView, SendTestStage } from '../../../shared/ipc/channels';
import { displayAddress, displayHost } from '../../../shared/email/idn';
import { isLanguage } from '../../../shared/messages/languages';
import { api } from '../api';
import { useMessages } from '../i18n';
import { useEscape } from '../hooks/use-escape';

interface Props {
  view: DiscoveryView;
  /** Another action of the Result step is running (a re-test, a choice). */
  busy: boolean;
  onView: (view: DiscoveryView) => void;
  onError: (reason: ApiError['reason']) => void;
}

/**
 * "Send a test message to myself": proof beyond a login that mail sent through the chosen outgoing server arrives
 * in the inbox read through the chosen incoming server. Opt-in (it leaves one message in the inbox), explained
 * before anything is sent, with progress while it runs, Cancel and Esc to stop it, and the outcome in plain words.
 * Main keeps the password; the page only asks.
 */
export function SendTestPanel({ view, busy, onView, onError }: Props) {
  const { t, render, language } = useMessages();
  const [stage, setStage] = useState<SendTestStage>();
  const running = stage !== undefined;
  const { result, sendTest } = view;
  // The person may leave the step while a message is on its way: an answer that comes after is not shown over a newer one.
  const mounted = useRef(false);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  useEffect(() => api().onProgress((event) => event.type === 'send-test' && setStage((s) => (s ? event.stage : s))), []);

  const cancel = useCallback(() => void api().cancel(), []);
  useEscape(cancel, running);

  if (!view.canSendTest || !result.incoming || !result.outgoing) return null;

  const send = async () => {
    if (running) return;
    setStage('submitting');
    const reply = await api().sendTest({ language: isLanguage(language) ? language : 'en' });
    if (!mounted.current) return;
    setStage(undefined);
    if (reply.ok) onView(reply.value);
    else onError(reply.error.reason);
  };

  const email = displayAddress(result.email);
  const good = sendTest?.status === 'delivered';
  return (
    <section className={`send-test ${sendTest && !good ? 'failed' : ''}`} aria-labelledby="send-test-title" aria-busy={running}>
      <h2 id="send-test-title">{t('sendTest.title')}</h2>
      <p>{t('sendTest.explain', { email })}</p>
      {running ? (
        <>
          <p role="status" aria-live="polite" className="send-test-progress">
            {stage === 'submitting'
              ? t('sendTest.submitting', { server: displayHost(result.outgoing.host) })
              : t('sendTest.searching', { server: displayHost(result.incoming.host) })}
          </p>
          <p className="hint">{t('sendTest.escHint')}</p>
          <div className="decision">
            <button type="button" className="secondary" onClick={cancel}>
              {t('nav.cancel')}
            </button>
          </div>
        </>
      ) : (
        <>
          {sendTest && (
            <p className={`send-test-outcome ${good ? 'good' : ''}`} role={good ? 'status' : 'alert'}>
              {render(sendTest.message)}
            </p>
          )}
          <div className="decision">
            <button type="button" className="secondary" disabled={busy} onClick={() => void send()}>
              {sendTest ? t('sendTest.again') : t('sendTest.send')}
            </button>
          </div>
        </>
      )}
    </section>
  );
}
