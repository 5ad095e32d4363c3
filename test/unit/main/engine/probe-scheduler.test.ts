import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CandidatePool } from '../../../../main/engine/candidate-pool';
import { ProbeScheduler } from '../../../../main/engine/probe-scheduler';
import type { CandidateSpec } from '../../../../main/discovery/candidate';
import type { CandidateProbe } from '../../../../main/probe/probe-candidate';
import type { DoneCandidate, ProbingCandidate } from '../../../../shared/model/discovery';
import { SILENT_LOG } from '../../../../main/log/logger';

const spec = (port: number, over: Partial<CandidateSpec> = {}): CandidateSpec => ({
  protocol: 'imap',
  host: 'mail.example.test',
  port,
  security: 'tls',
  username: 'u',
  source: 'guess',
  sourceDetail: 'mail.example.test',
  trust: 'domain',
  ...over,
});

const answer = (over: Partial<CandidateProbe> = {}): CandidateProbe => ({
  security: 'tls',
  username: 'u',
  verified: true,
  outcome: { code: 'OK' },
  addresses: ['127.0.0.1'],
  logins: [],
  ...over,
});

function setup(probe: (spec: CandidateSpec) => Promise<CandidateProbe>, concurrency = 12) {
  const pool = new CandidatePool((t) => t);
  const stop = new AbortController();
  const started: ProbingCandidate[] = [];
  const finished: DoneCandidate[] = [];
  let settle: () => void = () => undefined;
  const scheduler = new ProbeScheduler({
    pool,
    concurrency,
    signal: stop.signal,
    probe,
    clock: () => 7,
    log: SILENT_LOG,
    onStarted: (c) => started.push(c),
    onFinished: (c) => {
      finished.push(c);
      settle();
    },
  });
  const add = (s: CandidateSpec) => {
    const added = pool.add(s);
    if (added.kind === 'new') scheduler.schedule(added.candidate.id);
  };
  const finishedCount = (n: number) =>
    new Promise<void>((resolve) => {
      const check = () => (finished.length >= n ? resolve() : undefined);
      settle = check;
      check();
    });
  return { pool, stop, started, finished, scheduler, add, finishedCount };
}

test('each candidate goes queued → probing → done, and listeners get snapshots that never change', async () => {
  const { pool, started, finished, add, finishedCount } = setup(async () => answer());
  add(spec(993));
  await finishedCount(1);
  assert.deepEqual([started[0].state, started[0].startedAt], ['probing', 7]);
  assert.deepEqual([finished[0].state, finished[0].outcome.code, finished[0].startedAt], ['done', 'OK', 7]);
  assert.equal(started[0].state, 'probing', 'the started snapshot still says probing');
  assert.equal(pool.get(1), finished[0]);
});

test('at most `concurrency` probes at once', async () => {
  let running = 0;
  let most = 0;
  const { add, finishedCount } = setup(async () => {
    most = Math.max(most, ++running);
    await new Promise((r) => setTimeout(r, 20));
    running--;
    return answer();
  }, 2);
  for (const port of [993, 994, 995, 996, 997]) add(spec(port));
  await finishedCount(5);
  assert.equal(most, 2);
});

test('every candidate starts as soon as it is suggested: no fixed delay for second choices', async () => {
  const order: string[] = [];
  let release: () => void = () => undefined;
  const gate = new Promise<void>((r) => (release = r));
  const { pool, add, finishedCount } = setup(async (s) => {
    order.push(`${s.protocol}/${s.security}`);
    await gate;
    return answer();
  });
  add(spec(110, { protocol: 'pop3', security: 'starttls' }));
  add(spec(143, { security: 'starttls' }));
  add(spec(993));
  // One turn of the event loop later every one is probing: the ranking, not the start order, decides.
  await new Promise((r) => setImmediate(r));
  assert.deepEqual(
    pool.all().map((c) => c.state),
    ['probing', 'probing', 'probing'],
  );
  assert.deepEqual(order, ['pop3/starttls', 'imap/starttls', 'imap/tls'], 'in the order suggested');
  release();
  await finishedCount(3);
});

test('a probe that throws (a bug) becomes an EINTERNAL outcome, not a crash and not ECANCELLED', async () => {
  const { finished, add, finishedCount } = setup(async () => {
    throw new TypeError('probe.tls is undefined');
  });
  add(spec(993));
  await finishedCount(1);
  assert.equal(finished[0].outcome.code, 'EINTERNAL');
});

test('stopped before it began, a candidate stays queued (the run, not the candidate, says why); after close nothing changes', async () => {
  let release: () => void = () => undefined;
  const gate = new Promise<void>((r) => (release = r));
  const { pool, stop, scheduler, add, finished } = setup(async () => {
    await gate;
    return answer();
  }, 1);
  add(spec(993));
  add(spec(994));
  await new Promise((r) => setTimeout(r, 10));
  assert.deepEqual(
    pool.all().map((c) => c.state),
    ['probing', 'queued'],
  );
  stop.abort();
  scheduler.close();
  release();
  await new Promise((r) => setTimeout(r, 10));
  assert.deepEqual(
    pool.all().map((c) => c.state),
    ['probing', 'queued'],
    'a result arriving after close is dropped',
  );
  assert.equal(finished.length, 0);
});
