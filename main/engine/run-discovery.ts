import { setMaxListeners } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
import { MailResolver, type DnsQuery } from '../dns/mail-resolver';
import { parseEmail } from '../email/parse-email';
import { explain } from '../errors/explain';
import { httpFetch, type HttpRecord } from '../net/http-fetch';
import { OVERALL_DEADLINE_MS } from '../net/timeouts';
import type { TlsTrust } from '../net/tls-trust';
import { endpointKey, isIncoming, TRUST_ORDER, type CandidateSpec, type ProviderInfo } from '../discovery/candidate';
import type { DiscoverySource, SourceContext, Warning } from '../discovery/sources/source';
import { providerSource } from '../discovery/sources/provider-source';
import { srvSource } from '../discovery/sources/srv-source';
import { autoconfigSource } from '../discovery/sources/autoconfig-source';
import { ispdbSource } from '../discovery/sources/ispdb-source';
import { autodiscoverSource } from '../discovery/sources/autodiscover-source';
import { mxSource } from '../discovery/sources/mx-source';
import { microsoft365Source } from '../discovery/sources/microsoft365-source';
import type { MailboxFact } from '../discovery/mailbox-facts';
import { guessSource } from '../discovery/sources/guess-source';
import { loadBundledSnapshot } from '../discovery/bundled-snapshot';
import { knownDomain } from '../discovery/known-domain';
import { probeCandidate, type ProbeContext } from '../probe/probe-candidate';
import { usernameForms } from '../probe/username-forms';
import { Limiter } from './limiter';
import { best, compareCore, coreKey, type CoreKey } from './rank';
import { explainChoice } from './explain-choice';
import { knownDomainNote, knownServersAnswered, planSources } from './known-domain-first';
import type { CandidateResult, ChosenServer, DiscoverOptions, DiscoverResponse, DiscoveryEvent, DiscoveryResult } from './discovery-types';

// Second-choice candidates (STARTTLS, POP3) start a moment later, so the TLS handshakes of the likely
// winners do not compete with theirs for the CPU; the delay is far below any timeout they could save.
const STAGGER_MS: Record<string, number> = {
  'imap/tls': 0,
  'smtp/tls': 0,
  'imap/starttls': 150,
  'smtp/starttls': 150,
  'pop3/tls': 150,
  'pop3/starttls': 300,
};

function staggered(candidate: CandidateResult, signal: AbortSignal): Promise<void> {
  const delay = STAGGER_MS[`${candidate.protocol}/${candidate.security}`] ?? 300;
  return delay === 0 ? Promise.resolve() : sleep(delay, undefined, { signal });
}

export const ALL_SOURCES: DiscoverySource[] = [
  providerSource,
  srvSource,
  autoconfigSource,
  ispdbSource,
  autodiscoverSource,
  microsoft365Source,
  mxSource,
  guessSource,
];
export const DEFAULT_ISPDB_URL = 'https://autoconfig.thunderbird.net/v1.1/';
// Each probe uses at most two connections (pre-login probe and trial login).
const DEFAULT_CONCURRENT_PROBES = 12;

function choose(candidate: CandidateResult | undefined, all: CandidateResult[]): ChosenServer | null {
  if (!candidate) return null;
  const { protocol, host, port, security, username, verified, id, source } = candidate;
  const sameDirection = all.filter((c) => isIncoming(c.protocol) === isIncoming(protocol));
  return { protocol, host, port, security, username, verified, candidateId: id, source, why: explainChoice(candidate, sameDirection) };
}

/**
 * Finds, probes and ranks the mail servers for an address. All sources start at once; each suggestion is
 * probed as soon as it arrives, within a bounded number of connections. The run ends when everything is
 * settled, or earlier, as soon as verified incoming and outgoing servers are known that nothing still
 * pending could beat.
 */
export async function discover(options: DiscoverOptions): Promise<DiscoverResponse> {
  const parsed = parseEmail(options.email);
  if (!parsed.ok) return { ok: false, error: { code: 'EINPUT', message: parsed.reason } };
  const email = parsed.email;
  const started = performance.now();
  const ispdbSnapshot = options.ispdbSnapshot ?? (await loadBundledSnapshot());
  const known = knownDomain(email.domain, ispdbSnapshot);
  const emit = (event: DiscoveryEvent) => {
    try {
      options.onEvent?.(event);
    } catch {
      // A listener's failure must not break discovery.
    }
  };
  const elapsed = () => Math.round(performance.now() - started);
  const preferPop3 = options.preferPop3 ?? false;

  // One controller stops everything: the caller's signal, the overall deadline, or an early finish.
  const stop = new AbortController();
  // Every probe, lookup and login listens on this one signal; that is expected, not a leak.
  setMaxListeners(0, stop.signal);
  let cancelled = false;
  const onCallerAbort = () => {
    cancelled = true;
    stop.abort();
  };
  if (options.signal?.aborted) onCallerAbort();
  options.signal?.addEventListener('abort', onCallerAbort, { once: true });
  const deadline = setTimeout(() => {
    cancelled = true;
    stop.abort();
  }, options.timeoutMs ?? OVERALL_DEADLINE_MS);

  const dns: DnsQuery[] = [];
  const http: HttpRecord[] = [];
  const warnings: Warning[] = [];
  const providers: ProviderInfo[] = [];
  const facts: MailboxFact[] = [];
  const resolver = new MailResolver({
    servers: options.dnsServers,
    allowAddress: options.allowAddress,
    onQuery: (answered) => {
      const query = { ...answered, at: Math.max(0, elapsed() - answered.ms) };
      dns.push(query);
      emit({ type: 'dns', query });
    },
  });
  stop.signal.addEventListener('abort', () => resolver.cancelAll(), { once: true });
  const trust: TlsTrust = { extraCa: options.extraCa ?? [], trustedFingerprints: options.trustedFingerprints ?? [] };
  const probeContext: ProbeContext = {
    email,
    resolver,
    trust,
    password: options.password,
    username: options.username,
    signal: stop.signal,
    policy: { allowPlaintext: options.allowPlaintext ?? [], consent: options.consent ?? [] },
  };

  const candidates: CandidateResult[] = [];
  const byKey = new Map<string, CandidateResult>();
  const specs = new Map<number, CandidateSpec>();
  const limiter = new Limiter(options.maxConcurrentProbes ?? DEFAULT_CONCURRENT_PROBES);
  const sources = ALL_SOURCES.filter((s) => !options.sources || options.sources.includes(s.name));
  const pendingSources = new Set<DiscoverySource>(sources);
  // A known domain's own lookups wait until its known servers have had their say.
  const plan = planSources(sources, known);
  const heldBack = new Set(plan.later);
  let pendingProbes = 0;
  let bestReported = false;
  // Set once the result is assembled: probes still winding down must not change it afterwards.
  let closed = false;
  let finish: () => void = () => undefined;
  const finished = new Promise<void>((resolve) => (finish = resolve));

  const checkProgress = () => {
    if (stop.signal.aborted) return finish();
    const incoming = best(
      candidates.filter((c) => isIncoming(c.protocol)),
      preferPop3,
    );
    const outgoing = best(
      candidates.filter((c) => c.protocol === 'smtp'),
      preferPop3,
    );
    if (!bestReported && incoming?.verified && outgoing?.verified && !couldStillImprove(incoming, outgoing)) {
      bestReported = true;
      emit({ type: 'best', incoming: choose(incoming, candidates), outgoing: choose(outgoing, candidates), elapsedMs: elapsed() });
      if (!options.exhaustive) {
        stop.abort();
        return finish();
      }
    }
    if (pendingProbes > 0 || [...pendingSources].some((s) => !heldBack.has(s))) return;
    if (heldBack.size > 0 && !knownServersAnswered(candidates, preferPop3)) {
      noteHeldBack('unanswered');
      heldBack.clear();
      plan.later.forEach(startSource);
      return;
    }
    finish();
  };

  const noteHeldBack = (state: 'answered' | 'unanswered' | 'stopped') => {
    const warning = knownDomainNote(email.domain, known!, state, plan.later);
    warnings.push(warning);
    emit({ type: 'warning', warning });
  };

  /** Could a queued probe or a still-running source produce something that ranks strictly higher? */
  const couldStillImprove = (incoming: CandidateResult, outgoing: CandidateResult): boolean => {
    const targets: [CandidateResult, (c: { protocol: CandidateSpec['protocol'] }) => boolean][] = [
      [incoming, (c) => isIncoming(c.protocol)],
      [outgoing, (c) => c.protocol === 'smtp'],
    ];
    return targets.some(([current, sameDirection]) => {
      const currentKey = coreKey(current);
      const beats = (key: CoreKey) => compareCore(key, currentKey, preferPop3) < 0;
      const fromProbes = candidates.some(
        (c) => c.state !== 'done' && sameDirection(c) && beats({ tier: 0, security: c.security, protocol: c.protocol, trust: c.trust }),
      );
      const fromSources = [...pendingSources].some((s) =>
        beats({
          tier: 0,
          security: 'tls',
          protocol: current.protocol === 'smtp' ? 'smtp' : preferPop3 ? 'pop3' : 'imap',
          trust: s.bestTrust,
        }),
      );
      return fromProbes || fromSources;
    });
  };

  const runProbe = (candidate: CandidateResult) => {
    const spec = specs.get(candidate.id)!;
    pendingProbes++;
    candidate.state = 'queued';
    staggered(candidate, stop.signal)
      .then(() =>
        limiter.run(async () => {
          candidate.state = 'probing';
          candidate.startedAt = elapsed();
          emit({ type: 'probe-started', candidate });
          const probeStarted = performance.now();
          const result = await probeCandidate({ ...spec, trust: candidate.trust }, probeContext);
          if (!closed) Object.assign(candidate, result, { ms: Math.round(performance.now() - probeStarted) });
        }, stop.signal),
      )
      .catch(() => {
        if (!closed) candidate.outcome = { code: 'ECANCELLED', message: explain('ECANCELLED') };
      })
      .finally(() => {
        pendingProbes--;
        if (closed) return;
        candidate.state = 'done';
        emit({ type: 'probe-finished', candidate });
        checkProgress();
      });
  };

  const addCandidate = (spec: CandidateSpec) => {
    if (stop.signal.aborted) return;
    // A cleartext port is always tried with STARTTLS first; "plain" is what remains if the server lacks it.
    const normalized: CandidateSpec = spec.security === 'plain' ? { ...spec, security: 'starttls' } : spec;
    const key = endpointKey(normalized);
    const existing = byKey.get(key);
    if (existing) {
      existing.alsoFrom.push({ source: spec.source, detail: spec.sourceDetail });
      if (TRUST_ORDER.indexOf(spec.trust) < TRUST_ORDER.indexOf(existing.trust)) {
        existing.trust = spec.trust;
        // The password was withheld only because of the weaker source: try again now.
        if (existing.state === 'done' && existing.outcome.code === 'ENOCONSENT') runProbe(existing);
      }
      return;
    }
    const candidate: CandidateResult = {
      id: candidates.length + 1,
      protocol: normalized.protocol,
      host: normalized.host,
      port: normalized.port,
      security: normalized.security,
      username: usernameForms(normalized.username, email, options.username)[0],
      verified: false,
      source: normalized.source,
      sourceDetail: normalized.sourceDetail,
      alsoFrom: [],
      trust: normalized.trust,
      provider: normalized.provider,
      preference: normalized.preference,
      state: 'queued',
      outcome: { code: 'ECANCELLED', message: 'Not probed yet.' },
      addresses: [],
      logins: [],
    };
    candidates.push(candidate);
    byKey.set(key, candidate);
    specs.set(candidate.id, normalized);
    emit({ type: 'candidate', candidate });
    runProbe(candidate);
  };

  function startSource(source: DiscoverySource): void {
    const sourceStarted = performance.now();
    let found = 0;
    const ctx: SourceContext = {
      email,
      resolver,
      trust,
      signal: stop.signal,
      ispdbBaseUrl: options.ispdbBaseUrl ?? DEFAULT_ISPDB_URL,
      ispdbSnapshot,
      microsoftAutodiscoverUrl: options.microsoftAutodiscoverUrl,
      emit: (spec) => {
        found++;
        addCandidate(spec);
      },
      warn: (code, message) => {
        const warning: Warning = { source: source.name, level: 'warning', code, message };
        warnings.push(warning);
        emit({ type: 'warning', warning });
      },
      inform: (message) => {
        const warning: Warning = { source: source.name, level: 'info', message };
        warnings.push(warning);
        emit({ type: 'warning', warning });
      },
      noteProvider: (info) => {
        if (!providers.some((p) => p.id === info.id)) providers.push(info);
      },
      noteFact: (fact) => {
        if (!closed) facts.push(fact);
      },
      fetch: (url, fetchOptions) =>
        httpFetch(url, {
          ...fetchOptions,
          resolver,
          trust,
          signal: stop.signal,
          onRecord: (finished) => {
            const record = { ...finished, at: Math.max(0, elapsed() - finished.ms) };
            http.push(record);
            emit({ type: 'http', record });
          },
        }),
    };
    emit({ type: 'source-started', source: source.name });
    source
      .run(ctx)
      .catch((error: Error) => ctx.warn('EPROTOCOL', `${source.name}: ${error.message}`))
      .finally(() => {
        pendingSources.delete(source);
        emit({ type: 'source-finished', source: source.name, found, ms: Math.round(performance.now() - sourceStarted) });
        checkProgress();
      });
  }
  plan.first.forEach(startSource);
  checkProgress();
  await finished;
  if (heldBack.size > 0) noteHeldBack(knownServersAnswered(candidates, preferPop3) ? 'answered' : 'stopped');
  clearTimeout(deadline);
  options.signal?.removeEventListener('abort', onCallerAbort);
  stop.abort();
  closed = true;

  for (const c of candidates) {
    if (c.state !== 'done') {
      c.state = 'done';
      c.outcome = cancelled ? { code: 'ECANCELLED', message: explain('ECANCELLED') } : { code: 'SKIPPED', message: explain('SKIPPED') };
    }
  }
  const incoming = best(
    candidates.filter((c) => isIncoming(c.protocol)),
    preferPop3,
  );
  const outgoing = best(
    candidates.filter((c) => c.protocol === 'smtp'),
    preferPop3,
  );
  const result: DiscoveryResult = {
    email: email.address,
    incoming: choose(incoming, candidates),
    outgoing: choose(outgoing, candidates),
    candidates,
    warnings,
    providers,
    ...(facts.length > 0 ? { facts } : {}),
    dns,
    resolver: resolver.describeServer(),
    http,
    exhaustive: !bestReported || Boolean(options.exhaustive),
    cancelled,
    elapsedMs: elapsed(),
  };
  emit({ type: 'done', result });
  return { ok: true, result };
}
