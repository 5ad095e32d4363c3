import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CandidatePool } from '../../../../main/engine/candidate-pool';
import type { CandidateSpec } from '../../../../main/discovery/candidate';

const spec = (over: Partial<CandidateSpec> = {}): CandidateSpec => ({
  protocol: 'imap',
  host: 'mail.example.test',
  port: 993,
  security: 'tls',
  username: '%EMAILADDRESS%',
  source: 'guess',
  sourceDetail: 'mail.example.test',
  trust: 'domain',
  ...over,
});

const pool = () => new CandidatePool((template) => template.replace('%EMAILADDRESS%', 'alice@example.test'));

test('the same endpoint from several sources is one candidate, the others noted', () => {
  const p = pool();
  const first = p.add(spec());
  assert.equal(first.kind, 'new');
  const again = p.add(spec({ host: 'MAIL.example.test', source: 'mx', sourceDetail: 'mx: mail.example.test' }));
  assert.equal(again.kind, 'known');
  assert.equal(p.all().length, 1);
  assert.deepEqual(p.get(1).alsoFrom, [{ source: 'mx', detail: 'mx: mail.example.test' }]);
  assert.equal(p.get(1).username, 'alice@example.test', 'the first username form is shown while queued');
  // Another port or security is another candidate.
  assert.equal(p.add(spec({ port: 143, security: 'starttls' })).kind, 'new');
});

test('a cleartext port is tried with STARTTLS first, and is the same candidate as a STARTTLS suggestion', () => {
  const p = pool();
  const added = p.add(spec({ port: 143, security: 'plain' }));
  assert.equal(added.kind === 'new' && added.candidate.security, 'starttls');
  assert.equal(p.spec(1).security, 'starttls');
  assert.equal(p.add(spec({ port: 143, security: 'starttls', source: 'srv' })).kind, 'known');
});

test('a better source raises the trust; a consent-blocked outcome is probed again, other outcomes are not', () => {
  const p = pool();
  p.add(spec({ trust: 'untrusted', source: 'mx' }));
  p.probing(1, 5);
  p.done(1, {
    outcome: { code: 'ENOCONSENT' },
    addresses: [],
    logins: [],
    security: 'tls',
    username: 'alice@example.test',
    verified: false,
  });
  const upgraded = p.add(spec({ trust: 'trusted', source: 'srv' }));
  assert.deepEqual(upgraded.kind === 'known' && [upgraded.candidate.trust, upgraded.reprobe], ['trusted', true]);
  assert.equal(p.spec(1).trust, 'trusted', 'the next probe uses the raised trust');
  assert.equal(p.requeue(1).state, 'queued');

  const other = pool();
  other.add(spec({ trust: 'untrusted' }));
  other.done(1, { outcome: { code: 'ETIMEDOUT' }, addresses: [], logins: [], security: 'tls', username: 'u', verified: false });
  const again = other.add(spec({ trust: 'trusted', source: 'srv' }));
  assert.equal(again.kind === 'known' && again.reprobe, false, 'a timeout does not depend on trust');
  // A weaker source never lowers the trust.
  other.add(spec({ trust: 'untrusted', source: 'mx' }));
  assert.equal(other.get(1).trust, 'trusted');
});

test('a trust raised while the probe runs is caught when it finishes', () => {
  const p = pool();
  p.add(spec({ trust: 'untrusted' }));
  p.probing(1, 0);
  const meanwhile = p.add(spec({ trust: 'trusted', source: 'srv' }));
  assert.equal(meanwhile.kind === 'known' && meanwhile.reprobe, false, 'not while it is probing');
  p.done(1, { outcome: { code: 'ENOCONSENT' }, addresses: [], logins: [], security: 'tls', username: 'u', verified: false });
  assert.equal(p.needsReprobe(1), true);
});

test('records are snapshots: each change makes a new frozen record and the old one stays as it was', () => {
  const p = pool();
  const added = p.add(spec());
  const queued = added.kind === 'new' ? added.candidate : undefined;
  assert.ok(queued && Object.isFrozen(queued) && Object.isFrozen(queued.alsoFrom));
  const running = p.probing(1, 12);
  const finished = p.done(1, {
    outcome: { code: 'OK' },
    addresses: ['127.0.0.1'],
    logins: [],
    security: 'tls',
    username: 'alice',
    verified: true,
    ms: 30,
    startedAt: 12,
  });
  assert.equal(queued.state, 'queued');
  assert.equal(running.state, 'probing');
  assert.deepEqual([finished.state, finished.verified, finished.username, finished.startedAt], ['done', true, 'alice', 12]);
  assert.equal(Reflect.set(finished, 'verified', false), false, 'a record cannot be changed');
  assert.equal(finished.verified, true);
  p.add(spec({ source: 'srv' }));
  assert.deepEqual(finished.alsoFrom, [], 'a later suggestion does not change a record already handed out');
  assert.equal(p.get(1).alsoFrom.length, 1);
});
