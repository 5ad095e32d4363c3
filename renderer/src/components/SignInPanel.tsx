import type { DiscoveryView } from '../../../shared/ipc/channels';
import { useMessages } from '../i18n';
import { signInLabel } from './sign-in-label';

/**
 * "Sign in with …" on the Result step: offered when the provider or the server has its own sign-in, or the
 * outcome of the last attempt with a clear way on (sign in again, or go back). With no client ID configured it
 * says plainly that the mail app will ask for the sign-in, and the settings can still be saved.
 */
export function SignInPanel({ view, busy, onSignIn }: { view: DiscoveryView; busy: boolean; onSignIn: () => void }) {
  const { t, render } = useMessages();
  const { signInOffer: offer, signIn } = view;
  if (!offer && (!signIn || signIn.status === 'verified')) return null;
  const failed = signIn && signIn.status !== 'verified';
  return (
    <section className={`sign-in ${failed ? 'failed' : ''}`} aria-labelledby="sign-in-title">
      <h2 id="sign-in-title">{render(signInLabel(offer ?? signIn))}</h2>
      {signIn?.status === 'failed' && (
        <>
          <p role="alert">{render(signIn.message)}</p>
          {signIn.detail && <p className="hint">{render(signIn.detail)}</p>}
        </>
      )}
      {signIn?.status === 'no-sign-in' && <p role="alert">{render(signIn.message)}</p>}
      {signIn?.status === 'not-verified' && <p role="alert">{t('signIn.notVerified', { provider: signIn.providerName })}</p>}
      {offer?.kind === 'ready' && (
        <>
          {!failed && <p>{t('signIn.offerIntro')}</p>}
          <div className="decision">
            <button type="button" className="primary" disabled={busy} onClick={onSignIn}>
              {failed ? t('signIn.again') : render(signInLabel(offer))}
            </button>
          </div>
        </>
      )}
      {offer?.kind === 'mail-app-will-ask' && <p>{t('signIn.mailAppWillAsk', { provider: offer.providerName })}</p>}
    </section>
  );
}
