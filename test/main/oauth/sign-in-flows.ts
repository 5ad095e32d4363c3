/**
 * Provider sign-in end to end against the test world: oidc-provider as authorization server, a scripted browser,
 * the loopback redirect, and Dovecot/Postfix checking the token by introspection. Run by sign-in.test.ts, which
 * captures everything this file prints and proves no token or code appears in it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:https';
import { readFileSync } from 'node:fs';
import { planSignIn, MAIL_SCOPE, type PlanInput } from '../../../main/oauth/sign-in-plan';
import { signIn } from '../../../main/oauth/sign-in';
import { proveWithToken, type ProofTarget } from '../../../main/oauth/prove-with-token';
import { verifyBySignIn } from '../../../main/oauth/verify-by-sign-in';
import { fetchAuthorizationServerMetadata } from '../../../main/oauth/authorization-server-metadata';
import type { ClientIdSources } from '../../../main/oauth/client-config';
import type { OAuthNetwork, SignInPlan, SignInPlanResult, SignInProgress } from '../../../main/oauth/oauth-types';
import type { SignInConfigFact } from '../../../shared/model/mailbox-facts';
import { english, say } from '../../helpers/english';
import { TestBrowser, worldLookup } from '../../helpers/oauth-browser';
import { discoverInWorld } from '../../helpers/discover-in-world';
import { world, worldResolver, worldTrust } from '../../helpers/world-client';
import { OAUTH_ISSUER, OAUTH_USERS } from '../../world/world-plan';
import { STATIC_CLIENT_IDS } from '../../world/oauth-server';

const net = (): OAuthNetwork => ({ resolver: worldResolver(), trust: worldTrust() });
/** No client IDs except those a test names: the user's own config file must not leak into the tests. */
const noClients: ClientIdSources = { env: { XDG_CONFIG_HOME: '/nonexistent/mailsetup-tests' } };
const configured: ClientIdSources = { ...noClients, flags: { 'auth.oauth.test': { clientId: STATIC_CLIENT_IDS.configured } } };
const olivia = OAUTH_USERS.olivia;
/** A browser that hits an error page never comes back; the tests would wait the full five minutes for it. */
const timeoutMs = 20_000;

const targets = (host: string, username: string): ProofTarget[] => [
  { protocol: 'imap', host, port: 993, security: 'tls', username },
  { protocol: 'smtp', host, port: 465, security: 'tls', username },
  { protocol: 'smtp', host, port: 587, security: 'starttls', username },
];

async function readyPlan(input: Partial<PlanInput>): Promise<SignInPlan> {
  const plan: SignInPlanResult = await planSignIn(
    { email: olivia.login, mailHosts: ['mail.oauth.test'], clients: configured, ...input },
    net(),
  );
  assert.equal(plan.kind, 'ready', JSON.stringify(plan));
  return plan as SignInPlan;
}

test('happy sign-in: configured client ID, PKCE, loopback redirect, then IMAP and SMTP accept the token', async () => {
  const plan = await readyPlan({});
  assert.equal(plan.client.clientId, STATIC_CLIENT_IDS.configured);
  assert.deepEqual(plan.scopes, [MAIL_SCOPE]);
  assert.equal(plan.resource, 'https://mail.oauth.test');
  const browser = new TestBrowser({ email: olivia.login, password: olivia.password, consent: 'allow' });
  const progress: SignInProgress['step'][] = [];
  let authorizationUrl = '';
  const result = await signIn(plan, {
    openBrowser: browser.open,
    net: net(),
    timeoutMs,
    onProgress: (p) => {
      progress.push(p.step);
      if (p.step === 'browser-opening') authorizationUrl = p.authorizationUrl;
    },
  });
  assert.ok(result.ok, JSON.stringify(result));
  assert.deepEqual(progress, ['browser-opening', 'waiting-for-browser', 'browser-returned', 'exchanging-code', 'signed-in']);
  const auth = new URL(authorizationUrl);
  assert.equal(auth.searchParams.get('code_challenge_method'), 'S256');
  assert.match(auth.searchParams.get('redirect_uri') ?? '', /^http:\/\/127\.0\.0\.1:\d+\/oauth\/callback$/);
  assert.equal(auth.searchParams.get('login_hint'), olivia.login);
  const trip = await browser.trip;
  assert.match(trip.finalPage, /close this window/);
  // The grant shows no token anywhere it could be printed or saved.
  assert.ok(!JSON.stringify(result).includes(result.grant.token.reveal()));
  const proof = await proveWithToken(result.grant, targets('mail.oauth.test', olivia.login), {
    resolver: worldResolver(),
    trust: worldTrust(),
  });
  assert.ok(proof.verified, JSON.stringify(proof));
  assert.deepEqual(
    proof.proofs.map((p) => `${p.protocol}/${p.port}:${p.mechanism}`),
    ['imap/993:OAUTHBEARER', 'smtp/465:OAUTHBEARER', 'smtp/587:OAUTHBEARER'],
    'OAUTHBEARER (RFC 7628) wherever the server offers it',
  );
  assert.ok(result.grant.token.discarded, 'the token is discarded after the proof');
});

test('XOAUTH2 proves IMAP and SMTP too (the mechanism Gmail and Microsoft use)', async () => {
  const plan = await readyPlan({});
  const browser = new TestBrowser({ email: olivia.login, password: olivia.password, consent: 'allow' });
  const result = await signIn(plan, { openBrowser: browser.open, net: net(), timeoutMs });
  assert.ok(result.ok);
  const { loginImapWithToken } = await import('../../../main/probe/login/login-imap-token');
  const { loginSmtpWithToken } = await import('../../../main/probe/login/login-smtp-token');
  const [address] = await worldResolver().addresses('mail.oauth.test');
  const common = {
    host: 'mail.oauth.test',
    address,
    username: olivia.login,
    token: result.grant.token,
    trust: worldTrust(),
    mechanism: 'XOAUTH2' as const,
  };
  const imap = await loginImapWithToken({ ...common, port: 993, security: 'tls' });
  const smtp = await loginSmtpWithToken({ ...common, port: 587, security: 'starttls' });
  result.grant.token.discard();
  assert.ok(imap.ok && smtp.ok, JSON.stringify({ imap, smtp }));
  assert.equal(imap.mechanism, 'XOAUTH2');
  assert.equal(smtp.mechanism, 'XOAUTH2');
});

test('consent refused: a typed result, and the browser is told it can close the window', async () => {
  const plan = await readyPlan({});
  const browser = new TestBrowser({ email: olivia.login, password: olivia.password, consent: 'deny' });
  const result = await signIn(plan, { openBrowser: browser.open, net: net(), timeoutMs });
  assert.equal(result.ok, false);
  assert.ok(!result.ok);
  assert.equal(result.reason, 'consent-refused');
  assert.equal(result.providerError, 'access_denied');
  assert.match(say(result.message), /did not allow/);
  assert.match((await browser.trip).finalPage, /not completed/i);
});

test('the browser never comes back: the sign-in times out', async () => {
  const plan = await readyPlan({});
  const result = await signIn(plan, { openBrowser: () => undefined, net: net(), timeoutMs: 300 });
  assert.ok(!result.ok);
  assert.equal(result.reason, 'timed-out');
});

test('the person cancels while the browser is open', async () => {
  const plan = await readyPlan({});
  const stop = new AbortController();
  const result = await signIn(plan, {
    openBrowser: () => undefined,
    net: net(),
    signal: stop.signal,
    onProgress: (p) => {
      if (p.step === 'waiting-for-browser') setTimeout(() => stop.abort(), 50);
    },
  });
  assert.ok(!result.ok);
  assert.equal(result.reason, 'cancelled');
});

test('an answer with the wrong state is refused and the sign-in ends', async () => {
  const plan = await readyPlan({});
  const browser = new TestBrowser({ email: olivia.login, password: olivia.password, consent: 'allow', tamperState: true });
  const result = await signIn(plan, { openBrowser: browser.open, net: net(), timeoutMs });
  assert.ok(!result.ok);
  assert.equal(result.reason, 'state-mismatch');
  const trip = await browser.trip;
  assert.equal(trip.finalStatus, 400);
  assert.match(trip.finalPage, /not for Mail Setup/);
});

/** RFC 7009 revocation of the token by the client that got it, so the server's next introspection says "inactive". */
function revoke(token: string, clientId: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const body = new URLSearchParams({ token, client_id: clientId }).toString();
    const req = request(
      `${OAUTH_ISSUER}/token/revocation`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        ca: readFileSync(world().caCert, 'utf8'),
        lookup: worldLookup(),
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

test('a token the server refuses: the proof fails with the server’s reason and where to sign in again', async () => {
  const plan = await readyPlan({});
  const browser = new TestBrowser({ email: olivia.login, password: olivia.password, consent: 'allow' });
  const result = await signIn(plan, { openBrowser: browser.open, net: net(), timeoutMs });
  assert.ok(result.ok);
  assert.equal(await revoke(result.grant.token.reveal(), plan.client.clientId), 200);
  const proof = await proveWithToken(result.grant, targets('mail.oauth.test', olivia.login).slice(0, 2), {
    resolver: worldResolver(),
    trust: worldTrust(),
  });
  assert.equal(proof.verified, false);
  for (const p of proof.proofs) {
    assert.equal(p.error?.code, 'EAUTH', JSON.stringify(p));
    assert.equal(p.oauthError?.status, 'invalid_token');
    assert.equal(p.oauthError?.openidConfiguration, `${OAUTH_ISSUER}/.well-known/openid-configuration`);
  }
});

test('a token for another user is refused', async () => {
  const plan = await readyPlan({});
  const browser = new TestBrowser({ email: olivia.login, password: olivia.password, consent: 'allow' });
  const result = await signIn(plan, { openBrowser: browser.open, net: net(), timeoutMs });
  assert.ok(result.ok);
  const proof = await proveWithToken(result.grant, targets('mail.oauth.test', OAUTH_USERS.oscar.login).slice(0, 1), {
    resolver: worldResolver(),
    trust: worldTrust(),
  });
  assert.equal(proof.verified, false);
  assert.equal(proof.proofs[0].error?.code, 'EAUTH');
});

test('metadata only, no client ID at all: RFC 9728 → RFC 8414 → RFC 7591 registration → sign-in', async () => {
  const plan = await readyPlan({ clients: noClients });
  assert.equal(plan.method, 'discovered');
  assert.equal(plan.client.source, 'dynamic-registration');
  assert.notEqual(plan.client.clientId, STATIC_CLIENT_IDS.configured);
  assert.deepEqual(
    plan.evidence.map((e) => e.step),
    ['protected-resource-metadata', 'authorization-server-metadata', 'dynamic-registration'],
  );
  assert.match(plan.evidence[0].detail, /^https:\/\/mail\.oauth\.test\/\.well-known\/oauth-protected-resource$/);
  // A second plan reuses the registration instead of registering again.
  const again = await readyPlan({ clients: noClients });
  assert.equal(again.client.clientId, plan.client.clientId);
  const browser = new TestBrowser({ email: olivia.login, password: olivia.password, consent: 'allow' });
  const result = await signIn(plan, { openBrowser: browser.open, net: net(), timeoutMs });
  assert.ok(result.ok, JSON.stringify(result));
  const proof = await proveWithToken(result.grant, targets('mail.oauth.test', olivia.login), {
    resolver: worldResolver(),
    trust: worldTrust(),
  });
  assert.ok(proof.verified, JSON.stringify(proof));
});

test('the autoconfig <oAuth2> element: its issuer and client ID, found by the engine, sign in and prove', async () => {
  const { result } = await discoverInWorld(OAUTH_USERS.oscar.login, undefined, { sources: ['autoconfig'] });
  const fact = result.facts?.find((f): f is SignInConfigFact => f.kind === 'oauth-sign-in');
  assert.ok(fact, JSON.stringify(result.facts));
  assert.equal(fact.trust, 'trusted');
  assert.equal(fact.oauth.clientId, STATIC_CLIENT_IDS.autoconfig);
  assert.equal(fact.oauth.issuer, 'auth.oauth.test');
  const plan = await planSignIn({ email: OAUTH_USERS.oscar.login, autoconfig: fact, clients: noClients }, net());
  assert.equal(plan.kind, 'ready', JSON.stringify(plan));
  const ready = plan as SignInPlan;
  assert.equal(ready.method, 'autoconfig');
  assert.equal(ready.client.clientId, STATIC_CLIENT_IDS.autoconfig);
  const browser = new TestBrowser({ email: OAUTH_USERS.oscar.login, password: OAUTH_USERS.oscar.password, consent: 'allow' });
  const signedIn = await signIn(ready, { openBrowser: browser.open, net: net(), timeoutMs });
  assert.ok(signedIn.ok, JSON.stringify(signedIn));
  const hosts = fact.oauth.servers.map((s) => s.host);
  const proof = await proveWithToken(signedIn.grant, targets(hosts[0], OAUTH_USERS.oscar.login), {
    resolver: worldResolver(),
    trust: worldTrust(),
  });
  assert.ok(proof.verified, JSON.stringify(proof));
});

test('a refused token names the authorization server, and that is enough to sign in again (RFC 7628 hint)', async () => {
  const plan = await planSignIn(
    { email: olivia.login, openidConfigurationHint: `${OAUTH_ISSUER}/.well-known/openid-configuration`, clients: noClients },
    net(),
  );
  assert.equal(plan.kind, 'ready', JSON.stringify(plan));
  assert.equal((plan as SignInPlan).evidence[0].step, 'login-failure-hint');
});

test('no client ID for a big provider: the mail app will ask for the sign-in (a result, not an error)', async () => {
  const plan = await planSignIn({ email: 'someone@gmail.com', providerId: 'gmail', clients: noClients }, net());
  assert.equal(plan.kind, 'mail-app-will-ask');
  assert.ok(plan.kind === 'mail-app-will-ask');
  assert.equal(plan.reason, 'no-client-id');
  assert.equal(plan.providerName, 'Google');
  assert.match(english.t(`signin:noSignIn.${plan.reason}`), /mail app will ask/);
  // With a client ID configured (here through the environment), Google's own endpoints are used.
  const ready = await planSignIn(
    {
      email: 'someone@gmail.com',
      providerId: 'gmail',
      clients: { env: { ...noClients.env, MAILSETUP_OAUTH_GMAIL_CLIENT_ID: 'org-registered.apps.example' } },
    },
    net(),
  );
  assert.equal(ready.kind, 'ready');
  assert.ok(ready.kind === 'ready');
  assert.equal(ready.server.authorizationEndpoint, 'https://accounts.google.com/o/oauth2/v2/auth');
  assert.deepEqual(ready.scopes, ['https://mail.google.com/']);
  assert.equal(ready.client.source, 'environment');
});

test('metadata for another issuer, or behind a redirect, is not used', async () => {
  await assert.rejects(fetchAuthorizationServerMetadata('https://badissuer.oauth.test', net()), /names issuer https:\/\/auth\.oauth\.test/);
  await assert.rejects(fetchAuthorizationServerMetadata('moved.oauth.test', net()), /no authorization server metadata/);
  const ok = await fetchAuthorizationServerMetadata('auth.oauth.test', net());
  assert.equal(ok.issuer, OAUTH_ISSUER);
  assert.match(ok.metadataUrl, /oauth-authorization-server$/);
  assert.equal(ok.issInResponse, true);
});

test('discover, then verify by signing in: the servers of the result are proven with the token', async () => {
  const { result } = await discoverInWorld(olivia.login);
  assert.equal(result.incoming?.host, 'mail.oauth.test', JSON.stringify(result.incoming));
  assert.equal(result.outgoing?.host, 'mail.oauth.test');
  const browser = new TestBrowser({ email: olivia.login, password: olivia.password, consent: 'allow' });
  const verified = await verifyBySignIn(result, { openBrowser: browser.open, net: net(), timeoutMs, clients: noClients });
  assert.equal(verified.status, 'verified', JSON.stringify(verified));
  assert.ok(verified.status === 'verified');
  assert.equal(verified.plan.method, 'discovered');
  assert.equal(verified.plan.clientSource, 'dynamic-registration');
  assert.deepEqual(
    verified.proofs.map((p) => `${p.protocol}:${p.host}:${p.port}:${p.ok}`),
    ['imap:mail.oauth.test:993:true', 'smtp:mail.oauth.test:465:true'],
  );
});

test('a Microsoft 365 mailbox without a configured client ID: no sign-in, and the mail app will ask', async () => {
  const { result } = await discoverInWorld('alex@m365.test', undefined, {
    microsoftAutodiscoverUrl: 'https://ms.m365.test',
    sources: ['microsoft365', 'mx'],
  });
  const verified = await verifyBySignIn(result, {
    openBrowser: () => assert.fail('no browser without a plan'),
    net: net(),
    clients: noClients,
  });
  assert.equal(verified.status, 'no-sign-in');
  assert.ok(verified.status === 'no-sign-in');
  assert.equal(verified.noSignIn.providerId, 'microsoft365');
  assert.equal(verified.noSignIn.providerName, 'Microsoft');
  assert.match(say(verified.message), /mail app will ask/);
});
