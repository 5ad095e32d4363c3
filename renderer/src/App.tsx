import { useCallback, useEffect, useState } from 'react';
import type { DiscoveryView, ProgressEvent, Replies, RetestRequest, SignInStep } from '../../shared/ipc/channels';
import type { Message } from '../../shared/model/message';
import { isLanguage } from '../../shared/messages/languages';
import { api } from './api';
import { useMessages } from './i18n';
import { AccountStep, type AccountForm, type SubmitOptions } from './steps/AccountStep';
import { FindingStep } from './steps/FindingStep';
import { ResultStep } from './steps/ResultStep';
import { ExportStep } from './steps/ExportStep';
import { SigningInStep } from './steps/SigningInStep';
import { LanguageSwitch } from './components/LanguageSwitch';
import { StepIndicator, type Step } from './components/StepIndicator';
import type { Direction } from './components/ServerEditor';

const EMPTY_FORM: AccountForm = { email: '', name: '', password: '', username: '' };

type Screen = Step | 'signing-in';

/** The wizard: one screen per step, and every answer kept so Back loses nothing (except a refused password). */
export function App() {
  const { t, render, language } = useMessages();
  const [screen, setScreen] = useState<Screen>('account');
  const [form, setForm] = useState<AccountForm>(EMPTY_FORM);
  // Main keeps the password after the first submit; the renderer only remembers that it did.
  const [passwordKept, setPasswordKept] = useState(false);
  // The servers refused the last password: how many logins they refused. It must be typed again.
  const [refused, setRefused] = useState<number>();
  const [events, setEvents] = useState<ProgressEvent[]>([]);
  const [runStart, setRunStart] = useState(0);
  const [signInStep, setSignInStep] = useState<{ step: SignInStep; url?: string }>({ step: 'planning' });
  const [view, setView] = useState<DiscoveryView>();
  const [notice, setNotice] = useState<Message>();
  const [busy, setBusy] = useState(false);
  const [lastSubmit, setLastSubmit] = useState<SubmitOptions>({ domainConfirmed: false, signIn: false });
  const uiLanguage = isLanguage(language) ? language : 'en';

  useEffect(
    () =>
      api().onProgress((event) => {
        if (event.type === 'run-started') setRunStart(performance.now());
        if (event.type === 'sign-in') setSignInStep((s) => ({ step: event.step, url: event.authorizationUrl ?? s.url }));
        // A test message's steps are shown by its own panel on the Result step.
        else if (event.type !== 'send-test') setEvents((list) => [...list, event]);
      }),
    [],
  );

  const show = useCallback((next: DiscoveryView) => {
    setView(next);
    // A refused password is not kept for another try: the person types it again (and sees what it cost).
    if (next.passwordRefused) {
      setPasswordKept(false);
      setRefused(next.refusedLogins);
    } else setRefused(undefined);
  }, []);

  const finish = useCallback(
    (reply: Replies['discover']): DiscoveryView | undefined => {
      if (!reply.ok) {
        setNotice(reply.error.reason);
        setScreen('account');
        return undefined;
      }
      if (reply.value.result.cancelled) {
        setNotice({ key: 'wizard:finding.cancelled' });
        setScreen('account');
        return undefined;
      }
      show(reply.value);
      setScreen('result');
      return reply.value;
    },
    [show],
  );

  const signIn = async () => {
    setSignInStep({ step: 'planning' });
    setScreen('signing-in');
    const reply = await api().signIn({ language: uiLanguage });
    if (!reply.ok) {
      setNotice(reply.error.reason);
      setScreen('result');
      return;
    }
    show(reply.value);
    setScreen('result');
  };

  const search = async (options: SubmitOptions, reuse = passwordKept) => {
    setNotice(undefined);
    setEvents([]);
    setRunStart(performance.now());
    setScreen('finding');
    setLastSubmit(options);
    const password = options.signIn ? undefined : form.password || undefined;
    // The password leaves the page here, once; from now on the page keeps none.
    setForm((f) => ({ ...f, password: '' }));
    if (password) {
      setPasswordKept(true);
      setRefused(undefined);
    }
    const found = finish(
      await api().discover({
        email: form.email.trim(),
        password,
        username: form.username.trim() || undefined,
        reusePassword: !password && !options.signIn && reuse,
        domainConfirmed: options.domainConfirmed || undefined,
      }),
    );
    if (found && options.signIn && found.signInOffer?.kind === 'ready') await signIn();
  };

  const retest = async (decision: RetestRequest) => {
    setBusy(true);
    setEvents([]);
    const reply = await api().retest(decision);
    setBusy(false);
    finish(reply);
  };

  const chooseServer = async (direction: Direction, candidateId: number, anyway: boolean) => {
    setBusy(true);
    const reply = await api().useServer({ direction, candidateId, anyway });
    setBusy(false);
    if (reply.ok) show(reply.value);
    else setNotice(reply.error.reason);
  };

  const testCertificateName = async (host: string, name: string) => {
    setBusy(true);
    const reply = await api().useCertificateName({ host, name });
    setBusy(false);
    if (reply.ok) show(reply.value);
    else setNotice(reply.error.reason);
  };

  const startOver = () => {
    setForm(EMPTY_FORM);
    setPasswordKept(false);
    setRefused(undefined);
    setView(undefined);
    setEvents([]);
    setNotice(undefined);
    setScreen('account');
  };

  const cancel = useCallback(() => void api().cancel(), []);

  return (
    <div className="app">
      <header className="app-header">
        <span className="app-title">{t('app.title')}</span>
        <StepIndicator current={screen === 'signing-in' ? 'finding' : screen} />
        <LanguageSwitch />
      </header>
      <main className="app-main">
        {screen === 'account' && (
          <AccountStep
            form={form}
            onChange={setForm}
            onSubmit={(options) => void search(options)}
            notice={notice && render(notice)}
            passwordKept={passwordKept}
            refused={refused}
          />
        )}
        {screen === 'finding' && <FindingStep events={events} startedAt={runStart} onCancel={cancel} />}
        {screen === 'signing-in' && (
          <SigningInStep
            providerName={view?.signInOffer?.providerName}
            step={signInStep.step}
            authorizationUrl={signInStep.url}
            onCancel={cancel}
          />
        )}
        {screen === 'result' && view && (
          <>
            {notice && (
              <p className="notice app-notice" role="alert">
                {render(notice)}
              </p>
            )}
            <ResultStep
              view={view}
              actions={{
                busy,
                onRetest: (decision) => void retest(decision),
                onRetypePassword: () => {
                  setNotice(undefined);
                  setScreen('account');
                },
                onTryAgain: () => void search(lastSubmit),
                onCheckAddress: () => {
                  setNotice(undefined);
                  setScreen('account');
                },
                onUseCertificateName: (host, name) => void testCertificateName(host, name),
                onUseServer: chooseServer,
                onSignIn: () => void signIn(),
                onView: show,
                onBack: () => setScreen('account'),
                onNext: () => setScreen('export'),
              }}
            />
          </>
        )}
        {screen === 'export' && view && (
          <ExportStep view={view} name={form.name} passwordKept={passwordKept} onBack={() => setScreen('result')} onDone={startOver} />
        )}
      </main>
    </div>
  );
}
