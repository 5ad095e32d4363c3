import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { loadBundledSnapshot } from '../../../../main/discovery/bundled-snapshot';
import { IspdbSnapshot, type SnapshotFile } from '../../../../main/discovery/ispdb-snapshot';
import { knownDomain } from '../../../../main/discovery/known-domain';
import { snapshotCandidates, snapshotProviderInfo } from '../../../../main/discovery/snapshot-candidates';
import { allProviders } from '../../../../main/discovery/provider-table';
import { testProvider, testSnapshot, testSnapshotFile } from '../../../helpers/test-snapshot';

const DATA_FILE = join(__dirname, '..', '..', '..', '..', 'main', 'discovery', 'ispdb-snapshot.json');
const bundledFile = () => JSON.parse(readFileSync(DATA_FILE, 'utf8')) as SnapshotFile;

test('the bundled snapshot records its source and covers the ISPDB, with real domains only', async () => {
  const snapshot = await loadBundledSnapshot();
  assert.equal(snapshot.problem, undefined);
  assert.equal(snapshot.origin?.repository, 'thunderbird/autoconfig');
  assert.match(snapshot.origin?.commit ?? '', /^[0-9a-f]{40}$/);
  assert.match(snapshot.date ?? '', /^\d{4}-\d{2}-\d{2}$/);
  assert.match(snapshot.origin?.retrieved ?? '', /^\d{4}-\d{2}-\d{2}$/);
  assert.ok(snapshot.providers.length >= 150, `${snapshot.providers.length} providers`);
  assert.ok(snapshot.domainCount >= 900, `${snapshot.domainCount} domains`);
  const domains = snapshot.providers.flatMap((p) => p.domains);
  assert.equal(new Set(domains).size, domains.length, 'every domain belongs to one provider');
  assert.ok(!domains.some((d) => /\.(test|example|invalid|localhost)$/.test(d)), 'no test domains in the shipped data');
  assert.equal(await loadBundledSnapshot(), snapshot, 'read once');
});

test('the data file is sorted and compact, so a refresh is a small diff', () => {
  const file = bundledFile();
  const ids = file.providers.map((p) => p.id);
  assert.deepEqual(ids, [...ids].sort());
  for (const p of file.providers) {
    assert.deepEqual(p.domains, [...p.domains].sort(), p.id);
    const order = p.servers.map((s) => ['imap', 'pop3', 'smtp'].indexOf(s[0]));
    assert.deepEqual(order, [...order].sort(), `${p.id}: servers grouped by protocol`);
  }
  // Facts only: nothing but the fields the app reads.
  for (const p of file.providers)
    for (const key of Object.keys(p)) assert.ok(['id', 'name', 'domains', 'servers', 'passwordNote'].includes(key), key);
  assert.ok(statSync(DATA_FILE).size < 256 * 1024, `${statSync(DATA_FILE).size} bytes`);
});

test('lookups are by exact domain, case and trailing dot aside', async () => {
  const snapshot = await loadBundledSnapshot();
  assert.equal(snapshot.forDomain('gmail.com')?.id, 'googlemail.com');
  assert.equal(snapshot.forDomain('GMail.COM.')?.id, 'googlemail.com');
  assert.equal(snapshot.forDomain('hotmail.be')?.id, 'hotmail.com');
  assert.equal(snapshot.forDomain('free.fr')?.id, 'free.fr');
  assert.equal(snapshot.forDomain('mail.gmail.com'), undefined, 'a subdomain is another domain');
  assert.equal(snapshot.forDomain('example.org'), undefined);
});

test('an MX host maps to the provider listing its longest parent name', async () => {
  const snapshot = await loadBundledSnapshot();
  const m365 = snapshot.forMxHost('contoso-com.mail.protection.outlook.com.');
  assert.equal(m365?.provider.id, 'office365.com');
  assert.equal(m365?.domain, 'mail.protection.outlook.com', 'before outlook.com, which is Outlook.com');
  assert.equal(snapshot.forMxHost('alt1.aspmx.l.google.com')?.domain, 'google.com');
  assert.equal(snapshot.forMxHost('mx.example.org'), undefined);
  const own = testSnapshot([testProvider('bare', ['mx-bare.test'], 'mail.mx-bare.test')]);
  assert.equal(own.forMxHost('mx-bare.test')?.provider.id, 'bare', 'an MX that is the registrable domain itself');
  assert.equal(own.forMxHost('a.b.mx-bare.test')?.domain, 'mx-bare.test');
  assert.equal(own.forMxHost('test'), undefined, 'never a bare top-level domain');
});

test('snapshot entries become candidates: %EMAILDOMAIN% filled, templates kept, the OAuth2-only marker carried', async () => {
  const snapshot = await loadBundledSnapshot();
  const inbox = snapshot.forDomain('inbox.lt')!;
  const specs = snapshotCandidates(inbox, 'inbox.lt', 'trusted', 'detail');
  assert.ok(specs.length > 0);
  for (const s of specs) {
    assert.equal(s.host, 'mail.inbox.lt');
    assert.equal(s.source, 'ispdb');
    assert.equal(s.trust, 'trusted');
    assert.equal(s.sourceDetail, 'detail');
    assert.match(s.username, /^%EMAIL/);
  }
  assert.equal(snapshotProviderInfo(inbox, 'inbox.lt').name, 'inbox.lt', 'a display name made of the placeholder');
  const outlook = snapshot.forDomain('hotmail.be')!;
  assert.equal(snapshotProviderInfo(outlook, 'hotmail.be').passwordNote, 'oauth2-only');
  assert.equal(snapshotCandidates(outlook, 'hotmail.be', 'untrusted', 'x')[0].trust, 'untrusted');
});

test('the provider table wins where both know a domain; the snapshot fills the rest', async () => {
  const snapshot = await loadBundledSnapshot();
  for (const p of allProviders()) for (const d of p.domains) assert.equal(knownDomain(d, snapshot)?.origin, 'table', d);
  assert.deepEqual(knownDomain('hotmail.be', snapshot), { origin: 'snapshot', name: 'Outlook.com (Microsoft)' });
  assert.equal(knownDomain('example.org', snapshot), undefined);
  const shadow = testSnapshot([testProvider('shadow', ['qq.com', 'only-here.test'], 'mail.shadow.test')]);
  assert.equal(knownDomain('qq.com', shadow)?.origin, 'table');
  assert.equal(knownDomain('only-here.test', shadow)?.origin, 'snapshot');
  const covered = snapshot.providers.flatMap((p) => p.domains).filter((d) => knownDomain(d, snapshot)?.origin === 'snapshot');
  assert.ok(covered.length > 800, `${covered.length} domains known only from the snapshot`);
});

test('a damaged data file is refused with the reason, entry by entry', () => {
  const good = testSnapshotFile([testProvider('p', ['p.test'], 'mail.p.test')]);
  assert.equal(IspdbSnapshot.fromData(good).forDomain('p.test')?.id, 'p');
  const broken: [string, (f: SnapshotFile) => unknown, RegExp][] = [
    ['format', (f) => ({ ...f, format: 2 }), /format 2/],
    ['source', (f) => ({ ...f, source: { ...f.source, commit: undefined } }), /source record/],
    ['domain case', (f) => ((f.providers[0].domains = ['P.test']), f), /bad domain/],
    ['no domains', (f) => ((f.providers[0].domains = []), f), /no domains/],
    ['host', (f) => ((f.providers[0].servers[0][1] = 'bad host'), f), /bad host/],
    ['port', (f) => ((f.providers[0].servers[0][2] = 70000), f), /bad port/],
    ['security', (f) => ((f.providers[0].servers[0][3] = 'ssl' as never), f), /bad security/],
    ['protocol', (f) => ((f.providers[0].servers[0][0] = 'ews' as never), f), /unknown protocol/],
    ['tuple', (f) => ((f.providers[0].servers[0] = ['imap'] as never), f), /six-element/],
    ['not an object', () => null, /not a JSON object/],
  ];
  for (const [what, damage, message] of broken) {
    const copy = JSON.parse(JSON.stringify(good)) as SnapshotFile;
    assert.throws(() => IspdbSnapshot.fromData(damage(copy)), message, what);
  }
  const empty = IspdbSnapshot.empty('unreadable');
  assert.equal(empty.forDomain('gmail.com'), undefined);
  assert.equal(empty.problem, 'unreadable');
});
