import type { DomainCheck, SignInOffer } from '../../shared/ipc/channels';
import { displayHost } from '../../shared/email/idn';
import { parseEmail } from '../../shared/email/parse-email';
import { loadBundledSnapshot } from '../discovery/bundled-snapshot';
import { providerForDomain, providerInfo } from '../discovery/provider-table';
import { likelyTypo } from '../discovery/typo-check';
import { resolveClient, type ClientIdSources } from '../oauth/client-config';
import { providerOAuth } from '../oauth/provider-oauth';

/**
 * Whether "Sign in with <provider>" can run here: the provider has a sign-in, and this copy of Mail Setup has a
 * client ID for it. Without one the mail app asks for the sign-in itself (not an error: the settings are right).
 */
export function providerSignIn(providerId: string, clients?: ClientIdSources): SignInOffer | undefined {
  const entry = providerOAuth(providerId);
  if (!entry) return undefined;
  const client = resolveClient(providerId, clients);
  return client.status === 'configured'
    ? { kind: 'ready', providerName: entry.name }
    : { kind: 'mail-app-will-ask', providerName: entry.name };
}

/**
 * What a domain alone tells, before a password goes anywhere: the provider the built-in table knows for it (its
 * advice, help link and sign-in), and the well-known domain it may be a slip of. Nothing is looked up on the
 * network: this runs as the person types.
 */
export async function checkDomain(typed: string, clients?: ClientIdSources): Promise<DomainCheck | undefined> {
  const parsed = parseEmail(`check@${typed}`);
  if (!parsed.ok) return undefined;
  const { domain, domainUnicode } = parsed.email;
  const check: DomainCheck = { domain: domainUnicode };
  const suggestion = likelyTypo(domain, await loadBundledSnapshot());
  if (suggestion) check.suggestion = displayHost(suggestion);
  const entry = providerForDomain(domain);
  if (entry) {
    const signIn = providerSignIn(entry.id, clients);
    check.provider = { ...providerInfo(entry), ...(signIn ? { signIn } : {}) };
  }
  return check;
}
