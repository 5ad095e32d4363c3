import { test } from 'node:test';
import assert from 'node:assert/strict';
import { allProviders, providerForDomain, providerForMx } from '../../../../main/discovery/provider-table';
import { isValidHostName } from '../../../../shared/model/valid-endpoint';
import { LANGUAGES } from '../../../../shared/messages/languages';
import { createTranslator } from '../../../../shared/messages/translator';

test('the table covers the big global and Chinese providers, each with servers or a note', () => {
  for (const domain of [
    'gmail.com',
    'outlook.com',
    'hotmail.com',
    'yahoo.com',
    'icloud.com',
    'aol.com',
    'gmx.net',
    'web.de',
    'yandex.ru',
    'mail.ru',
    'qq.com',
    '163.com',
    '126.com',
    'fastmail.com',
    'zoho.com',
    'posteo.de',
    'mailbox.org',
    'proton.me',
    'sina.com',
    'aliyun.com',
    '139.com',
  ]) {
    assert.ok(providerForDomain(domain), domain);
  }
  for (const p of allProviders()) {
    const servers = [...p.incoming, ...p.outgoing];
    // Advice lives in the catalog, in every language; a provider that needs something special has some.
    for (const { code } of LANGUAGES) {
      const advice = createTranslator(code).has(`source:provider.${p.id}`);
      assert.ok(servers.length > 0 || advice, `${p.id} (${code})`);
      if (p.passwordNote) assert.ok(advice, `${p.id} needs ${p.passwordNote}: its advice is missing in ${code}`);
    }
    for (const [protocol, host, port, security] of servers) {
      assert.ok(
        ['imap', 'pop3', 'smtp'].includes(protocol) && isValidHostName(host) && port > 0 && ['tls', 'starttls', 'plain'].includes(security),
        `${p.id} ${host}`,
      );
    }
    if (p.helpUrl) assert.match(p.helpUrl, /^https:\/\//, p.id);
  }
  assert.equal(providerForDomain('qq.com')?.passwordNote, 'authorization-code');
});

test('MX host names lead to the provider that hosts the domain, longest suffix first', () => {
  assert.equal(providerForMx('aspmx.l.google.com.')?.id, 'gmail');
  assert.equal(providerForMx('contoso-com.mail.protection.outlook.com')?.id, 'microsoft365');
  assert.equal(providerForMx('mx1.qq.com')?.id, 'qq');
  assert.equal(providerForMx('in1-smtp.messagingengine.com')?.id, 'fastmail');
  assert.equal(providerForMx('notgoogle.com'), undefined, 'a suffix must match whole labels');
  assert.equal(providerForMx('mail.example.org'), undefined);
});
