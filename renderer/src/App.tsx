import { useCallback, useEffect, useState } from 'react';
import type { DiscoveryView, ProgressEvent, Replies, RetestRequest } from '../../shared/ipc/channels';
import type { Message } from '../../shared/model/message';
import { api } from './api';
import { useMessages } from './i18n';
import { AccountStep, type AccountForm } from './steps/AccountStep';
import { FindingStep } from './steps/FindingStep';
import { ResultStep } from './steps/ResultStep';
import { ExportStep } from './steps/ExportStep';
import { LanguageSwitch } from './components/LanguageSwitch';
import { StepIndicator, type Step } from './components/StepIndicator';

const EMPTY_FORM: AccountForm = { email: '', name: '', password: '', username: '' };

/** The wizard: one screen per step, and every answer kept so Back loses nothing. */
export function App() {
  const { t, render } = useMessages();
  const [step, setStep] = useState<Step>('account');
  const [form, setForm] = useState<AccountForm>(EMPTY_FORM);
  // Main keeps the password after the first submit; the renderer only remembers that it did.
  const [passwordKept, setPasswordKept] = useState(false);
  const [events, setEvents] = useState<ProgressEvent[]>([]);
  const [view, setView] = useState<DiscoveryView>();
  const [notice, setNotice] = useState<Message>();
  const [busy, setBusy] = useState(false);

  useEffect(() => api().onProgress((event) => setEvents((list) => [...list, event])), []);

  const finish = useCallback((reply: Replies['discover']) => {
    if (!reply.ok) {
      setNotice(reply.error.reason);
      setStep('account');
      return;
    }
    if (reply.value.result.cancelled) {
      setNotice({ key: 'wizard:finding.cancelled' });
      setStep('account');
      return;
    }
    setView(reply.value);
    setStep('result');
  }, []);

  const submit = async () => {
    setNotice(undefined);
    setEvents([]);
    setStep('finding');
    const password = form.password || undefined;
    // The password leaves the page here, once; from now on the page keeps none.
    setForm((f) => ({ ...f, password: '' }));
    if (password) setPasswordKept(true);
    finish(
      await api().discover({
        email: form.email.trim(),
        password,
        username: form.username.trim() || undefined,
        reusePassword: !password && passwordKept,
      }),
    );
  };

  const retest = async (decision: RetestRequest) => {
    setBusy(true);
    setEvents([]);
    const reply = await api().retest(decision);
    setBusy(false);
    finish(reply);
  };

  const startOver = () => {
    setForm(EMPTY_FORM);
    setPasswordKept(false);
    setView(undefined);
    setEvents([]);
    setStep('account');
  };

  return (
    <div className="app">
      <header className="app-header">
        <span className="app-title">{t('app.title')}</span>
        <StepIndicator current={step} />
        <LanguageSwitch />
      </header>
      <main className="app-main">
        {step === 'account' && (
          <AccountStep form={form} onChange={setForm} onSubmit={submit} notice={notice && render(notice)} passwordKept={passwordKept} />
        )}
        {step === 'finding' && <FindingStep events={events} onCancel={() => void api().cancel()} />}
        {step === 'result' && view && (
          <ResultStep view={view} busy={busy} onRetest={retest} onBack={() => setStep('account')} onNext={() => setStep('export')} />
        )}
        {step === 'export' && view && (
          <ExportStep view={view} name={form.name} passwordKept={passwordKept} onBack={() => setStep('result')} onDone={startOver} />
        )}
      </main>
    </div>
  );
}
