import type { DiscoveryEvent, DiscoveryResult } from '../../shared/model/discovery';
import type { StepError } from '../../shared/model/outcome';
import type { SourceName } from '../../shared/model/sources';
import type { Log } from '../log/logger';
import type { IspdbSnapshot } from '../discovery/ispdb-snapshot';
import type { HostPermission } from '../probe/password-policy';

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
  /**
   * Stop before anything is asked or sent when the domain looks like a slip of a well-known one (gmial.com,
   * gmail.con): the answer is EINPUT "domain-typo" with the suggestion, and the caller asks the person and runs
   * again without this once they confirmed the domain. Typo domains are where password harvesters wait.
   */
  stopOnLikelyTypo?: boolean;
  /** Restrict the sources asked (all by default). */
  sources?: readonly SourceName[];
  /** Addresses the engine may connect to (tests keep it on loopback). */
  allowAddress?: (address: string) => boolean;
  onEvent?: (event: DiscoveryEvent) => void;
  /** The technical log (silent by default); the run registers the password with it as a secret. */
  log?: Log;
}

export type DiscoverResponse = { ok: true; result: DiscoveryResult } | { ok: false; error: StepError };
