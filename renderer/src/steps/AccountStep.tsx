import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { parseEmail } from '../../../shared/email/parse-email';
import { useMessages } from '../i18n';
import { useDomainCheck } from '../hooks/use-domain-check';
import { StepHeading } from '../components/StepHeading';
import { ProviderHintBox } from '../components/ProviderHintBox';
import { TypoQuestion } from '../components/TypoQuestion';
import { ActionBar } from '../components/ActionBar';

export interface AccountForm {
  email: string;
  name: string;
  password: string;
  username: string;
}

/** How the account is to be checked: with what the person typed, or by signing in with the provider. */
export interface SubmitOptions {
  /** The person said the domain is right after "Did you mean …?". */
  domainConfirmed: boolean;
  signIn: boolean;
}

interface Props {
  form: AccountForm;
  onChange: (form: AccountForm) => void;
  onSubmit: (options: SubmitOptions) => void;
  notice?: string;
  /** Main keeps a password from the last search that worked (going back to change the name keeps it). */
  passwordKept: boolean;
  /** The servers refused the last password: it must be typed again; the number of refused logins. */
  refused?: number;
}

export function AccountStep({ form, onChange, onSubmit, notice, passwordKept, refused }: Props) {
  const { t, render } = useMessages();
  const [showPassword, setShowPassword] = useState(false);
  const [touched, setTouched] = useState(form.email !== '');
  const [confirmed, setConfirmed] = useState<string>();
  const [askTypo, setAskTypo] = useState(false);
  const [passwordAnyway, setPasswordAnyway] = useState(false);
  const passwordRef = useRef<HTMLInputElement>(null);
  const ids = { email: useId(), emailHelp: useId(), name: useId(), password: useId(), passwordHelp: useId(), login: useId() };
  const parsed = parseEmail(form.email);
  const check = useDomainCheck(form.email);
  const domain = parsed.ok ? parsed.email.domainUnicode : '';
  const suggestion = check?.suggestion && confirmed !== domain ? check.suggestion : undefined;
  const provider = check?.provider;
  const signIn = provider?.signIn;
  // A provider that takes no password from mail apps: the field would only invite a refused login.
  const noPasswords = provider?.passwordNote === 'oauth2-only' && !passwordAnyway;
  const passwordNeeded = refused !== undefined && !noPasswords;
  const emailMessage = parsed.ok ? t('email:ok', { domain }) : t(`email:problem.${parsed.problem}`);
  const set = (field: keyof AccountForm) => (value: string) => onChange({ ...form, [field]: value });

  // After a refused password the person types it again: the field has the focus, and it is empty.
  useEffect(() => {
    if (refused !== undefined) passwordRef.current?.focus();
  }, [refused]);

  const go = (signInNext: boolean) => {
    setTouched(true);
    if (!parsed.ok) return;
    if (suggestion) {
      // Nothing is sent to a domain that looks like a slip until the person answered the question.
      setAskTypo(true);
      return;
    }
    onSubmit({ domainConfirmed: confirmed === domain, signIn: signInNext });
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (signIn?.kind === 'ready' && noPasswords) go(true);
    else go(false);
  };
  const useSuggestion = (better: string) => {
    const at = form.email.lastIndexOf('@');
    onChange({ ...form, email: `${form.email.slice(0, at)}@${better}` });
    setAskTypo(false);
  };
  const keepDomain = () => {
    setConfirmed(domain);
    setAskTypo(false);
  };
  const passwordLabel =
    provider?.passwordNote === 'app-password'
      ? t('account.passwordApp')
      : provider?.passwordNote === 'authorization-code'
        ? t('account.passwordCode')
        : t('account.password');
  const passwordHint =
    refused !== undefined
      ? t('account.retypeHint')
      : `${t('account.passwordHint')} ${!form.password && !passwordKept ? t('account.noPassword') : ''}`;
  return (
    <form className="step" onSubmit={submit} noValidate>
      <StepHeading takeFocus={false}>{t('account.heading')}</StepHeading>
      <p>{t('account.intro')}</p>
      {notice && (
        <p className="notice" role="alert">
          {notice}
        </p>
      )}
      {refused !== undefined && (
        <p className="warning" role="alert">
          {t('account.retype', { count: refused })}
        </p>
      )}
      <div className="field">
        <label htmlFor={ids.email}>{t('account.email')}</label>
        <input
          id={ids.email}
          type="email"
          inputMode="email"
          autoComplete="email"
          autoFocus={refused === undefined}
          value={form.email}
          placeholder={t('account.emailHint')}
          aria-describedby={ids.emailHelp}
          aria-invalid={touched && !parsed.ok}
          onChange={(e) => {
            set('email')(e.target.value);
            setTouched(true);
            setAskTypo(false);
          }}
        />
        <p
          id={ids.emailHelp}
          className={`hint ${touched && !parsed.ok ? 'error' : parsed.ok && !suggestion ? 'good' : ''}`}
          aria-live="polite"
        >
          {touched || parsed.ok ? emailMessage : t('account.emailHint')}
        </p>
        {suggestion && parsed.ok && (
          <TypoQuestion
            typed={domain}
            suggestion={suggestion}
            localPart={parsed.email.localPart}
            urgent={askTypo}
            onUse={useSuggestion}
            onKeep={keepDomain}
          />
        )}
      </div>
      {provider && <ProviderHintBox provider={provider} noPasswords={noPasswords} onUsePassword={() => setPasswordAnyway(true)} />}
      <div className="field">
        <label htmlFor={ids.name}>{t('account.name')}</label>
        <input
          id={ids.name}
          type="text"
          autoComplete="name"
          value={form.name}
          onChange={(e) => set('name')(e.target.value)}
          aria-describedby={`${ids.name}-hint`}
        />
        <p id={`${ids.name}-hint`} className="hint">
          {t('account.nameHint')}
        </p>
      </div>
      {!noPasswords && (
        <div className="field">
          <label htmlFor={ids.password}>{passwordLabel}</label>
          <div className="password-row">
            <input
              id={ids.password}
              ref={passwordRef}
              type={showPassword ? 'text' : 'password'}
              autoComplete="current-password"
              value={form.password}
              onChange={(e) => set('password')(e.target.value)}
              aria-describedby={ids.passwordHelp}
              aria-required={passwordNeeded}
            />
            <button
              type="button"
              className="secondary"
              aria-pressed={showPassword}
              aria-controls={ids.password}
              onClick={() => setShowPassword((s) => !s)}
            >
              {showPassword ? t('account.hide') : t('account.show')}
            </button>
          </div>
          <p id={ids.passwordHelp} className="hint">
            {passwordKept && !form.password && refused === undefined ? t('account.passwordKept') : passwordHint}
          </p>
        </div>
      )}
      <details className="more" open={form.username !== ''}>
        <summary>{t('account.more')}</summary>
        <div className="field">
          <label htmlFor={ids.login}>{t('account.login')}</label>
          <input
            id={ids.login}
            type="text"
            autoComplete="username"
            value={form.username}
            onChange={(e) => set('username')(e.target.value)}
            aria-describedby={`${ids.login}-hint`}
          />
          <p id={`${ids.login}-hint`} className="hint">
            {t('account.loginHint')}
          </p>
        </div>
      </details>
      <ActionBar>
        {signIn?.kind === 'ready' && !noPasswords && (
          <button type="button" className="secondary" disabled={!parsed.ok} onClick={() => go(true)}>
            {render({ key: 'wizard:signIn.button', params: { provider: signIn.providerName ?? '' } })}
          </button>
        )}
        {signIn?.kind === 'ready' && noPasswords ? (
          <button type="submit" className="primary" disabled={!parsed.ok}>
            {render({ key: 'wizard:signIn.button', params: { provider: signIn.providerName ?? '' } })}
          </button>
        ) : (
          <button type="submit" className="primary" disabled={!parsed.ok || (passwordNeeded && form.password === '')}>
            {t('account.find')}
          </button>
        )}
      </ActionBar>
    </form>
  );
}
