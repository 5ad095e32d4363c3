import type { SignInView } from '../../shared/ipc/channels';
import type { VerifyBySignInResult } from '../oauth/verify-by-sign-in';

/** What the page learns of a sign-in: the outcome and its words, never the token, the code or the plan's secrets. */
export function signInView(outcome: VerifyBySignInResult): SignInView {
  switch (outcome.status) {
    case 'verified':
    case 'not-verified':
      return { status: outcome.status, providerName: outcome.plan.providerName };
    case 'sign-in-failed':
      return {
        status: 'failed',
        providerName: outcome.plan.providerName,
        reason: outcome.reason,
        message: outcome.message,
        ...(outcome.detail ? { detail: outcome.detail } : {}),
      };
    case 'no-sign-in':
      return {
        status: 'no-sign-in',
        ...(outcome.noSignIn.providerName ? { providerName: outcome.noSignIn.providerName } : {}),
        message: outcome.message,
      };
  }
}
