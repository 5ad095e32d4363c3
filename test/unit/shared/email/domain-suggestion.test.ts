import { test } from 'node:test';
import assert from 'node:assert/strict';
import { editDistance, suggestDomain } from '../../../../shared/email/domain-suggestion';
import { likelyTypo } from '../../../../main/discovery/typo-check';
import { IspdbSnapshot } from '../../../../main/discovery/ispdb-snapshot';
import { displayAddress, displayHost, withDisplayHosts } from '../../../../shared/email/idn';
import { parseEmail } from '../../../../shared/email/parse-email';

const KNOWN = ['gmail.com', 'googlemail.com', 'hotmail.com', 'outlook.com', 'yahoo.com', 'qq.com', '163.com', 'web.de', 'icloud.com'];

test('edit distance counts a swap of neighbours as one slip', () => {
  assert.equal(editDistance('gmial.com', 'gmail.com'), 1);
  assert.equal(editDistance('gmal.com', 'gmail.com'), 1);
  assert.equal(editDistance('gmaill.com', 'gmail.com'), 1);
  assert.equal(editDistance('hotnail.com', 'hotmail.com'), 1);
  assert.equal(editDistance('abc', 'xyz'), 3);
  assert.equal(editDistance('abcdef', 'uvwxyz', 2), 3, 'gives up above the limit');
});

test('slips of well-known domains and of .com endings are suggested; real and distant domains are not', () => {
  const cases: [string, string | undefined][] = [
    ['gmial.com', 'gmail.com'],
    ['gmai.com', 'gmail.com'],
    ['gnail.com', 'gmail.com'],
    ['gmail.con', 'gmail.com'],
    ['gmail.cmo', 'gmail.com'],
    ['gmail.co', 'gmail.com'],
    ['gmail.cm', 'gmail.com'],
    ['hotmial.com', 'hotmail.com'],
    ['outlok.com', 'outlook.com'],
    ['yaho.com', 'yahoo.com'],
    ['qq.con', 'qq.com'],
    ['163.cmo', '163.com'],
    ['icluod.com', 'icloud.com'],
    ['example.con', 'example.com'],
    ['example.nte', 'example.net'],
    // A name too short to guess from, a real neighbour, something far away, a known domain.
    ['qa.com', undefined],
    ['wbe.de', undefined],
    ['example.com', undefined],
    ['example.co', undefined],
    ['guess.test', undefined],
    ['gmail.com', undefined],
  ];
  for (const [typed, expected] of cases) assert.equal(suggestDomain(typed, KNOWN), expected, typed);
});

test('a domain the provider table or the ISPDB snapshot lists is a real mail domain, never a typo', () => {
  assert.equal(likelyTypo('gmial.com'), 'gmail.com');
  assert.equal(likelyTypo('gmail.con'), 'gmail.com');
  // mail.com is one letter from gmail.com, and a real provider.
  assert.equal(likelyTypo('mail.com'), undefined);
  const snapshot = IspdbSnapshot.fromData({
    format: 1,
    source: { repository: 'test', commit: 'x', commitDate: '2025-01-01T00:00:00Z', retrieved: '2025-01-01' },
    providers: [
      {
        id: 'gmai.example',
        name: 'Gmai',
        domains: ['gmai.com'],
        servers: [['imap', 'imap.gmai.com', 993, 'tls', '%EMAILADDRESS%', ['password-cleartext']]],
      },
    ],
  });
  assert.equal(likelyTypo('gmai.com', snapshot), undefined, 'listed in the snapshot');
  assert.equal(likelyTypo('gmai.com'), 'gmail.com');
});

test('international domains are shown in Unicode however they were typed, and only real IDN labels change', () => {
  assert.equal(displayHost('xn--bcher-kva.example'), 'bücher.example');
  assert.equal(displayHost('imap.XN--BCHER-KVA.example'), 'imap.bücher.example');
  assert.equal(displayHost('xn--fsqu00a.xn--fiqs8s'), '例子.中国');
  assert.equal(displayHost('mail.example.com'), 'mail.example.com');
  assert.equal(displayHost('xn--99.example'), 'xn--99.example', 'a label that does not decode stays as it is');
  assert.equal(displayHost('xn--abc-.example'), 'xn--abc-.example', 'one that decodes to plain ASCII too');
  assert.equal(
    displayHost('Your password is wrong: xn--bcher-kva.example'),
    'Your password is wrong: xn--bcher-kva.example',
    'not a host name',
  );
  assert.equal(displayAddress('jörg@xn--bcher-kva.example'), 'jörg@bücher.example');
  const typedAscii = parseEmail('anna@xn--bcher-kva.example');
  assert.ok(typedAscii.ok);
  assert.equal(typedAscii.email.domainUnicode, 'bücher.example');
  assert.deepEqual(
    withDisplayHosts({
      key: 'finding:password-wrong',
      params: { hosts: ['imap.xn--bcher-kva.example'], usernames: ['anna@xn--bcher-kva.example'], port: 993 },
    }).params,
    { hosts: ['imap.bücher.example'], usernames: ['anna@bücher.example'], port: 993 },
  );
});
