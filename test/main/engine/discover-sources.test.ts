import { test } from 'node:test';
import assert from 'node:assert/strict';
import { candidate, discoverInWorld } from '../../helpers/discover-in-world';
import { say } from '../../helpers/english';
import { SRV_PORTS, USERS } from '../../world/world-plan';

test('a domain found only through SRV: non-standard ports, "." targets mean not offered', async () => {
  const { result } = await discoverInWorld(USERS.sam.login, USERS.sam.password, { exhaustive: true });
  assert.deepEqual(
    result.incoming && {
      host: result.incoming.host,
      port: result.incoming.port,
      security: result.incoming.security,
      verified: result.incoming.verified,
    },
    { host: 'mx.srv.test', port: SRV_PORTS.imaps, security: 'tls', verified: true },
  );
  assert.equal(result.incoming?.source, 'srv');
  assert.equal(result.outgoing?.port, SRV_PORTS.submissions);
  assert.equal(result.outgoing?.verified, true);
  assert.ok(!result.candidates.some((c) => c.protocol === 'pop3'), 'POP3 is marked not offered');
  const notOffered = result.warnings.filter((w) => w.level === 'info' && /not offered/.test(say(w))).map((w) => say(w).split(':')[0]);
  assert.deepEqual(notOffered.sort(), ['_imap._tcp.srv.test', '_pop3._tcp.srv.test', '_pop3s._tcp.srv.test']);
  // The priority-10 STARTTLS record works too, but ranks below implicit TLS.
  assert.equal(candidate(result, 'mx.srv.test', 587).verified, true);
});

test('a domain found only by guessing: both TLS modes verified, implicit TLS recommended', async () => {
  const { result } = await discoverInWorld(USERS.alice.login, USERS.alice.password, { exhaustive: true });
  assert.equal(result.incoming?.host, 'imap.guess.test');
  assert.equal(result.incoming?.port, 993);
  assert.equal(result.outgoing?.host, 'smtp.guess.test');
  assert.equal(result.outgoing?.port, 465);
  for (const [host, port, security] of [
    ['imap.guess.test', 143, 'starttls'],
    ['smtp.guess.test', 587, 'starttls'],
    ['pop.guess.test', 995, 'tls'],
    ['pop.guess.test', 110, 'starttls'],
  ] as const) {
    const c = candidate(result, host, port);
    assert.equal(c.security, security);
    assert.equal(c.outcome.code, 'OK', `${host}:${port} ${JSON.stringify(c.outcome)}`);
  }
  assert.ok(result.incoming!.reasons.some((w) => /TLS/.test(say(w))));
  assert.ok(result.incoming!.reasons.some((w) => /common server names \(imap\.guess\.test\)/.test(say(w))));
});

test('autoconfig over HTTPS is trusted and verified', async () => {
  const { result } = await discoverInWorld(USERS.ann.login, USERS.ann.password);
  assert.equal(result.incoming?.host, 'mail.mailhost.test');
  assert.equal(result.incoming?.source, 'autoconfig');
  assert.equal(result.incoming?.verified, true);
  assert.equal(result.outgoing?.verified, true);
  const lookup = result.http.find((h) => h.url.startsWith('https://autoconfig.autoconf.test/'));
  assert.equal(lookup?.status, 200);
  assert.equal(lookup?.tlsVerified, true);
});

test('autoconfig over plain HTTP is untrusted: the password waits for consent', async () => {
  const withheld = await discoverInWorld(USERS.hugo.login, USERS.hugo.password);
  const c = candidate(withheld.result, 'mail.mailhost.test', 993);
  assert.equal(c.source, 'autoconfig-http');
  assert.equal(c.trust, 'untrusted');
  assert.equal(c.outcome.code, 'ENOCONSENT');
  assert.equal(c.logins.length, 0, 'no login was attempted');
  assert.ok(withheld.result.warnings.some((w) => w.level === 'warning' && /unencrypted HTTP/.test(say(w))));
  const agreed = await discoverInWorld(USERS.hugo.login, USERS.hugo.password, { consent: ['mail.mailhost.test'] });
  assert.equal(agreed.result.incoming?.verified, true);
  assert.equal(agreed.result.incoming?.host, 'mail.mailhost.test');
});

test("an HTTPS autoconfig file that redirects to another domain is that domain's word: its servers need consent", async () => {
  const { result } = await discoverInWorld('rita@redirect.test', 'Rk9#only-for-rita');
  const lookup = result.http.find((h) => h.url.startsWith('https://autoconfig.redirect.test/'));
  assert.deepEqual(lookup?.redirects, ['https://autoconfig.autoconf.test/mail/config-v1.1.xml']);
  assert.equal(lookup?.tlsVerified, true, 'every hop was HTTPS: the redirect, not the transport, is the problem');
  const c = candidate(result, 'mail.mailhost.test', 993);
  assert.equal(c.source, 'autoconfig');
  assert.equal(c.trust, 'untrusted');
  assert.equal(c.outcome.code, 'ENOCONSENT');
  assert.ok(
    result.candidates.every((x) => x.logins.length === 0),
    'the password went nowhere',
  );
});

test('Exchange Autodiscover (POX) gives IMAP and SMTP with STARTTLS', async () => {
  const { result } = await discoverInWorld(USERS.adam.login, USERS.adam.password);
  assert.equal(result.incoming?.host, 'exchange.autodisc.test');
  assert.equal(result.incoming?.source, 'autodiscover');
  assert.equal(result.outgoing?.port, 587);
  assert.equal(result.outgoing?.security, 'starttls');
  assert.equal(result.outgoing?.verified, true);
});

test('the ISPDB knows a domain that publishes nothing itself', async () => {
  const { result } = await discoverInWorld(USERS.ivy.login, USERS.ivy.password);
  assert.equal(result.incoming?.source, 'ispdb');
  assert.equal(result.incoming?.verified, true);
});

test('a domain with only an MX record: the mail exchanger in the same domain is probed and verified', async () => {
  const { result } = await discoverInWorld(USERS.max.login, USERS.max.password);
  assert.equal(result.incoming?.host, 'mx1.mxonly.test');
  assert.equal(result.incoming?.source, 'mx');
  assert.equal(result.incoming?.verified, true);
  assert.equal(result.outgoing?.verified, true);
});

test('an MX in another domain is untrusted: reachable, but no password without consent', async () => {
  const { result } = await discoverInWorld(USERS.mia.login, USERS.mia.password);
  const c = candidate(result, 'mx.mailhost.test', 993);
  assert.equal(c.trust, 'untrusted');
  assert.equal(c.outcome.code, 'ENOCONSENT');
  assert.equal(result.incoming?.verified, false);
});

test('an MX at a big provider is recognised from the provider table; its hosts are never contacted here', async () => {
  const { result } = await discoverInWorld('someone@provider.test', 'whatever');
  assert.equal(result.providers[0]?.id, 'gmail');
  assert.equal(result.providers[0]?.passwordNote, 'app-password');
  const gmail = candidate(result, 'imap.gmail.com', 993);
  assert.equal(gmail.source, 'mx');
  assert.equal(gmail.outcome.code, 'EDNS');
  assert.equal(result.incoming, null);
});

test('the built-in provider table answers for a provider domain', async () => {
  const { result } = await discoverInWorld('user@qq.com', undefined, { sources: ['provider'] });
  assert.equal(result.providers[0]?.passwordNote, 'authorization-code');
  const hosts = result.candidates.map((c) => `${c.protocol}:${c.host}:${c.port}:${c.security}`);
  assert.deepEqual(hosts, ['imap:imap.qq.com:993:tls', 'pop3:pop.qq.com:995:tls', 'smtp:smtp.qq.com:465:tls']);
});

test("the ISPDB entry of the MX host's domain is that domain's word: its servers get the password only with consent", async () => {
  const withheld = await discoverInWorld(USERS.vic.login, USERS.vic.password);
  assert.ok(withheld.result.http.some((h) => h.url.endsWith('/v1.1/hosted-isp.test') && h.status === 200));
  const c = candidate(withheld.result, 'mail.mailhost.test', 993);
  assert.equal(c.source, 'ispdb');
  assert.equal(c.trust, 'untrusted');
  assert.equal(c.outcome.code, 'ENOCONSENT');
  assert.ok(
    withheld.result.candidates.every((x) => x.logins.length === 0),
    'no login anywhere: MX answers are unauthenticated DNS data',
  );
  assert.equal(withheld.result.incoming?.verified, false);

  const agreed = await discoverInWorld(USERS.vic.login, USERS.vic.password, { consent: ['mail.mailhost.test'] });
  assert.equal(agreed.result.incoming?.host, 'mail.mailhost.test');
  assert.equal(agreed.result.incoming?.source, 'ispdb');
  assert.equal(agreed.result.incoming?.verified, true);
});

test('Autodiscover found through its _autodiscover._tcp SRV record', async () => {
  const { result } = await discoverInWorld(USERS.sue.login, USERS.sue.password);
  assert.equal(result.incoming?.source, 'autodiscover');
  assert.equal(result.incoming?.host, 'exchange.autodisc.test');
  assert.equal(result.incoming?.username, USERS.sue.login);
  assert.equal(result.incoming?.verified, true);
});

test('progress is streamed: every source starts, probes report, and the best pair comes before the end', async () => {
  const { events, result } = await discoverInWorld(USERS.alice.login, USERS.alice.password);
  const started = events.filter((e) => e.type === 'source-started').map((e) => (e as { source: string }).source);
  assert.deepEqual(started, ['provider', 'srv', 'autoconfig', 'ispdb', 'autodiscover', 'microsoft365', 'mx', 'guess']);
  const types = events.map((e) => e.type);
  assert.ok(types.indexOf('probe-started') < types.indexOf('probe-finished'));
  assert.ok(types.indexOf('best') > 0 && types.indexOf('best') < types.indexOf('done'));
  assert.equal(types[types.length - 1], 'done');
  assert.equal(result.exhaustive, false, 'stopped once nothing could beat the verified pair');
  // A candidate whose probe finished keeps exactly what the probe found; one that never finished says SKIPPED.
  const finishedProbes = new Map(events.flatMap((e) => (e.type === 'probe-finished' ? [[e.candidate.id, e.candidate] as const] : [])));
  for (const c of result.candidates) {
    if (finishedProbes.has(c.id)) assert.deepEqual(c, finishedProbes.get(c.id), `${c.host}:${c.port} as its probe left it`);
    else assert.equal(c.outcome.code, 'SKIPPED', `${c.host}:${c.port} was not probed to the end`);
  }
  // Events carry snapshots: a candidate's "candidate" event still shows it queued, whatever happened after.
  const firstSeen = events.find((e) => e.type === 'candidate');
  assert.equal(firstSeen?.type === 'candidate' && firstSeen.candidate.state, 'queued');
  assert.ok(Object.isFrozen(firstSeen?.type === 'candidate' && firstSeen.candidate));
});
