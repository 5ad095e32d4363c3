import assert from 'node:assert/strict';

/**
 * Every trace of a password in a text, found independently of the app's own redaction: the password in any
 * letter case, JSON-escaped, base64 of it, and any base64 run (standard or URL alphabet, at any of the four
 * character offsets) that decodes to something holding the password or its first or last five characters —
 * which covers a SASL PLAIN token at any byte alignment and a token cut short.
 */
export function passwordLeaks(text: string, password: string, options: { cutOff?: boolean } = {}): string[] {
  const leaks: string[] = [];
  const lower = text.toLowerCase();
  for (const form of [password, JSON.stringify(password).slice(1, -1)]) if (lower.includes(form.toLowerCase())) leaks.push(form);
  // A copy cut short (its first or last eight characters), for passwords made to share no word with anything else.
  if (options.cutOff && password.length > 8)
    for (const piece of [password.slice(0, 8), password.slice(-8)]) if (text.includes(piece)) leaks.push(`${piece}…`);
  const bytes = Buffer.from(password, 'utf8').toString('latin1');
  const pieces = bytes.length > 5 ? [bytes, bytes.slice(0, 5), bytes.slice(-5)] : [bytes];
  for (const run of text.match(/[A-Za-z0-9+/_-]{6,}={0,2}/g) ?? []) {
    for (let offset = 0; offset < 4; offset++) {
      const decoded = Buffer.from(run.slice(offset), 'base64').toString('latin1');
      if (pieces.some((piece) => decoded.includes(piece))) {
        leaks.push(run);
        break;
      }
    }
  }
  return leaks;
}

/** Fails when any form of the password is in the text (or in the JSON of a value). */
export function assertNoPasswordIn(value: unknown, password: string, where = 'the output', options: { cutOff?: boolean } = {}): void {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  const leaks = passwordLeaks(text, password, options);
  assert.deepEqual(leaks, [], `the password leaked into ${where}: ${leaks.join(', ')}`);
}
