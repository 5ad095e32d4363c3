import type { Message } from '../../shared/model/message';
import { failWith, MailSetupError, reason } from '../errors/mail-setup-error';
import { requestJson, requireHttps, stringArrayField, stringField } from './oauth-http';
import type { AuthorizationServer, OAuthNetwork } from './oauth-types';

/**
 * An issuer identifier as RFC 8414 section 2 defines it: an https URL without query or fragment. Autoconfig
 * files (draft-ietf-mailmaint-autoconfig, <oAuth2><issuer>) write just the host name; that means https://host.
 */
export function normalizeIssuer(value: string): string {
  const text = value.trim();
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`;
  const url = requireHttps(withScheme, 'issuer');
  if (url.search || url.hash) throw failWith('EINPUT', reason('oauth-issuer-query', { url: url.href }));
  // Keep the issuer's own spelling (its path, with or without a final slash): metadata must repeat it exactly.
  return url.pathname === '/' && !text.endsWith('/') ? url.origin : url.href;
}

/**
 * The metadata locations for an issuer: RFC 8414 section 3.1 inserts the well-known path between host and
 * issuer path; OpenID Connect Discovery 1.0 appends its own. The first is tried first.
 */
export function metadataUrls(issuer: string): string[] {
  const url = new URL(issuer);
  const path = url.pathname === '/' ? '' : url.pathname.replace(/\/$/, '');
  return [`${url.origin}/.well-known/oauth-authorization-server${path}`, `${url.origin}${path}/.well-known/openid-configuration`];
}

export interface AuthorizationServerMetadata extends AuthorizationServer {
  issuer: string;
  /** The document it was read from, for the report. */
  metadataUrl: string;
  codeChallengeMethods: string[];
}

function sameIssuer(claimed: string, expected: string): boolean {
  if (claimed === expected) return true;
  // "https://host" and "https://host/" name the same issuer when there is no path.
  const bare = (s: string) => s.replace(/\/$/, '');
  return new URL(expected).pathname === '/' && bare(claimed) === bare(expected);
}

/** Reads and checks one metadata document (RFC 8414 section 3.3: its "issuer" must be the one asked for). */
function readMetadata(json: Record<string, unknown>, issuer: string, metadataUrl: string): AuthorizationServerMetadata {
  const claimed = stringField(json, 'issuer');
  if (!claimed || !sameIssuer(claimed, issuer)) {
    throw failWith('EPROTOCOL', reason('oauth-issuer-mismatch', { url: metadataUrl, claimed: claimed ?? '-', issuer }));
  }
  const authorizationEndpoint = stringField(json, 'authorization_endpoint');
  const tokenEndpoint = stringField(json, 'token_endpoint');
  if (!authorizationEndpoint || !tokenEndpoint) throw failWith('EPROTOCOL', reason('oauth-no-endpoints', { url: metadataUrl }));
  requireHttps(authorizationEndpoint, 'authorization_endpoint');
  requireHttps(tokenEndpoint, 'token_endpoint');
  const registrationEndpoint = stringField(json, 'registration_endpoint');
  if (registrationEndpoint) requireHttps(registrationEndpoint, 'registration_endpoint');
  const responseTypes = stringArrayField(json, 'response_types_supported');
  if (responseTypes && !responseTypes.includes('code')) throw failWith('EPROTOCOL', reason('oauth-no-code-flow', { url: metadataUrl }));
  return {
    issuer,
    metadataUrl,
    authorizationEndpoint,
    tokenEndpoint,
    ...(registrationEndpoint ? { registrationEndpoint } : {}),
    issInResponse: json.authorization_response_iss_parameter_supported === true,
    scopesSupported: stringArrayField(json, 'scopes_supported'),
    codeChallengeMethods: stringArrayField(json, 'code_challenge_methods_supported') ?? [],
  };
}

/**
 * Fetches an authorization server's metadata (RFC 8414, then OpenID Connect Discovery), without following
 * redirects, and checks what a public mail client needs: the issuer it was asked for, https endpoints, the
 * code flow and PKCE with S256 (draft-ietf-mailmaint-oauth-public requires it; a server that does not list it
 * is not used).
 */
export async function fetchAuthorizationServerMetadata(issuerValue: string, net: OAuthNetwork): Promise<AuthorizationServerMetadata> {
  const issuer = normalizeIssuer(issuerValue);
  const failures: Message[] = [];
  for (const url of metadataUrls(issuer)) {
    try {
      const answer = await requestJson(url, net);
      if (answer.status !== 200) {
        failures.push(reason('http-status', { url, status: answer.status }));
        continue;
      }
      const metadata = readMetadata(answer.json, issuer, url);
      if (!metadata.codeChallengeMethods.includes('S256')) {
        throw failWith('EPROTOCOL', reason('oauth-no-pkce', { url }));
      }
      return metadata;
    } catch (error) {
      if (error instanceof MailSetupError && (error.code === 'ECANCELLED' || error.code === 'EPROTOCOL')) throw error;
      if (!(error instanceof MailSetupError)) throw error;
      failures.push(error.failure.reason);
    }
  }
  throw failWith('EHTTP', reason('oauth-no-metadata', { issuer, failures }));
}
