import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseEmail } from '../../../main/email/parse-email';

test('addresses are split, lower-cased in the domain, and IDN domains turned to ASCII', () => {
  const cases: [string, string, string, string][] = [
    ['  Alice@Example.COM ', 'Alice', 'example.com', 'example.com'],
    ['jörg@bücher.example', 'jörg', 'xn--bcher-kva.example', 'bücher.example'],
    ['用户@例子.中国', '用户', 'xn--fsqu00a.xn--fiqs8s', '例子.中国'],
    ['first.last+tag@sub.example.co.uk', 'first.last+tag', 'sub.example.co.uk', 'sub.example.co.uk'],
    ['trailing@example.org.', 'trailing', 'example.org', 'example.org'],
  ];
  for (const [input, local, domain, unicode] of cases) {
    const parsed = parseEmail(input);
    assert.ok(parsed.ok, input);
    if (!parsed.ok) continue;
    assert.deepEqual([parsed.email.localPart, parsed.email.domain, parsed.email.domainUnicode], [local, domain, unicode], input);
  }
});

test('malformed addresses are refused with a reason', () => {
  for (const input of [
    'plainaddress',
    '@example.com',
    'a@',
    'a@@b.com',
    'a b@example.com',
    '.a@example.com',
    'a.@example.com',
    'a@example',
    'a@exa mple.com',
    `${'x'.repeat(65)}@example.com`,
    `a@${'b'.repeat(64)}.com`,
    'a@-example.com',
    'a@example..com',
  ]) {
    const parsed = parseEmail(input);
    assert.equal(parsed.ok, false, input);
    if (!parsed.ok) assert.ok(parsed.reason.length > 10, input);
  }
});
