import type { SignInOffer } from '../../../shared/ipc/channels';
import type { Message } from '../../../shared/model/message';

/** "Sign in with Google", or "Sign in with your provider" when only the sign-in service itself will say who it is. */
export function signInLabel(offer: { providerName?: string } | SignInOffer | undefined): Message {
  return offer?.providerName
    ? { key: 'wizard:signIn.button', params: { provider: offer.providerName } }
    : { key: 'wizard:signIn.buttonGeneric' };
}
