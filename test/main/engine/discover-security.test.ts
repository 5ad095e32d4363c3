import { test } from 'node:test';
import assert from 'node:assert/strict';
import { candidate, discoverInWorld } from '../../helpers/discover-in-world';
import { say, sayOutcome } from '../../helpers/english';
import { USERS } from '../../world/world-plan';

test('a STARTTLS-only server: upgraded before login, recorded as required', async () => {
  const { result } = await discoverInWorld(USERS.tina.login, USERS.tina.password, { exhaustive: true });
  assert.equal(result.incoming?.host, 'mail.starttls.test');
  assert.equal(result.incoming?.port, 143);
  assert.equal(result.incoming?.security, 'starttls');
  assert.equal(result.incoming?.verified, true);
  assert.equal(result.outgoing?.port, 587);
  assert.equal(result.outgoing?.verified, true);
  const imap = candidate(result, 'mail.starttls.test', 143);
  assert.equal(imap.probe?.starttls, 'required', 'LOGINDISABLED before STARTTLS');
  assert.equal(imap.probe?.tls?.verified, true);
  assert.equal(candidate(result, 'mail.starttls.test', 993).outcome.code, 'ECONNREFUSED');
});

test('a plaintext-only server: found, but the password is not sent unless allowed for that host', async () => {
  const refused = await discoverInWorld(USERS.paul.login, USERS.paul.password);
  const imap = candidate(refused.result, 'mail.plain.test', 143);
  assert.equal(imap.security, 'plain');
  assert.equal(imap.probe?.starttls, 'missing');
  assert.equal(imap.outcome.code, 'EPLAINTEXT');
  assert.equal(imap.logins.length, 0);
  assert.equal(candidate(refused.result, 'mail.plain.test', 587).logins.length, 0);
  assert.equal(refused.result.incoming?.verified, false);

  const otherHost = await discoverInWorld(USERS.paul.login, USERS.paul.password, { allowPlaintext: ['imap.elsewhere.test'] });
  assert.equal(candidate(otherHost.result, 'mail.plain.test', 143).logins.length, 0, 'permission is per host');

  const allowed = await discoverInWorld(USERS.paul.login, USERS.paul.password, { allowPlaintext: ['mail.plain.test'] });
  assert.equal(allowed.result.incoming?.security, 'plain');
  assert.equal(allowed.result.incoming?.verified, true);
  assert.equal(allowed.result.outgoing?.verified, true);
  assert.ok(allowed.result.incoming!.reasons.some((w) => /not encrypted/.test(say(w))));
});

test('a self-signed certificate: classified, fingerprint shown, and trusted only when the user pins it', async () => {
  const first = await discoverInWorld(USERS.sid.login, USERS.sid.password);
  const imap = candidate(first.result, 'mail.selfsigned.test', 993);
  assert.equal(imap.outcome.code, 'ETLS');
  assert.equal(imap.outcome.certProblem, 'self-signed');
  assert.equal(imap.logins.length > 0 ? imap.logins.every((l) => !l.ok) : true, true);
  const fingerprint = imap.probe?.tls?.certificate?.fingerprint256;
  assert.ok(fingerprint);
  assert.match(sayOutcome(imap.outcome), /self-signed/);

  const pinned = await discoverInWorld(USERS.sid.login, USERS.sid.password, { trustedFingerprints: [fingerprint] });
  assert.equal(pinned.result.incoming?.host, 'mail.selfsigned.test');
  assert.equal(pinned.result.incoming?.verified, true);
  assert.equal(pinned.result.outgoing?.verified, true);
  assert.equal(candidate(pinned.result, 'mail.selfsigned.test', 993).probe?.tls?.trustedByUser, true);

  const wrongPin = await discoverInWorld(USERS.sid.login, USERS.sid.password, { trustedFingerprints: ['AA:BB'] });
  assert.equal(candidate(wrongPin.result, 'mail.selfsigned.test', 993).outcome.code, 'ETLS');
});

test('expired and wrong-host certificates are told apart', async () => {
  const expired = await discoverInWorld('ed@expired.test', 'irrelevant');
  const e = candidate(expired.result, 'mail.expired.test', 993);
  assert.equal(e.outcome.code, 'ETLS');
  assert.equal(e.outcome.certProblem, 'expired');
  assert.match(e.probe?.tls?.certificate?.validTo ?? '', /^\d{4}-/);
  assert.ok(new Date(e.probe!.tls!.certificate!.validTo) < new Date());

  const wrong = await discoverInWorld('will@wronghost.test', 'irrelevant');
  const w = candidate(wrong.result, 'mail.wronghost.test', 993);
  assert.equal(w.outcome.code, 'ETLS');
  assert.equal(w.outcome.certProblem, 'wrong-host');
  assert.deepEqual(w.probe?.tls?.certificate?.subjectAltNames, ['other.invalid']);
});

test('a wrong password: the server is found, the outcome says the login was rejected', async () => {
  const { result } = await discoverInWorld(USERS.alice.login, 'definitely wrong');
  assert.equal(result.incoming?.host, 'imap.guess.test');
  assert.equal(result.incoming?.verified, false);
  const imap = candidate(result, 'imap.guess.test', 993);
  assert.equal(imap.outcome.code, 'EAUTH');
  assert.match(sayOutcome(imap.outcome), /rejected the login/);
  assert.ok(imap.logins.every((l) => !l.ok));
  // Each login name goes once to each direction, whichever candidate asks first: never more than three refusals.
  assert.ok(
    result.refusedLogins !== undefined && result.refusedLogins >= 1 && result.refusedLogins <= 3,
    `${result.refusedLogins} refused`,
  );
  const sent = result.candidates.flatMap((c) => c.logins.filter((l) => l.error?.code === 'EAUTH'));
  assert.equal(sent.length, result.refusedLogins, 'the count is the logins servers actually refused');
});

test('login names that are not the address: a typed name, and the local part found after a rejection', async () => {
  const typed = await discoverInWorld('carol@guess.test', USERS.carol.password, { username: USERS.carol.login });
  assert.equal(typed.result.incoming?.username, 'c.smith');
  assert.equal(typed.result.incoming?.verified, true);
  assert.equal(typed.result.outgoing?.verified, true);

  const local = await discoverInWorld('dave@guess.test', USERS.dave.password);
  assert.equal(local.result.incoming?.username, 'dave');
  assert.equal(local.result.incoming?.verified, true);
});

test('a password with spaces, quotes and backslashes logs in everywhere and never shows up in the result', async () => {
  const { result } = await discoverInWorld(USERS.eve.login, USERS.eve.password, { exhaustive: true });
  assert.equal(result.incoming?.verified, true);
  assert.equal(result.outgoing?.verified, true);
  assert.ok(result.candidates.filter((c) => c.outcome.code === 'OK').length >= 6);
});
