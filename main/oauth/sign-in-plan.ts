import type { SignInConfigFact } from '../../shared/model/mailbox-facts';
import type { Message } from '../../shared/model/message';
import type { Protocol } from '../../shared/model/server';
import { failWith, MailSetupError, reason } from '../errors/mail-setup-error';
import { fetchAuthorizationServerMetadata, normalizeIssuer, type AuthorizationServerMetadata } from './authorization-server-metadata';
import { DEFAULT_REDIRECT, resolveClient, type ClientIdSources } from './client-config';
import { registerClient } from './dynamic-registration';
import { requireHttps } from './oauth-http';
import { fetchProtectedResourceMetadata, mailResourceIdentifier } from './protected-resource-metadata';
import { providerOAuth, providerServer, scopesFor } from './provider-oauth';
import type { NoSignIn, OAuthNetwork, SignInEvidence, SignInPlan, SignInPlanResult } from './oauth-types';

/** draft-ietf-mailmaint-oauth-public: the one scope that covers IMAP, POP3, SMTP (and JMAP mail). */
export const MAIL_SCOPE = 'urn:ietf:params:oauth:scope:mail';

export interface PlanInput {
  /** The address: the login hint, and the domain for the provider's tenant. */
  email: string;
  /** The provider table's id when discovery named one (gmail, outlook, microsoft365, yahoo…). */
  providerId?: string;
  /** What the domain's autoconfig file said about sign-in (a discovery fact). */
  autoconfig?: SignInConfigFact;
  /** Host names of the servers to prove (their RFC 9728 metadata names the authorization server). */
  mailHosts?: string[];
  /** Protocols the token must cover; IMAP and SMTP unless told. */
  protocols?: Protocol[];
  clients?: ClientIdSources;
  /** An "openid-configuration" URL a server gave when it refused a token (RFC 7628 section 3.2.2). */
  openidConfigurationHint?: string;
}

/** Why a step of the plan failed, as the technical reason (a bug's own message when it is not a MailSetupError). */
const whyFailed = (error: unknown): Message =>
  error instanceof MailSetupError ? error.failure.reason : reason('internal', { error: String(error).slice(0, 300) });

const noSignIn = (
  kind: NoSignIn['kind'],
  reason: NoSignIn['reason'],
  evidence: SignInEvidence[],
  extra: Partial<NoSignIn> = {},
): NoSignIn => ({
  kind,
  reason,
  evidence,
  ...extra,
});

/** A provider in the table: its endpoints and scopes, with the client ID this copy of Mail Setup is configured with. */
function planForProvider(input: PlanInput, providerId: string, protocols: Protocol[]): SignInPlanResult | undefined {
  const entry = providerOAuth(providerId);
  if (!entry) return undefined;
  const evidence: SignInEvidence[] = [{ step: 'provider-table', detail: providerId }];
  const resolution = resolveClient(providerId, input.clients);
  if (resolution.status === 'invalid-configuration') {
    return noSignIn('not-available', 'no-client-id', evidence, {
      providerId,
      providerName: entry.name,
      why: reason('oauth-client-config', { source: resolution.source, problem: resolution.problem }),
    });
  }
  if (resolution.status === 'not-configured') {
    return noSignIn('mail-app-will-ask', 'no-client-id', evidence, {
      providerId,
      providerName: entry.name,
      why: reason('oauth-no-client-configured', { places: resolution.looked.join(', ') }),
    });
  }
  evidence.push({ step: 'client-configuration', detail: resolution.client.source });
  return {
    kind: 'ready',
    method: 'provider',
    providerId,
    providerName: entry.name,
    server: providerServer(entry, resolution.tenant),
    client: resolution.client,
    scopes: scopesFor(entry, protocols),
    loginHint: input.email,
    redirect: resolution.redirect,
    evidence,
  };
}

/** From an authorization server's metadata to a plan: dynamic client registration (RFC 7591) unless a client is known. */
async function planForServer(
  metadata: AuthorizationServerMetadata,
  input: PlanInput,
  evidence: SignInEvidence[],
  net: OAuthNetwork,
  extra: { resource?: string; scopes?: string[]; clientId?: string; method: SignInPlan['method'] },
): Promise<SignInPlanResult> {
  evidence.push({ step: 'authorization-server-metadata', detail: metadata.metadataUrl });
  const scopes = extra.scopes && extra.scopes.length > 0 ? extra.scopes : [MAIL_SCOPE];
  const providerName = new URL(metadata.issuer).host;
  // An organisation may register Mail Setup with its own authorization server and configure the client ID under
  // the issuer's host name; that beats both the autoconfig file's client ID and registering anew.
  const configured = resolveClient(providerName, input.clients);
  const redirect = configured.status === 'configured' ? configured.redirect : DEFAULT_REDIRECT;
  let client: SignInPlan['client'];
  if (configured.status === 'configured') {
    client = configured.client;
    evidence.push({ step: 'client-configuration', detail: configured.client.source });
  } else if (extra.clientId) {
    client = { clientId: extra.clientId, source: 'autoconfig' };
  } else if (metadata.registrationEndpoint) {
    try {
      client = await registerClient(
        { registrationEndpoint: metadata.registrationEndpoint, redirectUri: `http://${redirect.host}${redirect.path}`, scopes },
        net,
      );
    } catch (error) {
      if (error instanceof MailSetupError && error.code === 'ECANCELLED') throw error;
      return noSignIn('mail-app-will-ask', 'registration-refused', evidence, { providerName, why: whyFailed(error) });
    }
    evidence.push({ step: 'dynamic-registration', detail: metadata.registrationEndpoint });
  } else {
    return noSignIn('mail-app-will-ask', 'no-client-id', evidence, {
      providerName,
      why: reason('oauth-no-registration', { issuer: metadata.issuer }),
    });
  }
  return {
    kind: 'ready',
    method: extra.method,
    providerName,
    server: metadata,
    client,
    scopes,
    ...(extra.resource ? { resource: extra.resource } : {}),
    loginHint: input.email,
    redirect,
    evidence,
  };
}

/** The autoconfig file's <oAuth2>: its client ID with its endpoints, or its issuer's metadata and registration. */
async function planForAutoconfig(input: PlanInput, fact: SignInConfigFact, net: OAuthNetwork): Promise<SignInPlanResult | undefined> {
  const oauth = fact.oauth;
  const evidence: SignInEvidence[] = [{ step: 'autoconfig', detail: fact.url }];
  // A sign-in page named by an unprotected lookup could be anyone's: never send the person there.
  if (fact.trust !== 'trusted')
    return noSignIn('mail-app-will-ask', 'untrusted-source', evidence, { why: reason('oauth-untrusted-file', { url: fact.url }) });
  if (oauth.issuer) {
    const issuer = normalizeIssuer(oauth.issuer);
    try {
      const metadata = await fetchAuthorizationServerMetadata(issuer, net);
      return await planForServer(metadata, input, evidence, net, { scopes: oauth.scopes, clientId: oauth.clientId, method: 'autoconfig' });
    } catch (error) {
      if (error instanceof MailSetupError && error.code === 'ECANCELLED') throw error;
      // Without metadata, the file's own endpoints and client ID still make a complete plan (the draft allows skipping discovery).
      if (!(oauth.clientId && oauth.authUrl && oauth.tokenUrl)) {
        return noSignIn('mail-app-will-ask', 'discovery-failed', evidence, { why: whyFailed(error) });
      }
    }
  }
  if (oauth.clientId && oauth.authUrl && oauth.tokenUrl) {
    requireHttps(oauth.authUrl, 'authURL');
    requireHttps(oauth.tokenUrl, 'tokenURL');
    return {
      kind: 'ready',
      method: 'autoconfig',
      providerName: new URL(oauth.authUrl).host,
      server: {
        ...(oauth.issuer ? { issuer: normalizeIssuer(oauth.issuer) } : {}),
        authorizationEndpoint: oauth.authUrl,
        tokenEndpoint: oauth.tokenUrl,
      },
      client: { clientId: oauth.clientId, source: 'autoconfig' },
      scopes: oauth.scopes.length > 0 ? oauth.scopes : [MAIL_SCOPE],
      loginHint: input.email,
      redirect: DEFAULT_REDIRECT,
      evidence,
    };
  }
  return undefined;
}

/** RFC 9728 for each mail host, then the first authorization server it names (RFC 8414), then registration. */
async function planByDiscovery(input: PlanInput, net: OAuthNetwork): Promise<SignInPlanResult | undefined> {
  const failures: Message[] = [];
  for (const host of [...new Set((input.mailHosts ?? []).map((h) => h.toLowerCase()))]) {
    const evidence: SignInEvidence[] = [];
    try {
      const resource = await fetchProtectedResourceMetadata(mailResourceIdentifier(host), net);
      evidence.push({ step: 'protected-resource-metadata', detail: resource.metadataUrl });
      const metadata = await fetchAuthorizationServerMetadata(resource.authorizationServers[0], net);
      const scopes = resource.scopesSupported?.includes(MAIL_SCOPE) || !resource.scopesSupported ? [MAIL_SCOPE] : resource.scopesSupported;
      return await planForServer(metadata, input, evidence, net, { resource: resource.resource, scopes, method: 'discovered' });
    } catch (error) {
      if (error instanceof MailSetupError && error.code === 'ECANCELLED') throw error;
      failures.push(whyFailed(error));
    }
  }
  if (input.openidConfigurationHint) {
    const evidence: SignInEvidence[] = [{ step: 'login-failure-hint', detail: input.openidConfigurationHint }];
    try {
      const hint = requireHttps(input.openidConfigurationHint, 'openid-configuration');
      // Only the standard location is accepted, so the issuer is the URL without it (and metadata must agree).
      if (!hint.pathname.endsWith('/.well-known/openid-configuration'))
        throw failWith('EPROTOCOL', reason('oauth-not-openid-url', { url: hint.href }));
      const issuer = `${hint.origin}${hint.pathname.slice(0, -'/.well-known/openid-configuration'.length)}`;
      const metadata = await fetchAuthorizationServerMetadata(issuer, net);
      return await planForServer(metadata, input, evidence, net, { method: 'discovered' });
    } catch (error) {
      if (error instanceof MailSetupError && error.code === 'ECANCELLED') throw error;
      failures.push(whyFailed(error));
    }
  }
  return failures.length > 0
    ? noSignIn('not-available', 'discovery-failed', [], { why: reason('oauth-discovery-failed', { failures }) })
    : undefined;
}

/**
 * Decides how to prove an account by signing in, without the person yet: the provider table with a configured
 * client ID; the autoconfig file's <oAuth2>; or, for any server that publishes OAuth metadata, discovery and
 * dynamic registration with no client ID at all (draft-ietf-mailmaint-oauth-public). When none applies, the
 * answer says so as a result ("the mail app will ask for the sign-in"), not as an error.
 */
export async function planSignIn(input: PlanInput, net: OAuthNetwork): Promise<SignInPlanResult> {
  const protocols = input.protocols ?? ['imap', 'smtp'];
  if (input.providerId) {
    const plan = planForProvider(input, input.providerId, protocols);
    // The big providers offer no open registration: without a client ID their answer is final.
    if (plan) return plan;
  }
  if (input.autoconfig) {
    const plan = await planForAutoconfig(input, input.autoconfig, net);
    if (plan && plan.kind === 'ready') return plan;
    const discovered = await planByDiscovery(input, net);
    return discovered?.kind === 'ready' ? discovered : (plan ?? discovered ?? noSignIn('not-available', 'no-oauth', []));
  }
  return (await planByDiscovery(input, net)) ?? noSignIn('not-available', 'no-oauth', []);
}
