import type { SavedResult } from '../../shared/model/saved-result';

/** Whose sign-in an account uses: the two that mail apps build in by name, or another provider's. */
export type SignInProvider = 'google' | 'microsoft' | 'other';

/** What made it a sign-in account, for notes and tests. */
export type SignInReason = 'signed-in' | 'provider-oauth-only' | 'microsoft365' | 'autoconfig-oauth-only' | 'password-refused';

/** An account that signs in with its provider (OAuth2) instead of a password, and what the exports need to know. */
export interface SignInAccount {
  provider: SignInProvider;
  /** The provider's own name, as the apps' "Add account" lists show it. */
  providerName: string;
  why: SignInReason;
  /** Microsoft: the Exchange ActiveSync host that Apple Mail's Exchange account connects to. */
  activeSyncHost?: string;
}

export interface SignInOptions {
  /** The provider (main/discovery/provider-oauth.json id) of a sign-in that verified the servers, if there was one. */
  signedInWith?: string;
}

// Where Exchange Online (Microsoft 365 and Outlook.com) takes ActiveSync when Autodiscover named nothing else.
const EXCHANGE_ONLINE_EAS_HOST = 'outlook.office365.com';
const GOOGLE_IDS = ['gmail', 'google', 'googlemail'];
const MICROSOFT_IDS = ['outlook', 'microsoft365', 'microsoft', 'hotmail'];
const GOOGLE_HOSTS = /(^|\.)(gmail|googlemail|google)\.com$/i;

function providerOf(id: string | undefined, result: SavedResult): SignInProvider {
  if (id && GOOGLE_IDS.includes(id)) return 'google';
  if (id && MICROSOFT_IDS.includes(id)) return 'microsoft';
  if (result.facts?.some((f) => f.kind === 'microsoft365')) return 'microsoft';
  if ([result.incoming, result.outgoing].some((s) => s && GOOGLE_HOSTS.test(s.host))) return 'google';
  return 'other';
}

const NAMES: Record<Exclude<SignInProvider, 'other'>, string> = { google: 'Google', microsoft: 'Microsoft' };

function account(provider: SignInProvider, why: SignInReason, result: SavedResult): SignInAccount {
  const named = result.providers?.find((p) => p.name)?.name;
  const providerName = provider === 'other' ? (named ?? result.email.split('@')[1] ?? '') : NAMES[provider];
  const microsoft = result.facts?.find((f) => f.kind === 'microsoft365');
  const easUrl = microsoft?.kind === 'microsoft365' ? microsoft.endpoints?.activeSync : undefined;
  const activeSyncHost = provider === 'microsoft' ? (hostOf(easUrl) ?? EXCHANGE_ONLINE_EAS_HOST) : undefined;
  return { provider, providerName, why, ...(activeSyncHost ? { activeSyncHost } : {}) };
}

function hostOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).hostname || undefined;
  } catch {
    return undefined;
  }
}

/**
 * The one place that decides whether an account signs in with its provider (OAuth2) rather than with a password,
 * from everything a discovery result knows:
 * - a sign-in through the provider verified the servers (the wizard's button, `discover --oauth`);
 * - unless a password login proved both servers (then the password is what works, whatever else is said):
 *   - the provider table marks the provider as OAuth2 only (Outlook.com, Microsoft 365);
 *   - the lookups recognised a mailbox in Exchange Online (Microsoft 365 or Outlook.com), which refuses passwords
 *     from mail apps; an organisation's own Exchange server may still take them;
 *   - the domain's autoconfig file, fetched over verified HTTPS, offers OAuth2 and no password method;
 *   - the chosen server refused the password and said that only the provider's sign-in is accepted.
 */
export function signInAccount(result: SavedResult, options: SignInOptions = {}): SignInAccount | undefined {
  if (options.signedInWith) return account(providerOf(options.signedInWith, result), 'signed-in', result);
  if (result.incoming?.verified && result.outgoing?.verified) return undefined;
  const oauthOnly = result.providers?.find((p) => p.passwordNote === 'oauth2-only');
  if (oauthOnly) return account(providerOf(oauthOnly.id, result), 'provider-oauth-only', result);
  const microsoft = result.facts?.find((f) => f.kind === 'microsoft365');
  if (microsoft?.kind === 'microsoft365' && (microsoft.audience === 'consumer' || microsoft.mailbox === 'exchange-online'))
    return account('microsoft', 'microsoft365', result);
  if (result.facts?.some((f) => f.kind === 'oauth-sign-in' && f.trust === 'trusted' && f.oauth.oauthOnly))
    return account(providerOf(result.providers?.[0]?.id, result), 'autoconfig-oauth-only', result);
  const chosen = [result.incoming, result.outgoing];
  const refusal = (result.candidates ?? []).find(
    (c) =>
      c.outcome?.code === 'EAUTH' &&
      c.outcome.authProblem?.kind === 'oauth-only' &&
      chosen.some((s) => s && s.host === c.host && s.port === c.port && s.protocol === c.protocol),
  );
  if (refusal?.outcome?.authProblem) return account(providerOf(refusal.outcome.authProblem.signInWith, result), 'password-refused', result);
  return undefined;
}
