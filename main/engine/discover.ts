import type { DiscoveryResult, DoneCandidate } from '../../shared/model/discovery';
import { parseEmail } from '../../shared/email/parse-email';
import { isIncoming } from '../../shared/model/server';
import { ALL_SOURCES, DEFAULT_ISPDB_URL } from '../discovery/sources/all-sources';
import { loadBundledSnapshot } from '../discovery/bundled-snapshot';
import type { CandidateSpec } from '../discovery/candidate';
import type { DiscoverySource } from '../discovery/sources/source';
import { knownDomain } from '../discovery/known-domain';
import { likelyTypo } from '../discovery/typo-check';
import { reason } from '../errors/mail-setup-error';
import { probeCandidate } from '../probe/probe-candidate';
import { usernameForms } from '../probe/username-forms';
import { CandidatePool } from './candidate-pool';
import { askHeldBack, provenBest, settled, type RunState } from './early-finish';
import { chosenServer } from './explain-choice';
import { knownDomainNote, knownServersAnswered, planSources } from './known-domain-first';
import { ProbeScheduler } from './probe-scheduler';
import { best } from './rank';
import { RunContext } from './run-context';
import { SourceRunner } from './source-runner';
import type { DiscoverOptions, DiscoverResponse } from './discovery-types';

// Each probe uses at most two connections (pre-login probe and trial login).
const DEFAULT_CONCURRENT_PROBES = 12;

/**
 * Finds, probes and ranks the mail servers for an address. All sources start at once (for a domain the app
 * already knows, only the offline ones, until its known servers have had their say); each suggestion is
 * probed as soon as it arrives, within a bounded number of connections. The run ends when everything is
 * settled, or earlier, as soon as verified incoming and outgoing servers are known that nothing still
 * pending could beat.
 */
export async function discover(options: DiscoverOptions): Promise<DiscoverResponse> {
  const parsed = parseEmail(options.email);
  if (!parsed.ok)
    return {
      ok: false,
      error: { code: 'EINPUT', reason: reason('email-invalid', { problem: { key: `email:problem.${parsed.problem}` } }) },
    };
  const snapshot = options.ispdbSnapshot ?? (await loadBundledSnapshot());
  const typoOf = options.stopOnLikelyTypo ? likelyTypo(parsed.email.domain, snapshot) : undefined;
  if (typoOf)
    return {
      ok: false,
      error: { code: 'EINPUT', reason: reason('domain-typo', { domain: parsed.email.domainUnicode, suggestion: typoOf }) },
    };
  const known = knownDomain(parsed.email.domain, snapshot);
  const run = new RunContext(options, parsed.email);
  const preferPop3 = options.preferPop3 ?? false;
  const pool = new CandidatePool((template) => usernameForms(template, parsed.email, options.username)[0]);
  const state = (): RunState => ({
    candidates: pool.all(),
    pendingSources: sources.pendingTrust(),
    heldBack: sources.heldBackTrust(),
    preferPop3,
  });
  // What the run did about the sources a known domain held back, as a note in the results.
  const noteHeldBack = (what: 'answered' | 'unanswered' | 'stopped', heldBack: readonly DiscoverySource[]) =>
    sources.notice(knownDomainNote(parsed.email.domain, known!, what, heldBack));
  let bestReported = false;
  const progress = () => {
    if (run.stopped) return run.settle();
    const proven = bestReported ? undefined : provenBest(state());
    if (proven) {
      bestReported = true;
      const all = pool.all().filter((c): c is DoneCandidate => c.state === 'done');
      run.emit({
        type: 'best',
        incoming: chosenServer(proven.incoming, all),
        outgoing: chosenServer(proven.outgoing, all),
        elapsedMs: run.elapsed(),
      });
      if (!options.exhaustive) return run.stop();
    }
    if (askHeldBack(state())) noteHeldBack('unanswered', sources.releaseHeldBack());
    else if (settled(state())) run.settle();
  };
  const scheduler = new ProbeScheduler({
    pool,
    concurrency: options.maxConcurrentProbes ?? DEFAULT_CONCURRENT_PROBES,
    signal: run.signal,
    probe: (spec) => probeCandidate(spec, run.probeContext),
    clock: run.elapsed,
    log: run.log,
    onStarted: (candidate) => run.emit({ type: 'probe-started', candidate }),
    onFinished: (candidate) => {
      const { host, port, protocol, security, outcome, ms } = candidate;
      run.log.debug('probe finished', { host, port, protocol, security, code: outcome.code, ms });
      run.emit({ type: 'probe-finished', candidate });
      // A better source named this server while its probe was running: try again with the password.
      if (pool.needsReprobe(candidate.id)) scheduler.schedule(pool.requeue(candidate.id).id);
      progress();
    },
  });
  const suggest = (spec: CandidateSpec) => {
    if (run.stopped) return;
    const added = pool.add(spec);
    if (added.kind === 'new') run.emit({ type: 'candidate', candidate: added.candidate });
    if (added.kind === 'new' || added.reprobe)
      scheduler.schedule(added.kind === 'new' ? added.candidate.id : pool.requeue(added.candidate.id).id);
  };
  const sources = new SourceRunner(
    run,
    {
      ispdbBaseUrl: options.ispdbBaseUrl ?? DEFAULT_ISPDB_URL,
      ispdbSnapshot: snapshot,
      microsoftAutodiscoverUrl: options.microsoftAutodiscoverUrl,
    },
    { suggest, sourceDone: progress },
  );
  const plan = planSources(
    ALL_SOURCES.filter((s) => !options.sources || options.sources.includes(s.name)),
    known,
  );
  sources.start(plan);
  progress();
  await run.finished;
  scheduler.close();
  run.close();
  if (sources.heldBackTrust().length > 0) noteHeldBack(knownServersAnswered(pool.all(), preferPop3) ? 'answered' : 'stopped', plan.later);
  sources.close();
  const result = assemble(run, pool, sources, { preferPop3, exhaustive: !bestReported || Boolean(options.exhaustive) });
  run.log.info('discovery finished', { ms: result.elapsedMs, candidates: result.candidates.length, cancelled: result.cancelled });
  run.emit({ type: 'done', result });
  return { ok: true, result };
}

/** The result: every candidate finished (one never begun was skipped, or cancelled with the run), ranked choices. */
function assemble(
  run: RunContext,
  pool: CandidatePool,
  sources: SourceRunner,
  how: { preferPop3: boolean; exhaustive: boolean },
): DiscoveryResult {
  const candidates = pool.all().map((c): DoneCandidate => {
    if (c.state === 'done') return c;
    const outcome = run.cancelled ? ({ code: 'ECANCELLED' } as const) : ({ code: 'SKIPPED' } as const);
    return pool.done(c.id, {
      outcome,
      addresses: [],
      logins: [],
      security: c.security,
      username: c.username,
      verified: false,
      ...(c.state === 'probing' ? { startedAt: c.startedAt } : {}),
    });
  });
  const incoming = best(
    candidates.filter((c) => isIncoming(c.protocol)),
    how.preferPop3,
  );
  const outgoing = best(
    candidates.filter((c) => c.protocol === 'smtp'),
    how.preferPop3,
  );
  return {
    email: run.email.address,
    incoming: chosenServer(incoming, candidates),
    outgoing: chosenServer(outgoing, candidates),
    candidates,
    warnings: [...sources.warnings],
    providers: [...sources.providers],
    ...(sources.facts.length > 0 ? { facts: [...sources.facts] } : {}),
    dns: run.dns,
    resolver: run.resolver.describeServer(),
    http: run.http,
    exhaustive: how.exhaustive,
    cancelled: run.cancelled,
    elapsedMs: run.elapsed(),
  };
}
