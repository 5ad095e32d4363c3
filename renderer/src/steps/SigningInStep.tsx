import { useCallback, useId } from 'react';
import type { SignInStep } from '../../../shared/ipc/channels';
import { useMessages } from '../i18n';
import { useEscape } from '../hooks/use-escape';
import { StepHeading } from '../components/StepHeading';
import { signInLabel } from '../components/sign-in-label';

interface Props {
  providerName?: string;
  step: SignInStep;
  /** The sign-in page's address, in case the browser did not open (to paste into one). */
  authorizationUrl?: string;
  onCancel: () => void;
}

/** While the person signs in in the system browser: what to do there, and Cancel (or Esc) right next to the progress. */
export function SigningInStep({ providerName, step, authorizationUrl, onCancel }: Props) {
  const { t, render } = useMessages();
  const urlId = useId();
  const cancel = useCallback(() => onCancel(), [onCancel]);
  useEscape(cancel);
  const waiting = step === 'browser-opening' || step === 'waiting-for-browser';
  const status =
    step === 'planning'
      ? t('signIn.planning')
      : waiting
        ? providerName
          ? t('signIn.inBrowser', { provider: providerName })
          : t('signIn.inBrowserGeneric')
        : t('signIn.checking');
  return (
    <section className="step" aria-busy="true">
      <StepHeading>{render(signInLabel({ providerName }))}</StepHeading>
      <div className="progress-row">
        <div
          className="progress-bar indeterminate"
          role="progressbar"
          aria-label={render(signInLabel({ providerName }))}
          aria-valuetext={status}
        >
          <div className="progress-fill" />
        </div>
        <button type="button" className="secondary" onClick={cancel}>
          {t('nav.cancel')}
        </button>
      </div>
      <p role="status" aria-live="polite">
        {status}
      </p>
      <p className="hint">{t('signIn.escHint')}</p>
      <p>{t('signIn.privacy')}</p>
      {waiting && authorizationUrl && (
        <details>
          <summary>{t('signIn.noBrowser')}</summary>
          <label htmlFor={urlId}>{t('signIn.address')}</label>
          <input id={urlId} type="text" readOnly value={authorizationUrl} onFocus={(e) => e.target.select()} className="url" />
          <p className="hint">{t('signIn.addressHint')}</p>
        </details>
      )}
    </section>
  );
}
