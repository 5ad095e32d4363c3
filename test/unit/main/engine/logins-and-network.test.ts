import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LoginLedger } from '../../../../main/probe/login-ledger';
import { networkFacts } from '../../../../main/engine/network-facts';
import { structuredVerdict, AUTH_PROBLEM_FINDINGS } from '../../../../main/report/verdict';
import { buildReport } from '../../../../main/report/build-report';
import { renderText } from '../../../../main/report/render-text';
import { renderHtml } from '../../../../main/report/render-html';
import { AUTH_PROBLEM_KINDS, type AuthProblem } from '../../../../shared/model/auth-problem';
import type { ConnectAttempt } from '../../../../shared/model/probe';
import type { Protocol } from '../../../../shared/model/server';
import { done, resultWith } from '../../helpers/candidates';

const refused = (username: string) => ({
  username,
  ok: false,
  ms: 1,
  error: { code: 'EAUTH' as const, reason: { key: 'outcome:reason.server-closed' as const } },
});

/** Six servers, two login names each, all refusing, all asking at once: what a wrong password costs. */
async function wrongPasswordEverywhere(ledger: LoginLedger): Promise<number> {
  const servers: { protocol: Protocol; port: number }[] = [
    { protocol: 'imap', port: 993 },
    { protocol: 'imap', port: 143 },
    { protocol: 'pop3', port: 995 },
    { protocol: 'pop3', port: 110 },
    { protocol: 'smtp', port: 465 },
    { protocol: 'smtp', port: 587 },
  ];
  let sent = 0;
  await Promise.all(
    servers.map(async ({ protocol, port }) => {
      for (const [index, name] of ['alice@example.test', 'alice'].entries()) {
        const clearance = await ledger.clear(protocol, name, { host: 'mail.example.test', port }, index > 0);
        if (!clearance.go) continue;
        sent++;
        await new Promise((resolve) => setTimeout(resolve, 5));
        clearance.done(refused(name));
      }
    }),
  );
  return sent;
}

test('a wrong password costs at most three refused logins: each name once per direction, the second name once', async () => {
  const ledger = new LoginLedger();
  const sent = await wrongPasswordEverywhere(ledger);
  assert.equal(sent, 3);
  assert.equal(ledger.refused, 3);
});

test('a name accepted anywhere is free to go everywhere; a refusal tells later servers of the same direction', async () => {
  const ledger = new LoginLedger();
  const first = await ledger.clear('imap', 'alice', { host: 'a', port: 993 }, false);
  assert.ok(first.go);
  // The same name in the same direction waits for the first answer.
  let secondSettled = false;
  const second = ledger.clear('pop3', 'alice', { host: 'a', port: 995 }, false).then((c) => ((secondSettled = true), c));
  await new Promise((resolve) => setTimeout(resolve, 5));
  assert.equal(secondSettled, false, 'a second login with the name waits while the first is under way');
  first.done({ username: 'alice', ok: true, ms: 1 });
  assert.ok((await second).go);
  assert.ok((await ledger.clear('smtp', 'alice', { host: 'a', port: 465 }, false)).go);

  const other = new LoginLedger();
  const imap = await other.clear('imap', 'bob', { host: 'a', port: 993 }, false);
  assert.ok(imap.go);
  imap.done(refused('bob'));
  const pop = await other.clear('pop3', 'bob', { host: 'a', port: 995 }, false);
  assert.equal(pop.go, false);
  if (!pop.go) assert.deepEqual([pop.refused.host, pop.refused.port], ['a', 993]);
  // Outgoing is another account door: the first name is still tried there once.
  assert.ok((await other.clear('smtp', 'bob', { host: 'a', port: 465 }, false)).go);
});

test('a cancelled wait for the ledger ends with ECANCELLED, not a hang', async () => {
  const ledger = new LoginLedger();
  const held = await ledger.clear('imap', 'carol', { host: 'a', port: 993 }, false);
  assert.ok(held.go);
  const stop = new AbortController();
  const waiting = ledger.clear('imap', 'carol', { host: 'a', port: 143 }, false, stop.signal);
  stop.abort();
  await assert.rejects(waiting, (error: { code?: string }) => error.code === 'ECANCELLED');
});

const attempt = (address: string, result: ConnectAttempt['result'], ms = 10): ConnectAttempt => ({
  address,
  family: address.includes(':') ? 6 : 4,
  ms,
  result,
});
const withAttempts = (attempts: ConnectAttempt[], over: Parameters<typeof done>[0] = {}) =>
  done({ probe: { address: attempts[attempts.length - 1].address, attempts, starttls: 'implicit', totalMs: 300 }, ...over });

test('network facts: IPv6 broken when its attempts hung and IPv4 connected; a refusal proves the route; chosen servers first', () => {
  const hung = withAttempts([attempt('2001:db8::1', 'abandoned', 250), attempt('192.0.2.1', 'connected')]);
  assert.deepEqual(networkFacts([hung]), { ipv6: 'broken', ipv4: 'works' });
  const timedOut = withAttempts([attempt('2001:db8::1', 'timed-out', 6000), attempt('192.0.2.1', 'connected')]);
  assert.deepEqual(networkFacts([timedOut]), { ipv6: 'broken', ipv4: 'works' });
  const refusedV6 = withAttempts([attempt('2001:db8::1', 'refused', 1), attempt('192.0.2.1', 'connected')], { port: 143 });
  assert.deepEqual(networkFacts([refusedV6]), { ipv6: 'works', ipv4: 'works' });
  // The chosen server hung on IPv6; another port's refusal does not speak for the route the mail app will take.
  assert.deepEqual(networkFacts([hung, refusedV6], [hung]), { ipv6: 'broken', ipv4: 'works' });
  // Abandoned quickly (IPv4 answered first, before the delay): nothing is known about IPv6.
  const quick = withAttempts([attempt('2001:db8::1', 'abandoned', 20), attempt('192.0.2.1', 'connected')]);
  assert.deepEqual(networkFacts([quick]), { ipv6: 'untried', ipv4: 'works' });
  assert.equal(networkFacts([done()]), undefined, 'no IPv6 address at all: nothing to say');
});

test('every kind of provider refusal is its own finding, with an https help link, in the text, HTML and JSON report', () => {
  const seen = new Set<string>();
  for (const kind of AUTH_PROBLEM_KINDS) {
    const authProblem: AuthProblem = { kind, service: kind === 'unsafe-login' ? 'netease' : 'google', rule: 'test' };
    const imap = done({ host: 'imap.gmail.com', outcome: { code: 'EAUTH', authProblem } });
    const result = resultWith([imap], { incoming: imap });
    const finding = structuredVerdict(result, true).findings.find((f) => f.kind === AUTH_PROBLEM_FINDINGS[kind]);
    assert.ok(
      finding,
      `${kind}: no ${AUTH_PROBLEM_FINDINGS[kind]} finding among ${JSON.stringify(structuredVerdict(result, true).findings)}`,
    );
    assert.match(finding.facts.helpUrl ?? '', /^https:\/\//, kind);
    seen.add(finding.kind);

    const report = buildReport(result, { passwordGiven: true, now: new Date(0) });
    const item = report.verdict.items?.find((i) => i.kind === finding.kind);
    assert.ok(item, `${kind}: not in the report's items`);
    assert.equal(item.helpUrl, finding.facts.helpUrl);
    const text = renderText(report);
    assert.ok(text.includes(item.text.split('\n')[0].slice(0, 40)), `${kind}: the finding is not in the text report`);
    assert.ok(text.includes(item.helpUrl!), `${kind}: the help link is not in the text report`);
    const html = renderHtml(report);
    assert.ok(html.includes(`href="${item.helpUrl!.replace(/&/g, '&amp;')}"`), `${kind}: the help link is not a link in the HTML report`);
  }
  assert.equal(seen.size, AUTH_PROBLEM_KINDS.length, 'each kind has a finding of its own');
});
