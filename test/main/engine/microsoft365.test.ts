import { test } from 'node:test';
import assert from 'node:assert/strict';
import { discoverInWorld } from '../../helpers/discover-in-world';
import type { Microsoft365Fact } from '../../../shared/model/mailbox-facts';
import { english } from '../../helpers/english';

// "ms.m365.test" plays Microsoft's Autodiscover service (https://outlook.office365.com by default).
const MICROSOFT = { microsoftAutodiscoverUrl: 'https://ms.m365.test' };

const fact = (facts: unknown[] | undefined) => facts?.find((f): f is Microsoft365Fact => (f as Microsoft365Fact).kind === 'microsoft365');

test('Microsoft 365 recognised by its MX, confirmed by Autodiscover v2 and the POX answer, with what it means per app', async () => {
  const { result } = await discoverInWorld('alex@m365.test', undefined, { ...MICROSOFT, sources: ['microsoft365', 'mx'] });
  const m365 = fact(result.facts);
  assert.ok(m365, JSON.stringify(result.facts));
  assert.equal(m365.audience, 'work');
  assert.equal(m365.mailbox, 'exchange-online');
  assert.deepEqual(
    m365.evidence.map((e) => e.lookup),
    ['mx', 'autodiscover-v2', 'autodiscover-pox'],
  );
  assert.match(m365.evidence[0].detail, /m365-test\.mail\.protection\.outlook\.com/);
  assert.equal(m365.endpoints.activeSync, 'https://outlook.office365.com/Microsoft-Server-ActiveSync');
  assert.deepEqual(
    m365.apps.map((a) => `${a.app}:${a.connection}`),
    ['outlook:exchange', 'apple-mail:exchange-activesync', 'thunderbird:imap-oauth', 'other:imap-oauth'],
  );
  for (const a of m365.apps) {
    const key = `signin:microsoft365.app.${a.connection}` as const;
    assert.ok(english.has(key) && english.t(key).length > 20, key);
  }
  // Every lookup behind the fact is in the result, for the diagnostic report.
  for (const e of m365.evidence.filter((e) => e.url))
    assert.ok(
      result.http.some((h) => h.url === e.url),
      e.url,
    );
  assert.ok(result.dns.some((q) => q.type === 'MX' && q.name === 'm365.test'));
  assert.equal(result.providers[0]?.id, 'microsoft365');
});

test("Microsoft 365 behind a filtering MX: only the domain's Autodiscover v2 answer reveals it", async () => {
  const { result } = await discoverInWorld('alex@filtered365.test', undefined, { ...MICROSOFT, sources: ['microsoft365'] });
  const m365 = fact(result.facts);
  assert.ok(m365);
  assert.equal(m365.mailbox, 'exchange-online');
  assert.deepEqual(
    m365.evidence.map((e) => e.lookup),
    ['autodiscover-v2', 'autodiscover-pox'],
  );
  assert.match(
    m365.evidence[0].url ?? '',
    /^https:\/\/autodiscover\.filtered365\.test\/autodiscover\/autodiscover\.json\?Email=alex%40filtered365\.test&Protocol=ActiveSync$/,
  );
  // The provider and its servers are named, as an MX at Microsoft would have named them.
  assert.equal(result.providers[0]?.id, 'microsoft365');
  assert.ok(result.candidates.some((c) => c.host === 'outlook.office365.com' && c.protocol === 'imap'));
});

test('Outlook.com is recognised from its domain, without asking anyone', async () => {
  const { result } = await discoverInWorld('someone@outlook.com', undefined, { ...MICROSOFT, sources: ['microsoft365'] });
  const m365 = fact(result.facts);
  assert.ok(m365);
  assert.equal(m365.audience, 'consumer');
  assert.equal(m365.evidence[0].lookup, 'provider-table');
});

test("an ordinary domain is not sent to Microsoft: no fact, no request to Microsoft's service", async () => {
  const { result } = await discoverInWorld('alice@guess.test', undefined, { ...MICROSOFT, sources: ['microsoft365'] });
  assert.equal(fact(result.facts), undefined);
  assert.ok(!result.http.some((h) => h.url.startsWith('https://ms.m365.test')), JSON.stringify(result.http.map((h) => h.url)));
});
