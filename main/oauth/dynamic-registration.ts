import { failWith, reason } from '../errors/mail-setup-error';
import { requestJson, stringField } from './oauth-http';
import type { OAuthClient, OAuthNetwork } from './oauth-types';

/** Identifies Mail Setup to authorization servers across versions and installs (RFC 7591 section 2, software_id). */
export const SOFTWARE_ID = '3338449d-32f7-4002-a830-e0fcf9e72b29';
export const SOFTWARE_VERSION = '0.1.0';
export const CLIENT_NAME = 'Mail Setup';

export interface RegistrationRequest {
  registrationEndpoint: string;
  /** The loopback redirect without a port (RFC 8252 section 7.3: the server accepts any port at sign-in). */
  redirectUri: string;
  scopes: string[];
}

// One registration per server and redirect for the life of the process: retrying a sign-in must not leave a
// trail of client registrations behind. Nothing is written to disk (the result needs no lasting client).
const registered = new Map<string, OAuthClient>();

/**
 * Registers Mail Setup as a public native client (RFC 7591; OpenID Connect Dynamic Client Registration's
 * application_type "native"): authorization code only, no client secret, PKCE at use.
 */
export async function registerClient(request: RegistrationRequest, net: OAuthNetwork): Promise<OAuthClient> {
  const key = `${request.registrationEndpoint} ${request.redirectUri}`;
  const known = registered.get(key);
  if (known) return known;
  const answer = await requestJson(request.registrationEndpoint, net, {
    method: 'POST',
    json: {
      redirect_uris: [request.redirectUri],
      token_endpoint_auth_method: 'none',
      grant_types: ['authorization_code'],
      response_types: ['code'],
      application_type: 'native',
      client_name: CLIENT_NAME,
      software_id: SOFTWARE_ID,
      software_version: SOFTWARE_VERSION,
      scope: request.scopes.join(' '),
    },
  });
  if (answer.status !== 201 && answer.status !== 200) {
    const error = stringField(answer.json, 'error') ?? `HTTP ${answer.status}`;
    const description = stringField(answer.json, 'error_description');
    // The server's own words (its error code and description) are kept as they are.
    const said = description ? `${error} (${description.slice(0, 200)})` : error;
    throw failWith('EAUTH', reason('oauth-registration-refused', { url: request.registrationEndpoint, error: said }));
  }
  const clientId = stringField(answer.json, 'client_id');
  if (!clientId) throw failWith('EPROTOCOL', reason('oauth-no-client-id-answer', { url: request.registrationEndpoint }));
  const clientSecret = stringField(answer.json, 'client_secret');
  const client: OAuthClient = { clientId, ...(clientSecret ? { clientSecret } : {}), source: 'dynamic-registration' };
  registered.set(key, client);
  return client;
}
