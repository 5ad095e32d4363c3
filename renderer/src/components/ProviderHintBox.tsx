import type { ProviderHint } from '../../../shared/ipc/channels';
import { api } from '../api';
import { useMessages } from '../i18n';

interface Props {
  provider: ProviderHint;
  /** The provider takes no password from mail apps, so the password field is hidden. */
  noPasswords: boolean;
  onUsePassword: () => void;
}

/**
 * What the provider needs, shown as soon as the address names it and before any password is sent: an app
 * password, an authorization code (授权码), its own sign-in, a switch to turn on; with its help page.
 */
export function ProviderHintBox({ provider, noPasswords, onUsePassword }: Props) {
  const { t, i18n } = useMessages();
  const adviceKey = `source:provider.${provider.id}`;
  const advice = i18n.exists(adviceKey) ? t(adviceKey) : provider.passwordNote ? t(`source:note.${provider.passwordNote}`) : undefined;
  const signIn = provider.signIn;
  return (
    <section className="provider-hint" aria-labelledby="provider-hint-title">
      <h2 id="provider-hint-title">{t('account.provider.title', { provider: provider.name })}</h2>
      {advice && <p>{advice}</p>}
      {signIn?.kind === 'ready' && <p>{t('account.provider.signInReady', { provider: signIn.providerName })}</p>}
      {signIn?.kind === 'mail-app-will-ask' && noPasswords && (
        <p>{t('account.provider.mailAppWillAsk', { provider: signIn.providerName })}</p>
      )}
      <div className="decision">
        {provider.helpUrl && (
          <button type="button" className="link" onClick={() => void api().openExternal(provider.helpUrl!)}>
            {t('finding:action.help', { provider: provider.name })}
          </button>
        )}
        {noPasswords && (
          <button type="button" className="link" onClick={onUsePassword}>
            {t('account.provider.usePassword')}
          </button>
        )}
      </div>
    </section>
  );
}
