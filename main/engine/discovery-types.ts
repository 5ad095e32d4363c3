import type { DnsQuery } from '../dns/mail-resolver';
import type { HttpRecord } from '../net/http-fetch';
import type { CandidateSpec, ProviderInfo, Server, SourceKind } from '../discovery/candidate';
import type { Outcome } from '../probe/probe-candidate';
import type { ServerProbe } from '../probe/probe-server';
import type { LoginAttempt } from '../probe/login/login-request';
import type { SourceName, Warning } from '../discovery/sources/source';
import type { HostPermission } from '../probe/password-policy';
import type { IspdbSnapshot } from '../discovery/ispdb-snapshot';
import type { MailboxFact } from '../discovery/mailbox-facts';

/** One candidate and what probing it showed. */
export interface CandidateResult extends Server {
  id: number;
  source: SourceKind;
  sourceDetail: string;
  /** Other sources that suggested the same server. */
  alsoFrom: { source: SourceKind; detail: string }[];
  trust: CandidateSpec['trust'];
  provider?: ProviderInfo;
  preference?: number;
  state: 'queued' | 'probing' | 'done';
  outcome: Outcome;
  addresses: string[];
  probe?: ServerProbe;
  logins: LoginAttempt[];
  ms?: number;
  /** When probing began, in ms since the run started. */
  startedAt?: number;
}

/** The recommended server for one direction, with the reasons in plain words. */
export interface ChosenServer extends Server {
  candidateId: number;
  source: SourceKind;
  why: string[];
}

export interface DiscoveryResult {
  email: string;
  incoming: ChosenServer | null;
  outgoing: ChosenServer | null;
  candidates: CandidateResult[];
  warnings: Warning[];
  providers: ProviderInfo[];
  /** What the lookups established about the mailbox (Microsoft 365, sign-in settings), each with its evidence. */
  facts?: MailboxFact[];
  dns: DnsQuery[];
  /** The DNS servers asked: "system" or the addresses given. */
  resolver: string;
  http: HttpRecord[];
  /** False when the run stopped early because the best settings were already proven. */
  exhaustive: boolean;
  cancelled: boolean;
  elapsedMs: number;
}

export type DiscoveryEvent =
  | { type: 'source-started'; source: SourceName }
  | { type: 'source-finished'; source: SourceName; found: number; ms: number }
  | { type: 'dns'; query: DnsQuery }
  | { type: 'http'; record: HttpRecord }
  | { type: 'warning'; warning: Warning }
  | { type: 'candidate'; candidate: CandidateResult }
  | { type: 'probe-started'; candidate: CandidateResult }
  | { type: 'probe-finished'; candidate: CandidateResult }
  | { type: 'best'; incoming: ChosenServer | null; outgoing: ChosenServer | null; elapsedMs: number }
  | { type: 'done'; result: DiscoveryResult };

export interface DiscoverOptions {
  email: string;
  /** When absent, servers are probed but no login is tried. */
  password?: string;
  /** A login name the user typed, instead of the address forms. */
  username?: string;
  /** Explicit DNS servers ("IP" or "IP:PORT"); the system resolver otherwise. */
  dnsServers?: string[];
  /** PEM texts of extra certificate authorities to trust. */
  extraCa?: string[];
  /** SHA-256 fingerprints of certificates the user chose to trust. */
  trustedFingerprints?: string[];
  allowPlaintext?: HostPermission;
  consent?: HostPermission;
  ispdbBaseUrl?: string;
  /** The ISPDB data answered offline; the bundled snapshot unless given (tests give their own). */
  ispdbSnapshot?: IspdbSnapshot;
  /** Microsoft's Autodiscover service (https://outlook.office365.com unless told). */
  microsoftAutodiscoverUrl?: string;
  /** Overall deadline for the whole run. */
  timeoutMs?: number;
  signal?: AbortSignal;
  maxConcurrentProbes?: number;
  preferPop3?: boolean;
  /** Probe every candidate even after the best settings are proven (for diagnostics). */
  exhaustive?: boolean;
  /** Restrict the sources asked (all by default). */
  sources?: SourceName[];
  /** Addresses the engine may connect to (tests keep it on loopback). */
  allowAddress?: (address: string) => boolean;
  onEvent?: (event: DiscoveryEvent) => void;
}

export type DiscoverResponse = { ok: true; result: DiscoveryResult } | { ok: false; error: { code: 'EINPUT'; message: string } };
