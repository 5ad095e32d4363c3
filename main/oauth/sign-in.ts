import type { Language } from '../../shared/messages/languages';
import type { Message } from '../../shared/model/message';
import { MailSetupError, reason } from '../errors/mail-setup-error';
import { listenForRedirect, type RedirectOutcome } from './loopback-redirect';
import { requestJson, stringField } from './oauth-http';
import { SIGN_IN_TIMEOUT_MS } from './oauth-timeouts';
import { createPkce, randomState, type Pkce } from './pkce';
import { SecretToken } from './secret-token';
import type { OAuthNetwork, SignInFailure, SignInPlan, SignInProgress, SignInResult } from './oauth-types';

export interface SignInOptions {
  /** Opens the system browser (Electron's shell.openExternal, the CLI's opener). Never an embedded window. */
  openBrowser: (url: string) => void | Promise<void>;
  net: Omit<OAuthNetwork, 'signal'>;
  signal?: AbortSignal;
  /** How long the person has in the browser; SIGN_IN_TIMEOUT_MS unless told. */
  timeoutMs?: number;
  onProgress?: (progress: SignInProgress) => void;
  /** The language of the page the browser shows once the sign-in comes back. */
  language?: Language;
}

const failed = (why: SignInFailure, extra: { providerError?: string; detail?: Message } = {}): SignInResult => ({
  ok: false,
  reason: why,
  message: { key: `signin:failure.${why}` },
  ...extra,
});

/** The provider's own error code and description (RFC 6749 section 5.2), as the technical reason. */
const providerSaid = (error: string, description: string | undefined): Message =>
  description
    ? reason('oauth-provider-error-described', { error, description: description.slice(0, 300) })
    : reason('oauth-provider-error', { error });

/** RFC 6749 section 4.1.1 with PKCE (RFC 7636), the loopback redirect, and the plan's resource and hints. */
export function authorizationUrl(plan: SignInPlan, redirectUri: string, state: string, pkce: Pkce): string {
  const url = new URL(plan.server.authorizationEndpoint);
  const params: Record<string, string> = {
    ...plan.extraParameters,
    response_type: 'code',
    client_id: plan.client.clientId,
    redirect_uri: redirectUri,
    scope: plan.scopes.join(' '),
    state,
    code_challenge: pkce.challenge,
    code_challenge_method: pkce.method,
    ...(plan.loginHint ? { login_hint: plan.loginHint } : {}),
    ...(plan.resource ? { resource: plan.resource } : {}),
  };
  for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value);
  return url.href;
}

/** RFC 9207: where the server sends "iss" (or says it will), it must name the server the request went to. */
function issuerProblem(plan: SignInPlan, iss: string | undefined): Message | undefined {
  const expected = plan.server.issuer;
  if (iss === undefined) return plan.server.issInResponse ? reason('oauth-iss-missing') : undefined;
  if (expected && iss.replace(/\/$/, '') !== expected.replace(/\/$/, '')) return reason('oauth-iss-other', { iss, expected });
  return undefined;
}

function redirectFailure(outcome: Exclude<RedirectOutcome, { kind: 'code' }>): SignInResult {
  switch (outcome.kind) {
    case 'timed-out':
      return failed('timed-out');
    case 'cancelled':
      return failed('cancelled');
    case 'state-mismatch':
      return failed('state-mismatch');
    case 'error': {
      const detail = providerSaid(outcome.error, outcome.description);
      // RFC 6749 section 4.1.2.1: access_denied is the person (or their organisation) saying no.
      return failed(outcome.error === 'access_denied' ? 'consent-refused' : 'provider-error', { providerError: outcome.error, detail });
    }
  }
}

async function exchangeCode(plan: SignInPlan, code: string, redirectUri: string, pkce: Pkce, net: OAuthNetwork): Promise<SignInResult> {
  const form: Record<string, string> = {
    grant_type: 'authorization_code',
    code,
    redirect_uri: redirectUri,
    client_id: plan.client.clientId,
    code_verifier: pkce.verifier,
    ...(plan.client.clientSecret ? { client_secret: plan.client.clientSecret } : {}),
    ...(plan.resource ? { resource: plan.resource } : {}),
  };
  const answer = await requestJson(plan.server.tokenEndpoint, net, { method: 'POST', form });
  if (answer.status !== 200) {
    const error = stringField(answer.json, 'error') ?? `HTTP ${answer.status}`;
    return failed('token-refused', { providerError: error, detail: providerSaid(error, stringField(answer.json, 'error_description')) });
  }
  const accessToken = stringField(answer.json, 'access_token');
  const tokenType = stringField(answer.json, 'token_type') ?? '';
  if (!accessToken) return failed('token-refused', { detail: reason('oauth-no-access-token') });
  // RFC 6750 bearer tokens only: SASL OAUTHBEARER and XOAUTH2 carry nothing else (a DPoP-bound token would not work).
  if (tokenType.toLowerCase() !== 'bearer') return failed('token-refused', { detail: reason('oauth-not-bearer', { type: tokenType }) });
  const scope = stringField(answer.json, 'scope');
  const expiresIn = typeof answer.json.expires_in === 'number' ? answer.json.expires_in : undefined;
  return {
    ok: true,
    grant: {
      token: new SecretToken(accessToken),
      tokenType: 'Bearer',
      scopes: scope ? scope.split(' ').filter(Boolean) : plan.scopes,
      ...(expiresIn !== undefined ? { expiresInSeconds: expiresIn } : {}),
      ...(plan.server.issuer ? { issuer: plan.server.issuer } : {}),
      clientId: plan.client.clientId,
    },
  };
}

/**
 * Signs in with the provider in the system browser: authorization code flow with PKCE (S256) and the RFC 8252
 * loopback redirect on 127.0.0.1 at a random port, "state" and "iss" checked, then the code exchanged for an
 * access token. Cancellable through the signal, limited by timeoutMs; every failure is a typed result.
 * The token is returned wrapped (SecretToken) for the trial logins and must be discarded after them.
 */
export async function signIn(plan: SignInPlan, options: SignInOptions): Promise<SignInResult> {
  const progress = (p: SignInProgress) => {
    try {
      options.onProgress?.(p);
    } catch {
      // A listener's failure must not break the sign-in.
    }
  };
  if (options.signal?.aborted) return failed('cancelled');
  const pkce = createPkce();
  const state = randomState();
  const listener = await listenForRedirect({
    state,
    path: plan.redirect.path,
    host: plan.redirect.host,
    timeoutMs: options.timeoutMs ?? SIGN_IN_TIMEOUT_MS,
    signal: options.signal,
    language: options.language,
  });
  const url = authorizationUrl(plan, listener.redirectUri, state, pkce);
  progress({ step: 'browser-opening', authorizationUrl: url, redirectUri: listener.redirectUri });
  try {
    await options.openBrowser(url);
  } catch (error) {
    listener.close();
    return failed('browser-failed', { detail: reason('oauth-browser-failed', { error: String((error as Error)?.message ?? error) }) });
  }
  progress({ step: 'waiting-for-browser' });
  const outcome = await listener.result;
  if (outcome.kind !== 'code') return redirectFailure(outcome);
  progress({ step: 'browser-returned' });
  const problem = issuerProblem(plan, outcome.iss);
  if (problem) return failed('issuer-mismatch', { detail: problem });
  progress({ step: 'exchanging-code' });
  try {
    const result = await exchangeCode(plan, outcome.code, listener.redirectUri, pkce, { ...options.net, signal: options.signal });
    if (result.ok) progress({ step: 'signed-in' });
    return result;
  } catch (error) {
    if (options.signal?.aborted || (error instanceof MailSetupError && error.code === 'ECANCELLED')) return failed('cancelled');
    // Every failure is a typed result: one that is not the network's (a bug) says so in its reason.
    const why = error instanceof MailSetupError ? error.failure.reason : reason('internal', { error: String(error).slice(0, 300) });
    return failed('network', { detail: why });
  }
}
