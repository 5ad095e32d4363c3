import type { HttpRecord } from '../../shared/model/lookups';
import type { Message } from '../../shared/model/message';
import type { MailResolver } from '../dns/mail-resolver';
import type { TlsTrust } from '../net/tls-trust';
import type { SecretToken } from './secret-token';

/** How the OAuth module reaches the network: the engine's resolver (so --dns and the address policy apply) and trust. */
export interface OAuthNetwork {
  resolver: MailResolver;
  trust: TlsTrust;
  signal?: AbortSignal;
  /** Every HTTP request, for the diagnostic report (URLs only: no body, no token). */
  onHttp?: (record: HttpRecord) => void;
}

/** An authorization server's endpoints, from its metadata or from the provider table. */
export interface AuthorizationServer {
  /** The issuer identifier (an https URL, RFC 8414 section 2) when known. */
  issuer?: string;
  authorizationEndpoint: string;
  tokenEndpoint: string;
  registrationEndpoint?: string;
  /** RFC 9207: the server puts "iss" in its authorization responses, and the client must check it. */
  issInResponse?: boolean;
  scopesSupported?: string[];
}

/** Where a client ID came from. Never copied from another application: configured, named by the provider, or registered. */
export type ClientSource = 'flag' | 'environment' | 'config-file' | 'build' | 'autoconfig' | 'dynamic-registration';

export interface OAuthClient {
  clientId: string;
  /** Installed-app "secrets" (Google issues them) are not secret; sent only when configured. */
  clientSecret?: string;
  source: ClientSource;
}

/**
 * One lookup that led to the sign-in, for the diagnostic report. `detail` is data, worded by the catalog's
 * "signin:evidence.<step>": the provider id, where the client ID came from, or the URL read.
 */
export interface SignInEvidence {
  step:
    | 'provider-table'
    | 'client-configuration'
    | 'autoconfig'
    | 'protected-resource-metadata'
    | 'authorization-server-metadata'
    | 'dynamic-registration'
    | 'login-failure-hint';
  detail: string;
}

/** Everything a sign-in needs except the person at the browser. */
export interface SignInPlan {
  kind: 'ready';
  method: 'provider' | 'autoconfig' | 'discovered';
  providerId?: string;
  /** For "Sign in with …" (e.g. "Google", "Microsoft", or the authorization server's host). */
  providerName: string;
  server: AuthorizationServer;
  client: OAuthClient;
  scopes: string[];
  /** RFC 8707 resource indicator, when protected-resource metadata named one. */
  resource?: string;
  /** Pre-fills the provider's sign-in page with the address. */
  loginHint?: string;
  /** Provider-specific authorization parameters from the provider data (e.g. Microsoft's prompt). */
  extraParameters?: Record<string, string>;
  /** RFC 8252 loopback redirect: host and path; the port is chosen at random for each sign-in. */
  redirect: { host: '127.0.0.1' | 'localhost'; path: string };
  evidence: SignInEvidence[];
}

/** Why no sign-in can be offered; "mail-app-will-ask" means the exports still work and the mail app signs in itself. */
export interface NoSignIn {
  kind: 'mail-app-will-ask' | 'not-available';
  reason: 'no-client-id' | 'no-oauth' | 'discovery-failed' | 'registration-refused' | 'untrusted-source';
  providerId?: string;
  providerName?: string;
  /** The technical reason, for experts (no secrets). */
  why?: Message;
  evidence: SignInEvidence[];
}

export type SignInPlanResult = SignInPlan | NoSignIn;

export type SignInFailure =
  | 'consent-refused'
  | 'provider-error'
  | 'timed-out'
  | 'cancelled'
  | 'state-mismatch'
  | 'issuer-mismatch'
  | 'browser-failed'
  | 'token-refused'
  | 'network';

/** The proof of a sign-in: a token that lives only until the trial logins are done. */
export interface AccessGrant {
  token: SecretToken;
  tokenType: string;
  scopes: string[];
  expiresInSeconds?: number;
  issuer?: string;
  clientId: string;
}

export type SignInResult =
  | { ok: true; grant: AccessGrant }
  | {
      ok: false;
      reason: SignInFailure;
      /** Plain words for the person ("signin:failure.<reason>"). */
      message: Message;
      /** The provider's OAuth error code (RFC 6749 section 4.1.2.1 / 5.2), e.g. "access_denied". */
      providerError?: string;
      /** The technical reason for experts; never a code, verifier or token. */
      detail?: Message;
    };

/** Progress of a sign-in, for the wizard's spinner and the CLI's lines. */
export type SignInProgress =
  | { step: 'browser-opening'; authorizationUrl: string; redirectUri: string }
  | { step: 'waiting-for-browser' }
  | { step: 'browser-returned' }
  | { step: 'exchanging-code' }
  | { step: 'signed-in' };
