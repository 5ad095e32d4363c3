import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { inspect } from 'node:util';
import { get } from 'node:http';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPkce, randomState } from '../../../../main/oauth/pkce';
import { SecretToken } from '../../../../main/oauth/secret-token';
import { listenForRedirect } from '../../../../main/oauth/loopback-redirect';
import { defaultClientConfigPath, environmentVariable, resolveClient } from '../../../../main/oauth/client-config';
import { allProviderOAuth, providerOAuth, providerServer, scopesFor } from '../../../../main/oauth/provider-oauth';
import { metadataUrls, normalizeIssuer } from '../../../../main/oauth/authorization-server-metadata';
import { mailResourceIdentifier, protectedResourceMetadataUrl } from '../../../../main/oauth/protected-resource-metadata';
import { providerForDomain } from '../../../../main/discovery/provider-table';
import { parseAutoconfig } from '../../../../main/discovery/parse-autoconfig';
import { readOAuthError } from '../../../../main/probe/login/token-login-request';

test('PKCE: a 43-character verifier and its S256 challenge (RFC 7636 section 4.2)', () => {
  const pkce = createPkce();
  assert.match(pkce.verifier, /^[A-Za-z0-9_-]{43}$/);
  assert.equal(pkce.challenge, createHash('sha256').update(pkce.verifier).digest('base64url'));
  assert.equal(pkce.method, 'S256');
  assert.notEqual(createPkce().verifier, pkce.verifier);
  assert.notEqual(randomState(), randomState());
});

test('a token never shows: JSON, strings and console output hide it; discard empties it', () => {
  const token = new SecretToken('ya29.secret-token-value');
  const shown = [JSON.stringify({ token }), String(token), `${token}`, inspect({ token }), inspect(token)].join(' ');
  assert.ok(!shown.includes('secret-token-value'), shown);
  assert.equal(
    token.scrub(`server said ya29.secret-token-value and ${Buffer.from('ya29.secret-token-value').toString('base64')}`),
    'server said [token hidden] and [token hidden]',
  );
  assert.equal(token.reveal(), 'ya29.secret-token-value');
  token.discard();
  assert.ok(token.discarded);
  assert.throws(() => token.reveal(), /discarded/);
});

function load(url: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    get(url, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    }).on('error', reject);
  });
}

test('the loopback listener: 127.0.0.1 at a random port, other paths ignored, one answer, then closed', async () => {
  const listener = await listenForRedirect({ state: 'expected', path: '/oauth/callback', host: '127.0.0.1', timeoutMs: 10_000 });
  assert.match(listener.redirectUri, /^http:\/\/127\.0\.0\.1:\d+\/oauth\/callback$/);
  const base = listener.redirectUri.replace('/oauth/callback', '');
  assert.equal((await load(`${base}/favicon.ico`)).status, 404);
  const page = await load(`${listener.redirectUri}?code=abc&state=expected&iss=https%3A%2F%2Fauth.example`);
  assert.equal(page.status, 200);
  assert.match(page.body, /close this window/);
  assert.deepEqual(await listener.result, { kind: 'code', code: 'abc', iss: 'https://auth.example' });
  await assert.rejects(load(listener.redirectUri), /ECONNREFUSED|ECONNRESET|socket hang up/);
});

test('the loopback listener refuses an answer with another state, and a provider error is passed on', async () => {
  const forged = await listenForRedirect({ state: 'expected', path: '/cb', host: '127.0.0.1', timeoutMs: 10_000 });
  assert.equal((await load(`${forged.redirectUri}?code=abc&state=other`)).status, 400);
  assert.deepEqual(await forged.result, { kind: 'state-mismatch' });
  const refused = await listenForRedirect({ state: 's', path: '/cb', host: 'localhost', timeoutMs: 10_000 });
  assert.match(refused.redirectUri, /^http:\/\/localhost:\d+\/cb$/);
  await load(refused.redirectUri.replace('localhost', '127.0.0.1') + '?error=access_denied&error_description=no&state=s');
  assert.deepEqual(await refused.result, { kind: 'error', error: 'access_denied', description: 'no', iss: undefined });
});

test('the loopback listener times out and can be cancelled', async () => {
  const slow = await listenForRedirect({ state: 's', path: '/cb', host: '127.0.0.1', timeoutMs: 50 });
  assert.deepEqual(await slow.result, { kind: 'timed-out' });
  const stop = new AbortController();
  const cancelled = await listenForRedirect({ state: 's', path: '/cb', host: '127.0.0.1', timeoutMs: 10_000, signal: stop.signal });
  stop.abort();
  assert.deepEqual(await cancelled.result, { kind: 'cancelled' });
});

test('client IDs are configuration: flags, then environment, then a config file, then build settings', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mailsetup-clients-'));
  const file = join(dir, 'oauth-clients.json');
  writeFileSync(
    file,
    JSON.stringify({
      oauthClients: { gmail: { clientId: 'from-file' }, microsoft: { clientId: 'ms-file', tenant: 'contoso.onmicrosoft.com' } },
    }),
  );
  const env = { [environmentVariable('gmail', 'CLIENT_ID')]: 'from-env' };
  const build = { gmail: { clientId: 'from-build' }, yahoo: { clientId: 'yahoo-build' } };
  const id = (r: ReturnType<typeof resolveClient>) => (r.status === 'configured' ? `${r.client.clientId}/${r.client.source}` : r.status);
  assert.equal(id(resolveClient('gmail', { flags: { gmail: { clientId: 'from-flag' } }, env, configFile: file, build })), 'from-flag/flag');
  assert.equal(id(resolveClient('gmail', { env, configFile: file, build })), 'from-env/environment');
  assert.equal(id(resolveClient('gmail', { env: {}, configFile: file, build })), 'from-file/config-file');
  assert.equal(id(resolveClient('yahoo', { env: {}, configFile: file, build })), 'yahoo-build/build');
  // One Microsoft registration serves Outlook.com and Microsoft 365, with the organisation's tenant.
  const ms = resolveClient('microsoft365', { env: {}, configFile: file });
  assert.ok(ms.status === 'configured');
  assert.equal(ms.tenant, 'contoso.onmicrosoft.com');
  assert.equal(id(resolveClient('aol', { env: {}, configFile: file })), 'not-configured');
  assert.equal(environmentVariable('microsoft365', 'CLIENT_ID'), 'MAILSETUP_OAUTH_MICROSOFT365_CLIENT_ID');
});

test('a broken client configuration is reported, not ignored', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mailsetup-clients-'));
  const broken = join(dir, 'broken.json');
  writeFileSync(broken, '{ not json');
  assert.equal(resolveClient('gmail', { env: {}, configFile: broken }).status, 'invalid-configuration');
  assert.equal(resolveClient('gmail', { env: {}, configFile: join(dir, 'missing.json') }).status, 'invalid-configuration');
  const spaces = resolveClient('gmail', { env: {}, flags: { gmail: { clientId: 'has spaces' } } });
  assert.equal(spaces.status, 'invalid-configuration');
  assert.equal(defaultClientConfigPath('linux', { XDG_CONFIG_HOME: '/x' }, '/home/u'), '/x/mailsetup/oauth-clients.json');
  assert.equal(defaultClientConfigPath('darwin', {}, '/Users/u'), '/Users/u/Library/Application Support/Mail Setup/oauth-clients.json');
});

test('provider sign-in data: every provider named in the issue, https endpoints, documented, no client IDs', () => {
  for (const id of ['gmail', 'outlook', 'microsoft365', 'fastmail', 'yahoo', 'aol', 'yandex', 'mailru', 'comcast']) {
    const entry = providerOAuth(id);
    assert.ok(entry, id);
    for (const url of [entry.authorizationEndpoint, entry.tokenEndpoint, entry.registration, ...entry.documentation])
      assert.match(url, /^https:\/\//, `${id} ${url}`);
    for (const protocol of ['imap', 'smtp'] as const) assert.ok(scopesFor(entry, [protocol]).length > 0, `${id} ${protocol}`);
    assert.ok(!JSON.stringify(entry).match(/client_?id|secret/i), `${id} carries no client credentials`);
  }
  assert.equal(allProviderOAuth().length, 9);
  // Microsoft: consumer and work audiences, or an organisation's own tenant.
  assert.match(providerServer(providerOAuth('outlook')!).authorizationEndpoint, /\/consumers\/oauth2\/v2\.0\/authorize$/);
  assert.match(providerServer(providerOAuth('microsoft365')!).tokenEndpoint, /\/organizations\/oauth2\/v2\.0\/token$/);
  assert.match(providerServer(providerOAuth('microsoft365')!, 'contoso.onmicrosoft.com').tokenEndpoint, /\/contoso\.onmicrosoft\.com\//);
  assert.throws(() => providerServer(providerOAuth('microsoft365')!, '../evil'));
  assert.deepEqual(scopesFor(providerOAuth('outlook')!, ['imap', 'smtp']), [
    'https://outlook.office.com/IMAP.AccessAsUser.All',
    'https://outlook.office.com/SMTP.Send',
  ]);
  assert.ok(providerForDomain('comcast.net'), 'Comcast is in the provider table too');
});

test('issuer and metadata locations (RFC 8414 section 3.1, RFC 9728 section 3.1)', () => {
  assert.equal(normalizeIssuer('login.example.com'), 'https://login.example.com');
  assert.equal(normalizeIssuer('https://login.example.com/tenant'), 'https://login.example.com/tenant');
  assert.throws(() => normalizeIssuer('http://login.example.com'), /https/);
  assert.throws(() => normalizeIssuer('https://login.example.com/?x=1'), /query or fragment/);
  assert.deepEqual(metadataUrls('https://login.example.com/tenant'), [
    'https://login.example.com/.well-known/oauth-authorization-server/tenant',
    'https://login.example.com/tenant/.well-known/openid-configuration',
  ]);
  assert.equal(mailResourceIdentifier('IMAP.Example.com.'), 'https://imap.example.com');
  assert.equal(protectedResourceMetadataUrl('https://imap.example.com'), 'https://imap.example.com/.well-known/oauth-protected-resource');
  assert.throws(() => mailResourceIdentifier('127.0.0.1'));
});

test('autoconfig: OAuth2 servers and the <oAuth2> element, wherever a file puts it', () => {
  const file = (oauth2Place: 'root' | 'provider', auth: string) => `<?xml version="1.0"?>
<clientConfig version="1.2"><emailProvider id="example.org"><domain>example.org</domain>
<incomingServer type="imap"><hostname>imap.%EMAILDOMAIN%</hostname><port>993</port><socketType>SSL</socketType>${auth}<username>%EMAILADDRESS%</username></incomingServer>
<outgoingServer type="smtp"><hostname>smtp.example.org</hostname><port>587</port><socketType>STARTTLS</socketType><authentication>password-cleartext</authentication><username>%EMAILADDRESS%</username></outgoingServer>
${oauth2Place === 'provider' ? '<oAuth2><issuer>login.example.org</issuer><scope>urn:ietf:params:oauth:scope:mail offline_access</scope></oAuth2>' : ''}
</emailProvider>${oauth2Place === 'root' ? '<oAuth2><issuer>login.example.org</issuer><authURL>https://login.example.org/auth</authURL><tokenURL>https://login.example.org/token</tokenURL><clientID>open</clientID><clientSecret>not-used</clientSecret></oAuth2>' : ''}</clientConfig>`;
  const root = parseAutoconfig(
    file('root', '<authentication>OAuth2</authentication><authentication>password-cleartext</authentication>'),
    'example.org',
    'autoconfig',
    'test',
    'trusted',
  );
  assert.equal(root.oauth?.clientId, 'open');
  assert.equal(root.oauth?.authUrl, 'https://login.example.org/auth');
  assert.deepEqual(root.oauth?.servers, [{ protocol: 'imap', host: 'imap.example.org', port: 993, security: 'tls', oauthFirst: true }]);
  assert.equal(root.oauth?.oauthOnly, false);
  assert.ok(!JSON.stringify(root.oauth).includes('not-used'), 'a client secret in a public file is never used');
  const inside = parseAutoconfig(
    file('provider', '<authentication>OAuth</authentication>'),
    'example.org',
    'autoconfig',
    'test',
    'trusted',
  );
  assert.equal(inside.oauth?.issuer, 'login.example.org');
  assert.deepEqual(inside.oauth?.scopes, ['urn:ietf:params:oauth:scope:mail', 'offline_access']);
  assert.equal(inside.oauth?.servers.length, 1, '"OAuth" (the draft\'s TCP spelling) counts as OAuth2');
  const none = parseAutoconfig(
    file('none' as 'root', '<authentication>password-cleartext</authentication>'),
    'example.org',
    'autoconfig',
    'test',
    'trusted',
  );
  assert.equal(none.oauth, undefined);
});

test("a server's RFC 7628 error is read, and nothing else is kept from it", () => {
  const json = Buffer.from(
    JSON.stringify({
      status: 'invalid_token',
      scope: 'mail',
      'openid-configuration': 'https://a.example/.well-known/openid-configuration',
      x: 1,
    }),
  ).toString('base64');
  assert.deepEqual(readOAuthError(json), {
    status: 'invalid_token',
    scope: 'mail',
    openidConfiguration: 'https://a.example/.well-known/openid-configuration',
  });
  assert.equal(readOAuthError('not base64 json'), undefined);
});
