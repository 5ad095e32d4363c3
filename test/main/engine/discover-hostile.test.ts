import { test } from 'node:test';
import assert from 'node:assert/strict';
import { discover } from '../../../main/engine/discover';
import { CONNECT_TIMEOUT_MS } from '../../../main/net/timeouts';
import { candidate, discoverInWorld } from '../../helpers/discover-in-world';
import { say } from '../../helpers/english';
import { world } from '../../helpers/world-client';
import { USERS } from '../../world/world-plan';

test('a host that drops packets times out at the connect limit instead of hanging', async () => {
  const { result } = await discoverInWorld('bob@blackhole.test', 'secret words');
  assert.equal(result.cancelled, false, 'finished on its own, not by the overall deadline');
  assert.equal(candidate(result, 'imap.blackhole.test', 993).outcome.code, 'ETIMEDOUT');
  assert.equal(candidate(result, 'smtp.blackhole.test', 465).outcome.code, 'ETIMEDOUT');
  const autoconfig = result.http.find((h) => h.url.startsWith('https://autoconfig.blackhole.test/'));
  assert.equal(autoconfig?.error, 'ETIMEDOUT');
  assert.equal(result.incoming, null);
  // Each step has its own limit; no step may wait for longer than it (allowing for scheduling jitter). A connect
  // that timed out has no connectMs: the probe's whole time (connect attempt included) is what must stay bounded.
  const timedOut = result.candidates.filter((c) => c.outcome.code === 'ETIMEDOUT');
  assert.ok(timedOut.length >= 2);
  for (const c of timedOut) {
    assert.equal(c.probe?.connectMs, undefined, `${c.host}:${c.port} never connected`);
    assert.ok(c.probe!.totalMs >= CONNECT_TIMEOUT_MS - 50, `${c.host}:${c.port} waited the connect limit (${c.probe!.totalMs} ms)`);
    assert.ok(c.probe!.totalMs <= CONNECT_TIMEOUT_MS + 1000, `${c.host}:${c.port} waited no longer (${c.probe!.totalMs} ms)`);
    assert.ok((c.ms ?? 0) <= CONNECT_TIMEOUT_MS + 1000, `${c.host}:${c.port} probe ${c.ms} ms`);
  }
});

test('cancelling stops the run at once and says so', async () => {
  const controller = new AbortController();
  const running = discoverInWorld('bob@blackhole.test', 'secret words', { signal: controller.signal });
  setTimeout(() => controller.abort(), 200);
  const { result, events } = await running;
  assert.equal(result.cancelled, true);
  assert.ok(result.elapsedMs < CONNECT_TIMEOUT_MS, `took ${result.elapsedMs} ms`);
  // Stopped mid-connect: the servers being tried say "cancelled", none claims a timeout it never waited for.
  assert.ok(result.candidates.length > 0);
  assert.ok(
    result.candidates.every((c) => c.outcome.code === 'ECANCELLED'),
    JSON.stringify(result.candidates.map((c) => c.outcome.code)),
  );
  assert.equal(events[events.length - 1].type, 'done');
});

test('hostile XML: entity expansion is refused and an endless file is cut off at the size limit', async () => {
  const before = process.memoryUsage().rss;
  const { result } = await discoverInWorld('x@hostile.test', undefined);
  const laughs = result.warnings.find((w) => w.code === 'EXML');
  assert.match(laughs ? say(laughs) : '', /DTD or entities/);
  const endless = result.http.find((h) => h.url.startsWith('https://hostile.test/.well-known/'));
  assert.equal(endless?.error, 'EHTTP');
  assert.ok(result.warnings.some((w) => w.code === 'EHTTP' && /larger than/.test(say(w))));
  assert.deepEqual([...new Set(result.candidates.map((c) => c.source))], ['guess'], 'nothing came from the hostile files');
  assert.ok(process.memoryUsage().rss - before < 200 * 1024 * 1024, 'memory stayed bounded');
});

test('malformed settings files are rejected with a clear reason, valid entries of a partly broken file still count', async () => {
  const { parseAutoconfig } = await import('../../../main/discovery/parse-autoconfig');
  assert.throws(() => parseAutoconfig('<clientConfig><emailProvider>', 'x.test', 'autoconfig', 'u', 'trusted'), /not well-formed/);
  assert.throws(() => parseAutoconfig('<html><body>hi</body></html>', 'x.test', 'autoconfig', 'u', 'trusted'), /not a clientConfig/);
  assert.throws(
    () => parseAutoconfig('<clientConfig><emailProvider>', 'x.test', 'autoconfig', 'u', 'trusted'),
    (error: { failure?: { code: string } }) => error.failure?.code === 'EXML',
  );
  const mixed = parseAutoconfig(
    `<clientConfig version="1.1"><emailProvider id="x">
    <incomingServer type="imap"><hostname>bad host!</hostname><port>993</port><socketType>SSL</socketType></incomingServer>
    <incomingServer type="imap"><hostname>imap.%EMAILDOMAIN%</hostname><port>99999</port><socketType>SSL</socketType></incomingServer>
    <incomingServer type="exchange"><hostname>ex.x.test</hostname></incomingServer>
    <outgoingServer type="smtp"><hostname>smtp.%EMAILDOMAIN%</hostname><port>587</port><socketType>STARTTLS</socketType>
      <username>%EMAILLOCALPART%</username><authentication>password-cleartext</authentication></outgoingServer>
  </emailProvider></clientConfig>`,
    'x.test',
    'autoconfig',
    'u',
    'trusted',
  );
  assert.equal(mixed.candidates.length, 1);
  assert.deepEqual(
    [mixed.candidates[0].host, mixed.candidates[0].port, mixed.candidates[0].security, mixed.candidates[0].username],
    ['smtp.x.test', 587, 'starttls', '%EMAILLOCALPART%'],
  );
  assert.deepEqual(mixed.skipped.map(say), [
    'IMAP entry with an invalid host, port or socketType',
    'IMAP entry with an invalid host, port or socketType',
    'server of type "exchange" is not IMAP, POP3 or SMTP',
  ]);
});

test('special characters in settings files are decoded, not executed', async () => {
  const { parseAutodiscover } = await import('../../../main/discovery/parse-autodiscover');
  const parsed = parseAutodiscover(
    `<?xml version="1.0"?><Autodiscover xmlns="http://schemas.microsoft.com/exchange/autodiscover/responseschema/2006">
  <Response xmlns="http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a"><Account><Action>settings</Action>
  <Protocol><Type>IMAP</Type><Server>imap.x.test</Server><Port>993</Port><LoginName>o&apos;neil &amp; co</LoginName><SSL>on</SSL></Protocol>
  <Protocol><Type>SMTP</Type><Server>smtp.x.test</Server><Port>25</Port><SSL>off</SSL></Protocol>
  <Protocol><Type>EXCH</Type><Server>ex.x.test</Server></Protocol></Account></Response></Autodiscover>`,
    'u',
    'trusted',
  );
  assert.equal(parsed.candidates[0].username, "o'neil & co");
  assert.equal(parsed.candidates[1].security, 'plain');
  assert.equal(parsed.candidates.length, 2);
});

test('bad addresses get a clear message and no network traffic', async () => {
  for (const [input, reason] of [
    ['', /Enter your email/],
    ['no-at-sign', /needs an @/],
    ['a@b@c.test', /only one @/],
    ['me@', /domain after the @ is missing/],
    ['me@-bad-.test', /not a valid domain/],
    ['me@localhost', /not a valid domain/],
    ['two..dots@x.test', /not allowed/],
  ] as const) {
    const response = await discover({ email: input, dnsServers: [world().dns] });
    assert.equal(response.ok, false, input);
    if (!response.ok) {
      assert.equal(response.error.code, 'EINPUT');
      assert.match(say(response.error.reason), reason, input);
    }
  }
});

test('internationalised domains are accepted and looked up in their ASCII form', async () => {
  const { result } = await discoverInWorld('用户@例子.test', undefined, { sources: ['guess'] });
  assert.equal(result.email, '用户@xn--fsqu00a.test');
  assert.ok(result.dns.some((q) => q.name === 'imap.xn--fsqu00a.test'));
});

test('broken servers: a wrong protocol, a hang-up, data injected after STARTTLS, and no login offered', async () => {
  const { result } = await discoverInWorld('kim@broken.test', 'kims password', { exhaustive: true });
  assert.equal(candidate(result, 'imap.broken.test', 993).outcome.code, 'EPROTOCOL');
  assert.equal(candidate(result, 'imap.broken.test', 143).outcome.code, 'ECONNECTION');
  const injected = candidate(result, 'smtp.broken.test', 587);
  assert.equal(injected.outcome.code, 'EPROTOCOL');
  assert.match(injected.probe?.error ? say(injected.probe.error.reason) : '', /right after agreeing to STARTTLS/);
  assert.ok(injected.logins.every((l) => !l.ok));
  const noAuth = candidate(result, 'smtp.broken.test', 465);
  assert.equal(noAuth.outcome.code, 'ENOAUTHMECH');
  assert.deepEqual(noAuth.probe?.info?.authMechanisms, []);
  assert.equal(result.outgoing?.verified, false);
});

test('a server whose certificate authority this computer does not know', async () => {
  const { result } = await discoverInWorld(USERS.alice.login, USERS.alice.password, { extraCa: [], sources: ['guess'] });
  const imap = candidate(result, 'imap.guess.test', 993);
  assert.equal(imap.outcome.code, 'ETLS');
  assert.equal(imap.outcome.certProblem, 'unknown-ca');
  assert.ok(
    imap.logins.every((l) => !l.ok),
    'the login library refused the unverified certificate too',
  );
});

test('the overall deadline stops a run that would take longer', async () => {
  const { result, events } = await discoverInWorld('bob@blackhole.test', 'secret words', { timeoutMs: 300 });
  assert.equal(result.cancelled, true);
  assert.ok(result.elapsedMs < CONNECT_TIMEOUT_MS, `stopped at the deadline, not at a connect limit (${result.elapsedMs} ms)`);
  // Probes that had begun were cut off; the outcome says so instead of inventing a timeout.
  const begun = events.filter((e) => e.type === 'probe-started').length;
  assert.ok(begun > 0);
  assert.ok(result.candidates.every((c) => c.outcome.code === 'ECANCELLED' && !c.verified));
  assert.equal(result.candidates.filter((c) => c.startedAt !== undefined).length, begun, 'every begun probe keeps its start time');
});
