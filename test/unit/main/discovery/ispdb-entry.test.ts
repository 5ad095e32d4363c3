import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readIspdbEntry } from '../../../../main/discovery/ispdb-entry';

const config = (body: string, domains = '<domain>example-isp.test</domain>') => `<?xml version="1.0" encoding="UTF-8"?>
<clientConfig version="1.1">
  <emailProvider id="shared-id.example">
    ${domains}
    <displayName>  Example
      ISP </displayName>
    <displayShortName>Ex</displayShortName>
    ${body}
    <documentation url="https://example.test/help"><descr>Prose we never keep</descr></documentation>
  </emailProvider>
</clientConfig>`;

const server = (
  kind: 'incomingServer' | 'outgoingServer',
  type: string,
  host: string,
  port: number,
  socket: string,
  auth: string[],
  user = '%EMAILADDRESS%',
) =>
  `<${kind} type="${type}"><hostname>${host}</hostname><port>${port}</port><socketType>${socket}</socketType>` +
  `${auth.map((a) => `<authentication>${a}</authentication>`).join('')}<username>${user}</username></${kind}>`;

test('an ISPDB file becomes facts: domains, servers by protocol, methods, templates, display name', () => {
  const entry = readIspdbEntry(
    config(
      [
        server('outgoingServer', 'smtp', 'smtp.%EMAILDOMAIN%', 587, 'STARTTLS', ['password-cleartext']),
        server('incomingServer', 'pop3', 'pop.example-isp.test', 995, 'SSL', ['password-cleartext']),
        server('incomingServer', 'imap', 'IMAP.Example-ISP.test', 993, 'SSL', ['OAuth2', 'password-cleartext'], '%EMAILLOCALPART%'),
        server('incomingServer', 'imap', 'imap.example-isp.test', 993, 'SSL', ['password-encrypted']),
        server('incomingServer', 'imap', 'imap.example-isp.test', 143, 'plain', []),
      ].join('\n'),
      '<domain>Example-ISP.test</domain><domain>second.test.</domain><domain>example-isp.test</domain>',
    ),
    'example-isp.test',
  );
  assert.ok(entry.ok, JSON.stringify(entry));
  assert.deepEqual(entry.provider, {
    id: 'example-isp.test',
    name: 'Example ISP',
    domains: ['example-isp.test', 'second.test'],
    servers: [
      ['imap', 'imap.example-isp.test', 993, 'tls', '%EMAILLOCALPART%', ['OAuth2', 'password-cleartext', 'password-encrypted']],
      ['imap', 'imap.example-isp.test', 143, 'plain', '%EMAILADDRESS%', []],
      ['pop3', 'pop.example-isp.test', 995, 'tls', '%EMAILADDRESS%', ['password-cleartext']],
      ['smtp', 'smtp.%EMAILDOMAIN%', 587, 'starttls', '%EMAILADDRESS%', ['password-cleartext']],
    ],
  });
  assert.ok(!JSON.stringify(entry).includes('Prose'), 'no prose');
});

test('servers of other kinds and broken servers are left out and reported; the OAuth2-only marker is kept', () => {
  const entry = readIspdbEntry(
    config(
      [
        server('incomingServer', 'imap', 'outlook.example.test', 993, 'SSL', ['OAuth2']),
        server('incomingServer', 'ews', 'ews.example.test', 443, 'SSL', ['OAuth2']),
        server('incomingServer', 'imap', 'bad host', 993, 'SSL', ['OAuth2']),
        server('incomingServer', 'pop3', 'pop.example.test', 99999, 'SSL', ['OAuth2']),
        server('outgoingServer', 'smtp', 'smtp.example.test', 587, 'TLS-ish', ['OAuth2']),
        server('outgoingServer', 'smtp', 'smtp.example.test', 587, 'STARTTLS', ['OAuth2']),
      ].join('\n'),
    ),
    'oauth.test',
  );
  assert.ok(entry.ok);
  assert.equal(entry.provider.passwordNote, 'oauth2-only');
  assert.deepEqual(
    entry.provider.servers.map((s) => `${s[0]}:${s[1]}:${s[2]}`),
    ['imap:outlook.example.test:993', 'smtp:smtp.example.test:587'],
  );
  assert.equal(entry.notes.length, 4, entry.notes.join('\n'));
  assert.ok(entry.notes.some((n) => /"ews"/.test(n)));
});

test('files that do not parse, name no domain or no usable server are refused with the reason', () => {
  const imap = server('incomingServer', 'imap', 'imap.example.test', 993, 'SSL', []);
  const cases: [string, string, RegExp][] = [
    ['not XML', '<clientConfig><emailProvider>', /well-formed/],
    ['a DTD', `<!DOCTYPE x [<!ENTITY a "b">]>${config(imap).replace(/^<\?xml[^>]*\?>/, '')}`, /DTD/],
    ['another document', '<html><body>hi</body></html>', /not a clientConfig/],
    ['no domain', config(imap, ''), /no valid domain/],
    ['only invalid domains', config(imap, '<domain>not a domain</domain>'), /no valid domain/],
    ['no server', config(server('incomingServer', 'ews', 'x.example.test', 443, 'SSL', [])), /no usable IMAP, POP3 or SMTP/],
  ];
  for (const [what, xml, reason] of cases) {
    const entry = readIspdbEntry(xml, 'x');
    assert.equal(entry.ok, false, what);
    assert.match(entry.ok ? '' : entry.reason, reason, what);
  }
});
