import { test } from 'node:test';
import assert from 'node:assert/strict';
import { passwordDecision, STRICT_POLICY } from '../../../../main/probe/password-policy';
import { fillTemplate, usernameForms } from '../../../../main/probe/username-forms';
import { parseEmail } from '../../../../shared/email/parse-email';

test('the password goes only where the user allowed it: trusted sources, encrypted connections', () => {
  assert.deepEqual(passwordDecision('mail.example.test', 'tls', 'trusted', STRICT_POLICY), { send: true });
  assert.deepEqual(passwordDecision('mail.example.test', 'starttls', 'domain', STRICT_POLICY), { send: true });
  assert.deepEqual(passwordDecision('mx.other.test', 'tls', 'untrusted', STRICT_POLICY), { send: false, code: 'ENOCONSENT' });
  assert.deepEqual(passwordDecision('mail.example.test', 'plain', 'trusted', STRICT_POLICY), { send: false, code: 'EPLAINTEXT' });
  // Consent comes first: an untrusted plaintext host needs both.
  assert.deepEqual(passwordDecision('mx.other.test', 'plain', 'untrusted', STRICT_POLICY), { send: false, code: 'ENOCONSENT' });
  const allowed = { allowPlaintext: ['MAIL.example.test'], consent: ['mx.other.test'] };
  assert.deepEqual(passwordDecision('mail.example.test', 'plain', 'trusted', allowed), { send: true }, 'host names compare without case');
  assert.deepEqual(passwordDecision('other.example.test', 'plain', 'trusted', allowed), { send: false, code: 'EPLAINTEXT' }, 'per host');
  assert.deepEqual(passwordDecision('mx.other.test', 'tls', 'untrusted', allowed), { send: true });
  assert.deepEqual(passwordDecision('anything.test', 'plain', 'untrusted', { allowPlaintext: 'all', consent: 'all' }), { send: true });
});

test('username forms: the source template first, then the other common form; a typed name alone', () => {
  const parsed = parseEmail('Jörg.M@bücher.example');
  assert.ok(parsed.ok);
  if (!parsed.ok) return;
  const email = parsed.email;
  assert.equal(fillTemplate('%EMAILLOCALPART%@%EMAILDOMAIN%', email), 'Jörg.M@xn--bcher-kva.example');
  assert.deepEqual(usernameForms('%EMAILADDRESS%', email), ['Jörg.M@xn--bcher-kva.example', 'Jörg.M']);
  assert.deepEqual(usernameForms('%EMAILLOCALPART%', email), ['Jörg.M', 'Jörg.M@xn--bcher-kva.example']);
  assert.deepEqual(usernameForms('j.mueller', email), ['j.mueller'], 'a literal name from a settings file is tried alone');
  assert.deepEqual(usernameForms('%EMAILADDRESS%', email, 'typed-name'), ['typed-name']);
});
