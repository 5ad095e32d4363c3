import type { MailboxFact } from './mailbox-facts';
import type { Message } from './message';
import type { Outcome, OutcomeCode } from './outcome';
import type { LoginAttempt, ServerProbe } from './probe';
import type { DnsQuery, HttpRecord } from './lookups';
import type { ProviderInfo } from './provider';
import type { Server } from './server';
import type { SourceKind, SourceName } from './sources';
import type { Trust } from './trust';

/** What every candidate is, in whatever state: the server and where it came from. */
export interface CandidateBase extends Server {
  id: number;
  source: SourceKind;
  /** The URL, DNS record or host name the suggestion came from: data, never a sentence. */
  sourceDetail: string;
  /** Other sources that suggested the same server. */
  alsoFrom: { source: SourceKind; detail: string }[];
  trust: Trust;
  provider?: ProviderInfo;
  preference?: number;
}

/** What probing a candidate showed. */
export interface ProbeFindings {
  outcome: Outcome;
  addresses: string[];
  probe?: ServerProbe;
  logins: LoginAttempt[];
  /** How long probing took. */
  ms?: number;
  /** When probing began, in ms since the run started; absent when it never began. */
  startedAt?: number;
}

export type QueuedCandidate = CandidateBase & { state: 'queued' };
export type ProbingCandidate = CandidateBase & { state: 'probing'; startedAt: number };
export type DoneCandidate = CandidateBase & ProbeFindings & { state: 'done' };

/** One candidate and what probing it showed so far: only a finished one has an outcome. */
export type CandidateResult = QueuedCandidate | ProbingCandidate | DoneCandidate;

/** The recommended server for one direction, with the reasons as catalog messages. */
export interface ChosenServer extends Server {
  candidateId: number;
  source: SourceKind;
  reasons: Message[];
}

/** A problem or a fact a source ran into, shown next to the results. */
export type Warning = Message & {
  source: SourceName;
  level: 'warning' | 'info';
  code?: OutcomeCode;
};

/**
 * What the run's connections showed about the two address families of this network: an IPv6 route that swallows
 * packets while IPv4 works is common at home and behind some VPNs, and explains slow or failing mail apps.
 * "works": a connection of that family got through; "broken": attempts of it timed out or found no route and
 * none got through; "untried": no server had an address of it.
 */
export interface NetworkFacts {
  ipv6: 'works' | 'broken' | 'untried';
  ipv4: 'works' | 'broken' | 'untried';
}

export interface DiscoveryResult {
  email: string;
  incoming: ChosenServer | null;
  outgoing: ChosenServer | null;
  /** Every candidate, each finished: probed, skipped once better settings were proven, or cancelled. */
  candidates: DoneCandidate[];
  warnings: Warning[];
  providers: ProviderInfo[];
  /** What the lookups established about the mailbox (Microsoft 365, sign-in settings), each with its evidence. */
  facts?: MailboxFact[];
  dns: DnsQuery[];
  /** The DNS servers asked: "system" or the addresses given. */
  resolver: string;
  http: HttpRecord[];
  /**
   * How many trial logins the servers refused: a wrong password costs at most three per run (main/probe/login-ledger.ts).
   * Always set by discover(); optional only for results made elsewhere (tests, older saved results).
   */
  refusedLogins?: number;
  /** Which address families worked, when any server had an IPv6 address. */
  network?: NetworkFacts;
  /** False when the run stopped early because the best settings were already proven. */
  exhaustive: boolean;
  cancelled: boolean;
  elapsedMs: number;
}

/** Progress as it happens; every object in an event is a snapshot that never changes afterwards. */
export type DiscoveryEvent =
  | { type: 'source-started'; source: SourceName }
  | { type: 'source-finished'; source: SourceName; found: number; ms: number }
  | { type: 'dns'; query: DnsQuery }
  | { type: 'http'; record: HttpRecord }
  | { type: 'warning'; warning: Warning }
  | { type: 'candidate'; candidate: QueuedCandidate }
  | { type: 'probe-started'; candidate: ProbingCandidate }
  | { type: 'probe-finished'; candidate: DoneCandidate }
  | { type: 'best'; incoming: ChosenServer | null; outgoing: ChosenServer | null; elapsedMs: number }
  | { type: 'done'; result: DiscoveryResult };
