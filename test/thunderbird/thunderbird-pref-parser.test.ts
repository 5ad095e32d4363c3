import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { prefString, userPrefLine } from '../../main/export/thunderbird-pref-syntax';
import { MailSetupError } from '../../main/errors/mail-setup-error';
import { ADDR } from '../world/world-plan';
import { Thunderbird } from './thunderbird-instance';
import { PARSE_PREFS } from './chrome-scripts';
import { TB_NASTY_NAME } from './verified-cases';

let tb: Thunderbird;

before(async () => {
  tb = await Thunderbird.launch({ loopbackAddress: ADDR.good });
});

after(() => tb?.close());

interface Parsed {
  prefs: { kind: string; name: string; value: string | number | boolean }[];
  errors: string[];
}

// Every ASCII control character, both quotes, backslashes, XML's specials, CJK, an emoji (a surrogate pair),
// the JavaScript line separators, and a name that looks like the end of a pref statement.
const CONTROL_CHARACTERS = Array.from({ length: 31 }, (_, i) => String.fromCharCode(i + 1)).join('') + '\x7f';
const VALUES = [
  TB_NASTY_NAME,
  CONTROL_CHARACTERS,
  'tab\there, newline\nthere, return\rthere',
  `"'\\\\"\\`,
  '&amp; <b> </script>',
  '张伟 Ελένη Zoë Łukasz 😀',
  'line\u2028separator\u2029',
  '"); user_pref("mail.evil", "1',
  'x'.repeat(5000),
];

test("every string our prefs files write is read back unchanged by Thunderbird's own pref parser", async () => {
  const text = VALUES.map((value, i) => userPrefLine({ name: `mailsetup.test.value${i}`, value })).join('\n');
  assert.match(text, /^[\x20-\x7e\n]*$/, 'the file is pure ASCII');
  const parsed = await tb.run<Parsed>(PARSE_PREFS, text);
  assert.deepEqual(parsed.errors, []);
  assert.deepEqual(
    parsed.prefs,
    VALUES.map((value, i) => ({ kind: 'User', name: `mailsetup.test.value${i}`, value })),
  );
});

test('integers and booleans, up to the 32-bit limit Thunderbird keeps', async () => {
  const text = [
    userPrefLine({ name: 'a.port', value: 65535 }),
    userPrefLine({ name: 'a.max', value: 2 ** 31 - 1 }),
    userPrefLine({ name: 'a.flag', value: true }),
  ].join('\n');
  const parsed = await tb.run<Parsed>(PARSE_PREFS, text);
  assert.deepEqual(parsed.errors, []);
  assert.deepEqual(
    parsed.prefs.map((p) => p.value),
    [65535, 2 ** 31 - 1, true],
  );
  assert.throws(() => userPrefLine({ name: 'a.big', value: 2 ** 31 }), MailSetupError);
  assert.throws(() => userPrefLine({ name: 'a.half', value: 1.5 }), MailSetupError);
});

test('what cannot be stored is refused with a clear error, and a broken surrogate becomes U+FFFD', async () => {
  assert.throws(() => prefString('a\u0000b'), /NUL character/);
  const parsed = await tb.run<Parsed>(PARSE_PREFS, userPrefLine({ name: 'a.b', value: 'x\ud800y' }));
  assert.deepEqual(parsed.errors, []);
  assert.equal(parsed.prefs[0].value, 'x\ufffdy');
});

test("control: JSON.stringify's escapes, which the old user.js used, are a parse error for Thunderbird", async () => {
  const parsed = await tb.run<Parsed>(
    PARSE_PREFS,
    `user_pref(${JSON.stringify('mail.identity.id1.fullName')}, ${JSON.stringify(TB_NASTY_NAME)});`,
  );
  assert.equal(parsed.prefs.length, 0, 'the name is dropped');
  assert.match(parsed.errors.join('\n'), /prefs parse error: unexpected escape sequence character/);
});
