import { test } from 'node:test';
import assert from 'node:assert/strict';
import { candidate, discoverInWorld } from '../../helpers/discover-in-world';
import { testProvider, testSnapshot } from '../../helpers/test-snapshot';
import { world } from '../../helpers/world-client';
import { USERS } from '../../world/world-plan';
import type { DiscoveryEvent, DiscoveryResult } from '../../../shared/model/discovery';
import { say } from '../../helpers/english';

// The test world's own ISPDB snapshot: the shipped one holds real domains only.
const SNAPSHOT = testSnapshot([
  testProvider('listed', ['listed.test'], 'mail.mailhost.test'),
  testProvider('hosted-isp', ['hosted-isp.test'], 'mail.mailhost.test'),
  // An outdated entry: the provider moved and its old server name no longer exists.
  testProvider('moved', ['guess.test'], 'imap.moved-away.test'),
  // The provider table knows qq.com; this entry must lose to it.
  testProvider('shadow', ['qq.com'], 'mail.shadow.test'),
]);

const about = (name: string, domain: string) => name === domain || name.endsWith(`.${domain}`);

/** Every DNS question and web lookup the run made that names the domain. */
function questionsAbout(result: DiscoveryResult, domain: string): string[] {
  return [
    ...result.dns.filter((q) => about(q.name, domain)).map((q) => `DNS ${q.type} ${q.name}`),
    ...result.http.filter((h) => about(new URL(h.url).hostname, domain) || h.url.includes(domain)).map((h) => `HTTP ${h.url}`),
  ];
}

const startedSources = (events: DiscoveryEvent[]) => events.flatMap((e) => (e.type === 'source-started' ? [e.source] : []));
const infos = (result: DiscoveryResult) => result.warnings.filter((w) => w.level === 'info').map(say);

test('a domain in the snapshot is answered from it: verified, with no DNS or web question about the domain', async () => {
  const { result, events } = await discoverInWorld(USERS.ivy.login, USERS.ivy.password, { ispdbSnapshot: SNAPSHOT });
  assert.equal(result.incoming?.host, 'mail.mailhost.test');
  assert.equal(result.incoming?.source, 'ispdb');
  assert.equal(result.incoming?.verified, true);
  assert.equal(result.outgoing?.verified, true);
  const chosen = candidate(result, 'mail.mailhost.test', 993);
  assert.equal(chosen.trust, 'trusted');
  assert.equal(chosen.sourceDetail, 'ISPDB snapshot 2026-01-02: Test provider listed (listed.test)');
  assert.deepEqual(questionsAbout(result, 'listed.test'), []);
  assert.deepEqual(result.http, [], 'not even the live ISPDB was asked');
  assert.deepEqual(startedSources(events), ['provider', 'ispdb']);
  assert.ok(infos(result).some((m) => /known from the bundled ISPDB snapshot .*nothing was asked about listed\.test/.test(m)));

  // The same address without it in the snapshot: the domain is asked about everywhere, the live ISPDB included.
  const unknown = await discoverInWorld(USERS.ivy.login, USERS.ivy.password, { ispdbSnapshot: testSnapshot([]) });
  const asked = questionsAbout(unknown.result, 'listed.test');
  assert.ok(asked.includes(`HTTP ${world().ispdbBaseUrl}listed.test`), asked.join('\n'));
  assert.ok(asked.includes('DNS SRV _imaps._tcp.listed.test'), asked.join('\n'));
});

test('without a password, servers that answer are enough: still nothing asked about the domain', async () => {
  const { result } = await discoverInWorld(USERS.ivy.login, undefined, { ispdbSnapshot: SNAPSHOT });
  assert.equal(candidate(result, 'mail.mailhost.test', 993).outcome.code, 'REACHABLE');
  assert.equal(result.incoming?.host, 'mail.mailhost.test');
  assert.deepEqual(questionsAbout(result, 'listed.test'), []);
});

test('an MX inside a snapshot provider is answered from the snapshot, but untrusted: no password without consent', async () => {
  const withheld = await discoverInWorld(USERS.vic.login, USERS.vic.password, { ispdbSnapshot: SNAPSHOT });
  const viaMx = candidate(withheld.result, 'mail.mailhost.test', 993);
  assert.equal(viaMx.source, 'ispdb');
  assert.match(viaMx.sourceDetail, /^ISPDB snapshot .*\(hosted-isp\.test\), MX mx\.hosted-isp\.test$/);
  assert.equal(viaMx.trust, 'untrusted', 'MX answers are unauthenticated DNS data');
  assert.equal(viaMx.outcome.code, 'ENOCONSENT');
  assert.equal(viaMx.logins.length, 0);
  assert.notEqual(withheld.result.incoming?.verified, true);
  assert.ok(!withheld.result.http.some((h) => h.url.includes('hosted-isp.test')), 'the live ISPDB is not asked about the MX domain');

  const agreed = await discoverInWorld(USERS.vic.login, USERS.vic.password, { ispdbSnapshot: SNAPSHOT, consent: ['mail.mailhost.test'] });
  assert.equal(agreed.result.incoming?.host, 'mail.mailhost.test');
  assert.equal(agreed.result.incoming?.verified, true);
});

test('an outdated snapshot entry: when its servers do not answer, the domain is asked and found after all', async () => {
  const { result, events } = await discoverInWorld(USERS.alice.login, USERS.alice.password, { ispdbSnapshot: SNAPSHOT });
  assert.equal(candidate(result, 'imap.moved-away.test', 993).outcome.code, 'EDNS');
  assert.equal(result.incoming?.host, 'imap.guess.test');
  assert.equal(result.incoming?.verified, true);
  assert.equal(result.outgoing?.verified, true);
  assert.ok(
    infos(result).some((m) =>
      /guess\.test is known from the bundled ISPDB snapshot .*did not answer; asking the other sources \(srv, autoconfig, autodiscover, microsoft365, mx, guess\)/.test(
        m,
      ),
    ),
  );
  // The domain's own lookups started only once the snapshot's servers had failed.
  const lastKnownProbe = events.findLastIndex((e) => e.type === 'probe-finished' && e.candidate.host === 'imap.moved-away.test');
  const firstLookup = events.findIndex((e) => e.type === 'source-started' && e.source === 'srv');
  assert.ok(lastKnownProbe >= 0 && firstLookup > lastKnownProbe, `${lastKnownProbe} < ${firstLookup}`);
});

test('the provider table wins over the snapshot where both know a domain', async () => {
  const { result } = await discoverInWorld('someone@qq.com', undefined, { ispdbSnapshot: SNAPSHOT, sources: ['provider', 'ispdb'] });
  assert.deepEqual(
    result.candidates.map((c) => `${c.source}:${c.host}`),
    ['provider:imap.qq.com', 'provider:pop.qq.com', 'provider:smtp.qq.com'],
  );
  assert.equal(result.providers.length, 1);
  assert.equal(result.providers[0].passwordNote, 'authorization-code', "the table's note about authorization codes");
  assert.ok(infos(result).includes('qq.com is in the built-in provider table; the ISPDB was not asked'));
  assert.deepEqual(result.http, []);
});

test('the shipped snapshot answers a real provider domain offline; the live ISPDB never hears of it', async () => {
  const { result } = await discoverInWorld('someone@hotmail.be');
  const fromSnapshot = result.candidates.filter((c) => c.source === 'ispdb');
  assert.deepEqual(
    fromSnapshot.map((c) => `${c.protocol}:${c.host}:${c.port}`),
    ['imap:outlook.office365.com:993', 'pop3:outlook.office365.com:995', 'smtp:smtp-mail.outlook.com:587'],
  );
  assert.match(fromSnapshot[0].sourceDetail, /^ISPDB snapshot \d{4}-\d{2}-\d{2}: Outlook\.com \(Microsoft\) \(hotmail\.be\)$/);
  assert.equal(result.providers[0]?.passwordNote, 'oauth2-only', 'the OAuth2-only marker reaches the result');
  assert.ok(!result.http.some((h) => h.url.startsWith(world().ispdbBaseUrl)));
});
