import { test } from 'node:test';
import assert from 'node:assert/strict';
import { probeCandidate, type ProbeContext } from '../../../main/probe/probe-candidate';
import { STRICT_POLICY } from '../../../main/probe/password-policy';
import type { CandidateSpec } from '../../../main/discovery/candidate';
import { email, worldResolver, worldTrust } from '../../helpers/world-client';
import { USERS } from '../../world/world-plan';

const spec = (over: Partial<CandidateSpec>): CandidateSpec => ({
  protocol: 'imap',
  host: 'imap.guess.test',
  port: 993,
  security: 'tls',
  username: '%EMAILADDRESS%',
  source: 'guess',
  sourceDetail: 'test',
  trust: 'domain',
  ...over,
});

function ctx(address: string, password?: string, over: Partial<ProbeContext> = {}): ProbeContext {
  return { email: email(address), resolver: worldResolver(), trust: worldTrust(), policy: STRICT_POLICY, password, ...over };
}

test('IMAP over implicit TLS: verified, with TLS details and capabilities', async () => {
  const r = await probeCandidate(spec({}), ctx(USERS.alice.login, USERS.alice.password));
  assert.equal(r.outcome.code, 'OK', JSON.stringify(r.outcome));
  assert.equal(r.verified, true);
  assert.equal(r.probe?.tls?.verified, true);
  assert.match(r.probe?.tls?.protocol ?? '', /TLSv1\.[23]/);
  assert.ok(r.probe?.info?.authMechanisms.includes('PLAIN'));
  assert.match(r.probe?.tls?.certificate?.fingerprint256 ?? '', /^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
});

test('each protocol and TLS mode logs in on the good server', async () => {
  const cases: Partial<CandidateSpec>[] = [
    { protocol: 'imap', port: 143, security: 'starttls' },
    { protocol: 'pop3', host: 'pop.guess.test', port: 995, security: 'tls' },
    { protocol: 'pop3', host: 'pop.guess.test', port: 110, security: 'starttls' },
    { protocol: 'smtp', host: 'smtp.guess.test', port: 465, security: 'tls' },
    { protocol: 'smtp', host: 'smtp.guess.test', port: 587, security: 'starttls' },
  ];
  for (const c of cases) {
    const r = await probeCandidate(spec(c), ctx(USERS.alice.login, USERS.alice.password));
    assert.equal(r.outcome.code, 'OK', `${JSON.stringify(c)} → ${JSON.stringify(r.outcome)}`);
    if (c.security === 'starttls') assert.ok(['advertised', 'required'].includes(r.probe!.starttls), r.probe!.starttls);
  }
});

test('wrong password is EAUTH after trying both username forms', async () => {
  const r = await probeCandidate(spec({}), ctx(USERS.alice.login, 'not the password'));
  assert.equal(r.outcome.code, 'EAUTH');
  assert.deepEqual(
    r.logins.map((l) => l.username),
    ['alice@guess.test', 'alice'],
  );
  assert.ok(!JSON.stringify(r).includes('not the password'));
});

test('a login name that is the local part is found after the address form fails', async () => {
  for (const protocol of ['imap', 'pop3', 'smtp'] as const) {
    const host = { imap: 'imap.guess.test', pop3: 'pop.guess.test', smtp: 'smtp.guess.test' }[protocol];
    const port = { imap: 993, pop3: 995, smtp: 465 }[protocol];
    const r = await probeCandidate(spec({ protocol, host, port }), ctx('dave@guess.test', USERS.dave.password));
    assert.equal(r.outcome.code, 'OK', `${protocol}: ${JSON.stringify(r.outcome)}`);
    assert.equal(r.username, 'dave');
  }
});

test('passwords with spaces, quotes and backslashes survive every protocol', async () => {
  for (const [protocol, host, port, security] of [
    ['imap', 'imap.guess.test', 143, 'starttls'],
    ['pop3', 'pop.guess.test', 110, 'starttls'],
    ['pop3', 'pop.guess.test', 995, 'tls'],
    ['smtp', 'smtp.guess.test', 587, 'starttls'],
    ['imap', 'imap.guess.test', 993, 'tls'],
  ] as const) {
    const r = await probeCandidate(spec({ protocol, host, port, security }), ctx(USERS.eve.login, USERS.eve.password));
    assert.equal(r.outcome.code, 'OK', `${protocol}/${port}: ${JSON.stringify(r.outcome)}`);
  }
});
