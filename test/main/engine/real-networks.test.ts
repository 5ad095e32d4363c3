import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { sendTestMessage } from '../../../main/engine/send-test';
import { candidate, discoverInWorld } from '../../helpers/discover-in-world';
import { assertNoPasswordIn } from '../../helpers/password-leaks';
import { runCli, worldArgs } from '../../helpers/run-cli';
import { loopbackOnly, world } from '../../helpers/world-client';
import { ADDR, IPV6_LOOPBACK, USERS, V6_PORTS } from '../../world/world-plan';

// Real networks: broken IPv6, a dead first address, a black-holed domain, a wrong password, and proof that mail
// really goes through (Postfix delivers to the world's Dovecot over LMTP).

test('IPv6 broken on the way: the IPv4 address is tried next, both servers verified, and the report says so', async () => {
  const { result } = await discoverInWorld(USERS.ipsy.login, USERS.ipsy.password);
  assert.equal(result.incoming?.verified, true);
  assert.equal(result.outgoing?.verified, true);
  const imap = candidate(result, 'mail.ipv6broken.test', V6_PORTS.imaps);
  const attempts = imap.probe?.attempts ?? [];
  // RFC 8305: the AAAA address first, the A address while it still hangs, and the IPv4 one connects.
  assert.equal(attempts[0]?.address, IPV6_LOOPBACK, JSON.stringify(attempts));
  assert.ok(['abandoned', 'timed-out', 'known-dead'].includes(attempts[0].result), JSON.stringify(attempts));
  assert.ok(
    attempts.some((a) => a.family === 4 && a.result === 'connected'),
    JSON.stringify(attempts),
  );
  assert.deepEqual(result.network, { ipv6: 'broken', ipv4: 'works' });

  const cli = await runCli(['discover', USERS.ipsy.login, '--password-stdin', ...worldArgs()], USERS.ipsy.password);
  assert.equal(cli.code, 0, cli.stderr);
  assert.match(cli.stdout, /IPv6 is broken on this network; IPv4 works/);
  for (const format of ['text', 'html', 'json']) {
    const report = await runCli(
      ['diagnose', USERS.ipsy.login, '--password-stdin', '--format', format, ...worldArgs()],
      USERS.ipsy.password,
    );
    assert.match(report.stdout, /IPv6 is broken on this network/, `diagnose --format ${format}`);
    assertNoPasswordIn(report.stdout, USERS.ipsy.password, `diagnose --format ${format}`);
  }
});

test('a dead first address: the second address of the same name connects and the login is verified', async () => {
  const { result } = await discoverInWorld(USERS.dora.login, USERS.dora.password, { exhaustive: true });
  const verified = result.candidates.filter((c) => c.host === 'mail.deadfirst.test' && c.outcome.code === 'OK');
  assert.ok(verified.length > 0, JSON.stringify(result.candidates.map((c) => [c.host, c.port, c.outcome.code])));
  for (const c of verified) {
    const attempts = c.probe?.attempts ?? [];
    assert.equal(attempts[0]?.address, ADDR.blackHole, JSON.stringify(attempts));
    assert.ok(
      attempts.some((a) => a.address === ADDR.good && a.result === 'connected'),
      JSON.stringify(attempts),
    );
  }
  // Both addresses are IPv4: there is nothing to say about IPv6.
  assert.equal(result.network, undefined);
});

test('a black-holed domain: each dead endpoint is waited out once per run, every other candidate on it is told', async () => {
  const { result } = await discoverInWorld('bob@blackhole.test', 'never-sent-anywhere');
  assert.ok(!result.incoming && !result.outgoing);
  const waitedOut = new Map<string, number>();
  for (const c of result.candidates)
    for (const a of c.probe?.attempts ?? (c.probe ? [{ address: c.probe.address, result: 'timed-out' }] : []))
      if (a.result === 'timed-out') waitedOut.set(`${a.address}:${c.port}`, (waitedOut.get(`${a.address}:${c.port}`) ?? 0) + 1);
  assert.ok(waitedOut.size > 0, 'the dead endpoints were tried');
  for (const [endpoint, times] of waitedOut) assert.equal(times, 1, `${endpoint} was waited out ${times} times`);
});

test('a wrong password: at most three refused logins in a search, counted in the result, the CLI and the report', async () => {
  const wrong = 'Wr0ng-but-close';
  const { result } = await discoverInWorld(USERS.alice.login, wrong, { exhaustive: true });
  const refused = result.candidates.flatMap((c) => c.logins.filter((l) => l.error?.code === 'EAUTH'));
  assert.ok(refused.length >= 1 && refused.length <= 3, `${refused.length} refused logins over ${result.candidates.length} candidates`);
  assert.equal(result.refusedLogins, refused.length);

  const cli = await runCli(['discover', USERS.alice.login, '--password-stdin', ...worldArgs()], wrong);
  assert.equal(cli.code, 1);
  assert.match(cli.stdout, /Refused logins: [123]\b/);
  const json = JSON.parse((await runCli(['discover', USERS.alice.login, '--password-stdin', '--json', ...worldArgs()], wrong)).stdout);
  assert.ok(json.refusedLogins >= 1 && json.refusedLogins <= 3);
  const report = await runCli(['diagnose', USERS.alice.login, '--password-stdin', '--format', 'text', ...worldArgs()], wrong);
  assert.match(report.stdout, /Refused logins: [123]\b/);
  for (const out of [cli.stdout, cli.stderr, report.stdout, JSON.stringify(json)]) assertNoPasswordIn(out, wrong);
});

test('a test message to oneself: submitted over the chosen SMTP, found over the chosen IMAP by its Message-ID', async () => {
  const { result } = await discoverInWorld(USERS.tom.login, USERS.tom.password);
  const sent = await sendTestMessage(result, {
    password: USERS.tom.password,
    trust: { extraCa: [readFileSync(world().caCert, 'utf8')], trustedFingerprints: [] },
    dnsServers: [world().dns],
    allowAddress: loopbackOnly,
    deliveryWaitMs: 20_000,
  });
  assert.equal(sent.status, 'delivered', JSON.stringify(sent));
  if (sent.status !== 'delivered') return;
  assert.match(sent.messageId, /^<mailsetup-test-[0-9a-f-]+@guess\.test>$/);
  assert.ok(sent.deliveryMs >= 0 && sent.totalMs >= sent.deliveryMs);
  assert.equal(sent.inJunk, undefined);
  assertNoPasswordIn(sent, USERS.tom.password, 'the send-test result');

  // Cancelled before it starts: nothing is sent, the answer says so.
  const stop = new AbortController();
  stop.abort();
  const cancelled = await sendTestMessage(result, {
    password: USERS.tom.password,
    trust: { extraCa: [readFileSync(world().caCert, 'utf8')], trustedFingerprints: [] },
    dnsServers: [world().dns],
    allowAddress: loopbackOnly,
    signal: stop.signal,
  });
  assert.equal(cancelled.status, 'failed', JSON.stringify(cancelled));
  if (cancelled.status === 'failed') assert.equal(cancelled.error.code, 'ECANCELLED');
});

test('discover --send-test and diagnose --send-test report the delivery; without a verified pair nothing is sent', async () => {
  const cli = await runCli(['discover', USERS.tom.login, '--password-stdin', '--send-test', '--json', ...worldArgs()], USERS.tom.password);
  assert.equal(cli.code, 0, cli.stderr);
  const json = JSON.parse(cli.stdout);
  assert.equal(json.sendTest.status, 'delivered', cli.stdout);
  const text = await runCli(['discover', USERS.tom.login, '--password-stdin', '--send-test', ...worldArgs()], USERS.tom.password);
  assert.match(text.stdout, /Test message: arrived in your inbox [\d.]+ s after sending/);
  const report = await runCli(
    ['diagnose', USERS.tom.login, '--password-stdin', '--send-test', '--format', 'json', ...worldArgs()],
    USERS.tom.password,
  );
  assert.match(report.stdout, /delivered/);
  for (const out of [cli.stdout, cli.stderr, text.stdout, text.stderr, report.stdout]) assertNoPasswordIn(out, USERS.tom.password);

  const usage = await runCli(['discover', USERS.tom.login, '--send-test', ...worldArgs()]);
  assert.equal(usage.code, 64);
  assert.match(usage.stderr, /--password-stdin/);
  const wrong = await runCli(['discover', USERS.tom.login, '--password-stdin', '--send-test', '--json', ...worldArgs()], 'not-toms');
  assert.equal(JSON.parse(wrong.stdout).sendTest.status, 'not-possible');
  assert.equal(wrong.code, 1);
});
