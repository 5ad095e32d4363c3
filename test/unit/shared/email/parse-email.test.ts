import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseEmail, type EmailProblem } from '../../../../shared/email/parse-email';
import { english } from '../../../helpers/english';

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

test('malformed addresses are refused with the problem a person can fix, worded by the catalog', () => {
  const cases: [string, EmailProblem][] = [
    ['', 'empty'],
    ['plainaddress', 'no-at'],
    ['@example.com', 'no-local'],
    ['a@', 'no-domain'],
    ['a@@b.com', 'two-at'],
    ['a b@example.com', 'bad-local'],
    ['.a@example.com', 'bad-local'],
    ['a.@example.com', 'bad-local'],
    ['a@example', 'bad-domain'],
    ['a@exa mple.com', 'bad-domain'],
    [`${'x'.repeat(65)}@example.com`, 'bad-local'],
    [`a@${'b'.repeat(64)}.com`, 'bad-domain'],
    ['a@-example.com', 'bad-domain'],
    ['a@example..com', 'bad-domain'],
    [`${'x'.repeat(60)}@${'d'.repeat(60)}.${'e'.repeat(60)}.${'f'.repeat(60)}.${'g'.repeat(60)}.com`, 'too-long'],
  ];
  for (const [input, problem] of cases) {
    const parsed = parseEmail(input);
    assert.deepEqual(parsed, { ok: false, problem }, input);
    assert.ok(english.t(`email:problem.${problem}`).length > 10, problem);
  }
});
