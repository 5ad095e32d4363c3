import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { CandidateSpec } from '../../../../main/discovery/candidate';
import type { SourceContext } from '../../../../main/discovery/sources/source';
import { srvSource } from '../../../../main/discovery/sources/srv-source';
import { mxSource } from '../../../../main/discovery/sources/mx-source';
import { guessSource } from '../../../../main/discovery/sources/guess-source';
import { autoconfigSource } from '../../../../main/discovery/sources/autoconfig-source';
import { autodiscoverSource } from '../../../../main/discovery/sources/autodiscover-source';
import type { MxAnswer, SrvAnswer } from '../../../../main/dns/mail-resolver';
import { failWith, MailSetupError, reason } from '../../../../main/errors/mail-setup-error';
import type { FetchResult } from '../../../../main/net/http-fetch';
import { parseEmail } from '../../../../shared/email/parse-email';
import type { Message } from '../../../../shared/model/message';
import type { ProviderInfo } from '../../../../shared/model/provider';
import { say } from '../../../helpers/english';
import { testSnapshot } from '../../../helpers/test-snapshot';

interface World {
  srv?: Record<string, SrvAnswer[]>;
  mx?: Record<string, MxAnswer[]>;
  hosts?: string[];
  /** URL → a document (served over HTTPS unless `plain`) or a status. */
  web?: Record<string, { body: string; plain?: boolean } | number>;
}

/** A source context over a made-up DNS and web, recording what the source reports. */
function fakeContext(address: string, world: World) {
  const parsed = parseEmail(address);
  if (!parsed.ok) throw new Error(address);
  const found: CandidateSpec[] = [];
  const notes: { level: string; code?: string; text: string }[] = [];
  const providers: ProviderInfo[] = [];
  const unexpected: unknown[] = [];
  const ctx: SourceContext = {
    email: parsed.email,
    resolver: {
      srv: async (name) => world.srv?.[name] ?? [],
      mx: async (name) => world.mx?.[name] ?? [],
      addresses: async (host) => {
        if (world.hosts?.includes(host)) return ['127.0.0.1'];
        throw failWith('EDNS', reason('no-address', { host }));
      },
    },
    trust: { extraCa: [], trustedFingerprints: [] },
    signal: new AbortController().signal,
    ispdbBaseUrl: 'https://ispdb.test/v1.1/',
    // Knows no domain: these sources ask (made-up) DNS and web only.
    ispdbSnapshot: testSnapshot([]),
    emit: (spec) => found.push(spec),
    warn: (code, message: Message) => notes.push({ level: 'warning', code, text: say(message) }),
    inform: (message) => notes.push({ level: 'info', text: say(message) }),
    noteProvider: (info) => providers.push(info),
    fetch: async (url): Promise<FetchResult> => {
      const page = world.web?.[url.split('?')[0]];
      if (page === undefined) throw failWith('EDNS', reason('no-address', { host: new URL(url).hostname }));
      if (typeof page === 'number') throw new MailSetupError({ code: 'EHTTP', reason: reason('http-status', { url, status: page }) }, page);
      return { status: 200, body: page.body, finalUrl: url, urls: [url], secure: !page.plain, headers: {} };
    },
    unexpected: (error) => unexpected.push(error),
  };
  return { ctx, found, notes, providers, unexpected };
}

const endpoints = (specs: CandidateSpec[]) => specs.map((s) => `${s.protocol}:${s.host}:${s.port}:${s.security}:${s.trust}`);

const clientConfig = (host: string) => `<?xml version="1.0"?><clientConfig version="1.1"><emailProvider id="x">
  <incomingServer type="imap"><hostname>${host}</hostname><port>993</port><socketType>SSL</socketType><username>%EMAILADDRESS%</username></incomingServer>
  <outgoingServer type="smtp"><hostname>${host}</hostname><port>465</port><socketType>SSL</socketType><username>%EMAILADDRESS%</username></outgoingServer>
</emailProvider></clientConfig>`;

test('SRV: priorities in order, "." means not offered, a target outside the domain is untrusted', async () => {
  const { ctx, found, notes } = fakeContext('a@example.test', {
    srv: {
      '_imaps._tcp.example.test': [
        { target: 'backup.example.test', port: 993, priority: 20, weight: 0 },
        { target: 'imap.example.test', port: 993, priority: 10, weight: 0 },
      ],
      '_submissions._tcp.example.test': [{ target: 'smtp.hoster.test', port: 465, priority: 0, weight: 0 }],
      '_pop3s._tcp.example.test': [{ target: '.', port: 0, priority: 0, weight: 0 }],
    },
  });
  await srvSource.run(ctx);
  assert.deepEqual(endpoints(found), [
    'imap:imap.example.test:993:tls:trusted',
    'imap:backup.example.test:993:tls:trusted',
    'smtp:smtp.hoster.test:465:tls:untrusted',
  ]);
  assert.deepEqual([found[0].preference, found[1].preference], [0, 1]);
  assert.deepEqual(notes, [{ level: 'info', text: '_pop3s._tcp.example.test: the domain says this service is not offered (target ".")' }]);
});

test('MX: a big provider behind it gives the provider table; its own domain is probed; another domain and its ISPDB entry are untrusted', async () => {
  const gmail = fakeContext('a@example.test', { mx: { 'example.test': [{ exchange: 'aspmx.l.google.com', priority: 1 }] } });
  await mxSource.run(gmail.ctx);
  assert.equal(gmail.providers[0]?.id, 'gmail');
  assert.ok(gmail.found.every((s) => s.source === 'mx' && s.trust === 'trusted' && s.host.endsWith('gmail.com')));
  assert.equal(gmail.found[0].sourceDetail, 'aspmx.l.google.com');

  const own = fakeContext('a@example.test', { mx: { 'example.test': [{ exchange: 'mx1.example.test', priority: 10 }] } });
  await mxSource.run(own.ctx);
  assert.equal(own.found.length, 6);
  assert.ok(own.found.every((s) => s.host === 'mx1.example.test' && s.trust === 'domain'));

  const elsewhere = fakeContext('a@example.test', {
    mx: { 'example.test': [{ exchange: 'mx.hoster.test', priority: 10 }] },
    web: { 'https://ispdb.test/v1.1/hoster.test': { body: clientConfig('mail.hoster.test') } },
  });
  await mxSource.run(elsewhere.ctx);
  assert.ok(elsewhere.found.filter((s) => s.source === 'mx').every((s) => s.trust === 'untrusted'));
  // The ISPDB entry of the MX's domain is that domain's word, reached through unauthenticated DNS: consent first.
  assert.deepEqual(endpoints(elsewhere.found.filter((s) => s.source === 'ispdb')), [
    'imap:mail.hoster.test:993:tls:untrusted',
    'smtp:mail.hoster.test:465:tls:untrusted',
  ]);
});

test('guessing probes only names that exist, on both TLS modes, inside the domain', async () => {
  const { ctx, found, unexpected } = fakeContext('a@example.test', { hosts: ['imap.example.test', 'example.test'] });
  await guessSource.run(ctx);
  assert.deepEqual(unexpected, []);
  assert.deepEqual(endpoints(found).sort(), [
    'imap:example.test:143:starttls:domain',
    'imap:example.test:993:tls:domain',
    'imap:imap.example.test:143:starttls:domain',
    'imap:imap.example.test:993:tls:domain',
    'pop3:example.test:110:starttls:domain',
    'pop3:example.test:995:tls:domain',
    'smtp:example.test:465:tls:domain',
    'smtp:example.test:587:starttls:domain',
  ]);
});

test('autoconfig: HTTPS wins; plain HTTP is only a fallback, untrusted and warned about; a missing file is only noted', async () => {
  const secure = fakeContext('a@example.test', {
    web: {
      'https://autoconfig.example.test/mail/config-v1.1.xml': { body: clientConfig('mail.example.test') },
      'http://autoconfig.example.test/mail/config-v1.1.xml': { body: clientConfig('evil.test'), plain: true },
      'https://example.test/.well-known/autoconfig/mail/config-v1.1.xml': 404,
    },
  });
  await autoconfigSource.run(secure.ctx);
  assert.deepEqual(endpoints(secure.found), ['imap:mail.example.test:993:tls:trusted', 'smtp:mail.example.test:465:tls:trusted']);
  assert.deepEqual(secure.notes, [
    {
      level: 'info',
      text: 'https://example.test/.well-known/autoconfig/mail/config-v1.1.xml?emailaddress=a%40example.test: no settings file',
    },
  ]);

  const plain = fakeContext('a@example.test', {
    web: { 'http://autoconfig.example.test/mail/config-v1.1.xml': { body: clientConfig('mail.example.test'), plain: true } },
  });
  await autoconfigSource.run(plain.ctx);
  assert.ok(plain.found.every((s) => s.source === 'autoconfig-http' && s.trust === 'untrusted'));
  assert.ok(plain.notes.some((n) => n.level === 'warning' && n.code === 'EHTTP' && /unencrypted HTTP/.test(n.text)));
});

test('autoconfig: a broken file is a warning with the reason; Autodiscover: 401 means "not here", a redirect is not followed', async () => {
  const broken = fakeContext('a@example.test', {
    web: { 'https://autoconfig.example.test/mail/config-v1.1.xml': { body: '<!DOCTYPE x [<!ENTITY a "b">]><clientConfig/>' } },
  });
  await autoconfigSource.run(broken.ctx);
  assert.equal(broken.found.length, 0);
  assert.ok(broken.notes.some((n) => n.code === 'EXML' && /declares a DTD or entities/.test(n.text)));

  const pox = `<?xml version="1.0"?><Autodiscover xmlns="http://schemas.microsoft.com/exchange/autodiscover/responseschema/2006">
    <Response xmlns="http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a"><Account>
    <Action>redirectAddr</Action><RedirectAddr>b@other.test</RedirectAddr></Account></Response></Autodiscover>`;
  const ad = fakeContext('a@example.test', {
    web: {
      'https://example.test/autodiscover/autodiscover.xml': 401,
      'https://autodiscover.example.test/autodiscover/autodiscover.xml': { body: pox },
    },
  });
  await autodiscoverSource.run(ad.ctx);
  assert.equal(ad.found.length, 0);
  assert.deepEqual(
    ad.notes.map((n) => n.text),
    [
      'https://example.test/autodiscover/autodiscover.xml: no Autodiscover answer',
      'https://autodiscover.example.test/autodiscover/autodiscover.xml: Autodiscover points to another address (b@other.test); not followed',
    ],
  );
});

test('a source that meets a bug reports it as unexpected instead of swallowing it', async () => {
  const { ctx, unexpected } = fakeContext('a@example.test', {});
  ctx.resolver.addresses = async () => {
    throw new TypeError('resolver.lookup is not a function');
  };
  await guessSource.run(ctx);
  assert.ok(unexpected.length > 0 && unexpected.every((e) => e instanceof TypeError));
});
