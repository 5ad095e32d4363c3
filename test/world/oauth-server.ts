import { createServer, type Server } from 'node:https';
import { appendFileSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type ProviderClass from 'oidc-provider';
import { ADDR, OAUTH_ISSUER, OAUTH_USERS } from './world-plan';
import { issue, type TestCa } from './test-ca';
import type { RunningServer } from './dovecot';
import { handleInteraction } from './oauth-interactions';

/** The confidential client Dovecot uses to ask the authorization server whether a token is valid (RFC 7662). */
export const INTROSPECTION_CLIENT = { id: 'dovecot', secret: 'dovecot-introspects-tokens' };

/**
 * Public clients registered in advance, as an organisation registers Mail Setup with its provider:
 * "mailsetup-test" plays the configured client ID, "mailsetup-autoconfig" the one an autoconfig file names.
 */
export const STATIC_CLIENT_IDS = { configured: 'mailsetup-test', autoconfig: 'mailsetup-autoconfig' };

export const MAIL_SCOPE = 'urn:ietf:params:oauth:scope:mail';

/** Where the server writes every token and code it issues, so tests can prove none of them leaks anywhere. */
export const issuedSecretsFile = (worldDir: string) => join(worldDir, 'oauth', 'issued-secrets.txt');

const TEN_MINUTES = 600;

/**
 * Loads and creates the provider. oidc-provider names Node 22 as its supported runtime and warns about its
 * in-memory store; both are true and expected here (CI runs Node 20; the world lives for one test run), so
 * those two notices are kept out of the test output.
 */
async function createProvider(issuer: string, config: Record<string, unknown>): Promise<ProviderClass> {
  const warn = console.warn;
  console.warn = (...args: unknown[]) => {
    if (!/Unsupported runtime|in-memory adapter/.test(String(args[0]))) warn(...args);
  };
  try {
    const Provider = (await import('oidc-provider')).default;
    return new Provider(issuer, config);
  } finally {
    console.warn = warn;
  }
}

function configuration(): Record<string, unknown> {
  const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const publicNative = (clientId: string, name: string) => ({
    client_id: clientId,
    client_name: name,
    application_type: 'native',
    token_endpoint_auth_method: 'none',
    grant_types: ['authorization_code'],
    response_types: ['code'],
    // RFC 8252 section 7.3: a loopback redirect registered without a port matches any port.
    redirect_uris: ['http://127.0.0.1/oauth/callback'],
  });
  const ttl = (seconds: number) => () => seconds;
  return {
    clients: [
      {
        client_id: INTROSPECTION_CLIENT.id,
        client_secret: INTROSPECTION_CLIENT.secret,
        grant_types: [],
        response_types: [],
        redirect_uris: [],
      },
      publicNative(STATIC_CLIENT_IDS.configured, 'Mail Setup (configured client)'),
      publicNative(STATIC_CLIENT_IDS.autoconfig, 'Mail Setup (client from autoconfig)'),
    ],
    // The signing key is EC, so ID tokens (never asked for here) are ES256 rather than the RS256 default.
    clientDefaults: {
      grant_types: ['authorization_code'],
      response_types: ['code'],
      token_endpoint_auth_method: 'client_secret_basic',
      id_token_signed_response_alg: 'ES256',
    },
    jwks: { keys: [{ ...privateKey.export({ format: 'jwk' }), kid: 'test-world', use: 'sig', alg: 'ES256' }] },
    cookies: { keys: [randomBytes(32).toString('hex')] },
    scopes: ['openid', 'offline_access', MAIL_SCOPE],
    pkce: { required: () => true },
    features: {
      devInteractions: { enabled: false },
      // RFC 7591 registration open to anyone, as draft-ietf-mailmaint-oauth-public asks of mail providers.
      registration: { enabled: true },
      introspection: {
        enabled: true,
        // Only the mail server (a confidential client) may ask about other clients' tokens.
        allowedPolicy: async (_ctx: unknown, client: { clientId: string }) => client.clientId === INTROSPECTION_CLIENT.id,
      },
      revocation: { enabled: true, allowedPolicy: async () => true },
      resourceIndicators: {
        enabled: true,
        // Without a resource indicator the token is for the mail service of this test provider.
        defaultResource: async () => 'https://mail.oauth.test',
        useGrantedResource: async () => true,
        getResourceServerInfo: async (_ctx: unknown, resource: string) => {
          if (!/^https:\/\/mail\.[a-z0-9]+\.test\/?$/.test(resource)) throw new Error(`unknown resource ${resource}`);
          return { scope: MAIL_SCOPE, audience: resource, accessTokenFormat: 'opaque' };
        },
      },
    },
    findAccount: async (_ctx: unknown, id: string) =>
      Object.values(OAUTH_USERS).some((u) => u.login === id) ? { accountId: id, claims: async () => ({ sub: id, email: id }) } : undefined,
    interactions: { url: (_ctx: unknown, interaction: { uid: string }) => `/interaction/${interaction.uid}` },
    ttl: {
      AccessToken: ttl(TEN_MINUTES),
      AuthorizationCode: ttl(60),
      ClientCredentials: ttl(TEN_MINUTES),
      IdToken: ttl(TEN_MINUTES),
      RefreshToken: ttl(TEN_MINUTES),
      Interaction: ttl(TEN_MINUTES),
      Session: ttl(TEN_MINUTES),
      Grant: ttl(TEN_MINUTES),
    },
    renderError: async (ctx: { type: string; body: string }, out: Record<string, string>) => {
      ctx.type = 'html';
      ctx.body = `<!DOCTYPE html><html><body><h1>Sign-in error</h1><p>${(out.error ?? '').replace(/[<>&"]/g, '')}</p></body></html>`;
    },
  };
}

/**
 * Starts the test world's authorization server: oidc-provider over HTTPS at https://auth.oauth.test (its own
 * loopback address), with open dynamic client registration, PKCE required, token introspection for Dovecot,
 * revocation, and RFC 8414 metadata at /.well-known/oauth-authorization-server as well as OpenID discovery.
 */
export async function startOAuthServer(worldDir: string, ca: TestCa): Promise<RunningServer> {
  const caDir = dirname(ca.caCert);
  const now = Date.now();
  const stamp = (ms: number) => new Date(ms).toISOString().replace(/[-:T]/g, '').slice(0, 14) + 'Z';
  // The IP address is a name too: Dovecot reaches the introspection endpoint by address (it does not use the world's DNS).
  const cert = await issue(caDir, 'oauth', 'auth.oauth.test', ['auth.oauth.test', ADDR.oauth], {
    start: stamp(now - 86_400_000),
    end: stamp(now + 20 * 86_400_000),
  });
  const provider = await createProvider(OAUTH_ISSUER, configuration());
  const secrets = issuedSecretsFile(worldDir);
  await mkdir(dirname(secrets), { recursive: true });
  for (const event of ['access_token.saved', 'authorization_code.saved', 'refresh_token.saved']) {
    provider.on(event, (token) => appendFileSync(secrets, `${token.jti}\n`));
  }
  const callback = provider.callback();
  const handle = (req: IncomingMessage, res: ServerResponse) => {
    // RFC 8414 metadata is the OpenID discovery document of the same issuer (a superset of its fields).
    if (req.method === 'GET' && (req.url ?? '').split('?')[0] === '/.well-known/oauth-authorization-server') {
      req.url = '/.well-known/openid-configuration';
    }
    handleInteraction(provider, req, res).then(
      (handled) => {
        if (!handled) callback(req, res);
      },
      (error: Error) => {
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
        res.end(`interaction failed: ${error.message}`);
      },
    );
  };
  const server: Server = createServer({ cert: await readFile(cert.cert), key: await readFile(cert.key) }, handle);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(443, ADDR.oauth, () => resolve());
  });
  return {
    async stop() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
