import { test } from 'node:test';
import assert from 'node:assert/strict';
import { whyNothingFound } from '../../../../main/report/nothing-found';
import { structuredVerdict } from '../../../../main/report/verdict';
import type { DnsQuery } from '../../../../shared/model/lookups';
import { done, resultWith } from '../../helpers/candidates';

const q = (type: DnsQuery['type'], name: string, over: Partial<DnsQuery> = {}): DnsQuery => ({
  type,
  name,
  server: '127.0.0.53',
  ms: 1,
  answers: [],
  ...over,
});
const gmail = {
  id: 'gmail',
  name: 'Gmail / Google Workspace',
  passwordNote: 'app-password' as const,
  helpUrl: 'https://support.google.com/mail/answer/185833',
};

test('offline: no DNS server answered anything and nothing was reached, even for a provider the app knows', () => {
  const imap = done({ host: 'imap.gmail.com', outcome: { code: 'EDNS' } });
  const result = resultWith(
    [imap],
    {},
    {
      email: 'lena@gmail.com',
      providers: [gmail],
      dns: [q('A', 'imap.gmail.com', { error: 'ECONNREFUSED' }), q('MX', 'gmail.com', { error: 'ETIMEOUT' })],
    },
  );
  assert.equal(whyNothingFound(result), 'offline');
  const verdict = structuredVerdict(result, true);
  assert.equal(verdict.status, 'not-found');
  assert.deepEqual(
    verdict.findings.map((f) => f.message.key),
    ['finding:offline', 'finding:provider-note'],
    "the provider's note is kept offline",
  );
});

test('a DNS answer or any web answer means the network works: not "offline"', () => {
  const silent = done({ outcome: { code: 'EDNS' } });
  const dnsAnswered = resultWith([silent], {}, { dns: [q('A', 'imap.example.test'), q('MX', 'example.test', { error: 'ESERVFAIL' })] });
  assert.notEqual(whyNothingFound(dnsAnswered), 'offline');
  const webAnswered = resultWith(
    [silent],
    {},
    {
      dns: [q('MX', 'example.test', { error: 'ETIMEOUT' })],
      http: [{ url: 'https://ispdb.example/v1.1/example.test', method: 'GET', status: 404, redirects: [], tlsVerified: true, ms: 3 }],
    },
  );
  assert.equal(whyNothingFound(webAnswered), undefined);
  const cancelledOnly = resultWith([], {}, { dns: [q('MX', 'example.test', { error: 'ECANCELLED' })] });
  assert.equal(whyNothingFound(cancelledOnly), undefined, 'a cancelled question says nothing about the network');
});

test('no such domain: DNS says the domain itself does not exist', () => {
  const result = resultWith(
    [],
    {},
    {
      email: 'ann@nosuch.test',
      dns: [q('MX', 'nosuch.test', { noSuchName: true }), q('SRV', '_imaps._tcp.nosuch.test', { noSuchName: true })],
    },
  );
  assert.equal(whyNothingFound(result), 'no-such-domain');
  assert.deepEqual(
    structuredVerdict(result, true).findings.map((f) => f.kind),
    ['no-such-domain'],
  );
});

test('no mail servers: the domain exists without an MX, and nothing answers the mail ports under it', () => {
  const refused = [993, 143, 465, 587].map((port) => done({ host: 'website.test', port, outcome: { code: 'ECONNREFUSED' } }));
  const result = resultWith(
    refused,
    {},
    { email: 'rita@website.test', dns: [q('A', 'website.test', { answers: ['192.0.2.1'] }), q('MX', 'website.test')] },
  );
  assert.equal(whyNothingFound(result), 'no-mail-servers');
  // Servers that time out may be behind a firewall: that is "unreachable", not "no mail servers".
  const dropped = refused.map((c) => ({ ...c, outcome: { code: 'ETIMEDOUT' as const } }));
  assert.equal(whyNothingFound({ ...result, candidates: dropped }), undefined);
  // A server that answered but did not work is not "nothing".
  const broken = [done({ host: 'mail.website.test', outcome: { code: 'EPROTOCOL' } })];
  assert.equal(whyNothingFound({ ...result, candidates: broken }), undefined);
  // Found something: never any of these.
  const ok = done({});
  assert.equal(whyNothingFound(resultWith([ok], { incoming: ok })), undefined);
});
