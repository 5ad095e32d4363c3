import { isValidHostName } from '../../shared/model/valid-endpoint';
import { failWith, MailSetupError, reason } from '../errors/mail-setup-error';
import { requestJson, stringArrayField, stringField } from './oauth-http';
import type { OAuthNetwork } from './oauth-types';

export interface ProtectedResourceMetadata {
  /** The resource identifier (RFC 9728 section 1.2), used as RFC 8707 resource indicator. */
  resource: string;
  authorizationServers: string[];
  scopesSupported?: string[];
  metadataUrl: string;
}

/**
 * A mail server's resource identifier: the https origin of its host name. IMAP, POP3 and SMTP have no URL of
 * their own, so the host's web origin stands for them, and its metadata lives at the RFC 9728 well-known path.
 */
export function mailResourceIdentifier(host: string): string {
  const name = host.toLowerCase().replace(/\.$/, '');
  if (!isValidHostName(name)) throw failWith('EINPUT', reason('oauth-not-host', { host }));
  return `https://${name}`;
}

/** RFC 9728 section 3.1: the well-known path goes between the host and the identifier's path. */
export function protectedResourceMetadataUrl(resource: string): string {
  const url = new URL(resource);
  const path = url.pathname === '/' ? '' : url.pathname.replace(/\/$/, '');
  return `${url.origin}/.well-known/oauth-protected-resource${path}`;
}

const sameResource = (a: string, b: string) => a.replace(/\/$/, '') === b.replace(/\/$/, '');

/**
 * Fetches a protected resource's metadata and checks it (RFC 9728 section 3.3: "resource" must be the
 * identifier the URL was built from, or the document is not used). Redirects are not followed.
 */
export async function fetchProtectedResourceMetadata(resource: string, net: OAuthNetwork): Promise<ProtectedResourceMetadata> {
  const metadataUrl = protectedResourceMetadataUrl(resource);
  const answer = await requestJson(metadataUrl, net);
  if (answer.status !== 200)
    throw new MailSetupError({ code: 'EHTTP', reason: reason('http-status', { url: metadataUrl, status: answer.status }) }, answer.status);
  const claimed = stringField(answer.json, 'resource');
  if (!claimed || !sameResource(claimed, resource)) {
    throw failWith('EPROTOCOL', reason('oauth-resource-mismatch', { url: metadataUrl, claimed: claimed ?? '-', resource }));
  }
  const authorizationServers = stringArrayField(answer.json, 'authorization_servers') ?? [];
  if (authorizationServers.length === 0) throw failWith('EPROTOCOL', reason('oauth-no-authorization-server', { url: metadataUrl }));
  return { resource: claimed, authorizationServers, scopesSupported: stringArrayField(answer.json, 'scopes_supported'), metadataUrl };
}
