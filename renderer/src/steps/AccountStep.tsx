import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { parseEmail } from '../../../shared/email/parse-email';
import { StepHeading } from '../components/StepHeading';

export interface AccountForm {
  email: string;
  name: string;
  password: string;
  username: string;
}

interface Props {
  form: AccountForm;
  onChange: (form: AccountForm) => void;
  onSubmit: () => void;
  notice?: string;
  passwordKept: boolean;
}

export function AccountStep({ form, onChange, onSubmit, notice, passwordKept }: Props) {
  const { t } = useTranslation();
  const [showPassword, setShowPassword] = useState(false);
  const [touched, setTouched] = useState(form.email !== '');
  const ids = { email: useId(), emailHelp: useId(), name: useId(), password: useId(), passwordHelp: useId(), login: useId() };
  const parsed = parseEmail(form.email);
  const emailMessage = parsed.ok ? t('email:ok', { domain: parsed.email.domainUnicode }) : t(`email:problem.${parsed.problem}`);
  const set = (field: keyof AccountForm) => (value: string) => onChange({ ...form, [field]: value });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (parsed.ok) onSubmit();
  };
  return (
    <form className="step" onSubmit={submit} noValidate>
      <StepHeading takeFocus={false}>{t('account.heading')}</StepHeading>
      <p>{t('account.intro')}</p>
      {notice && (
        <p className="notice" role="alert">
          {notice}
        </p>
      )}
      <div className="field">
        <label htmlFor={ids.email}>{t('account.email')}</label>
        <input
          id={ids.email}
          type="email"
          inputMode="email"
          autoComplete="email"
          autoFocus
          value={form.email}
          placeholder={t('account.emailHint')}
          aria-describedby={ids.emailHelp}
          aria-invalid={touched && !parsed.ok}
          onChange={(e) => {
            set('email')(e.target.value);
            setTouched(true);
          }}
        />
        <p id={ids.emailHelp} className={`hint ${touched && !parsed.ok ? 'error' : parsed.ok ? 'good' : ''}`} aria-live="polite">
          {touched || parsed.ok ? emailMessage : t('account.emailHint')}
        </p>
      </div>
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
      <div className="field">
        <label htmlFor={ids.password}>{t('account.password')}</label>
        <div className="password-row">
          <input
            id={ids.password}
            type={showPassword ? 'text' : 'password'}
            autoComplete="current-password"
            value={form.password}
            onChange={(e) => set('password')(e.target.value)}
            aria-describedby={ids.passwordHelp}
            placeholder={passwordKept ? '••••••••' : undefined}
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
          {t('account.passwordHint')} {!form.password && !passwordKept ? t('account.noPassword') : ''}
        </p>
      </div>
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
      <div className="actions">
        <button type="submit" className="primary" disabled={!parsed.ok}>
          {t('account.find')}
        </button>
      </div>
    </form>
  );
}
