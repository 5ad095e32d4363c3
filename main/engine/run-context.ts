import { setMaxListeners } from 'node:events';
import type { EmailAddress } from '../../shared/email/parse-email';
import type { DiscoveryEvent } from '../../shared/model/discovery';
import type { DnsQuery, HttpRecord } from '../../shared/model/lookups';
import { MailResolver } from '../dns/mail-resolver';
import { SILENT_LOG, type Log } from '../log/logger';
import { OVERALL_DEADLINE_MS } from '../net/timeouts';
import type { TlsTrust } from '../net/tls-trust';
import { warmUp } from './warm-up';
import type { ProbeContext } from '../probe/probe-candidate';
import { Connector } from '../net/connector';
import { LoginLedger } from '../probe/login-ledger';
import { Redactor } from '../privacy/secret-forms';
import type { DiscoverOptions } from './discovery-types';

let runs = 0;

/**
 * One discovery run's shared state: its clock, the one signal that stops everything (the caller's, the
 * overall deadline, or an early finish), the event stream, the DNS and HTTP records, and the connection
 * context every probe uses. The place for what all of a run's connections share.
 */
export class RunContext {
  readonly email: EmailAddress;
  readonly log: Log;
  readonly resolver: MailResolver;
  readonly trust: TlsTrust;
  readonly probeContext: ProbeContext;
  /** The run's connections: happy eyeballs, and a dead address timed out once for every candidate on it. */
  readonly connector = new Connector();
  /** The run's trial logins: a wrong password is refused as few times as possible, and counted. */
  readonly logins = new LoginLedger();
  /** Removes the run's password, in every form, from every server text the run keeps. */
  readonly redactor: Redactor;
  readonly dns: DnsQuery[] = [];
  readonly http: HttpRecord[] = [];
  /** Stopped by the caller or the deadline (not by an early finish). */
  cancelled = false;
  readonly finished: Promise<void>;
  private readonly started = performance.now();
  private readonly stopper = new AbortController();
  private readonly deadline: NodeJS.Timeout;
  private readonly onCallerAbort = () => this.cancel();
  private finish: () => void = () => undefined;
  private reportedDone = false;

  constructor(
    private readonly options: DiscoverOptions,
    email: EmailAddress,
  ) {
    this.email = email;
    this.log = (options.log ?? SILENT_LOG).child({ run: ++runs });
    this.log.addSecrets(options.password);
    this.redactor = new Redactor([options.password]);
    this.log.info('discovery started', { domain: email.domain, withPassword: options.password !== undefined, sources: options.sources });
    this.finished = new Promise<void>((resolve) => (this.finish = resolve));
    // Every probe, lookup and login listens on this one signal; that is expected, not a leak.
    setMaxListeners(0, this.stopper.signal);
    if (options.signal?.aborted) this.cancel();
    options.signal?.addEventListener('abort', this.onCallerAbort, { once: true });
    this.deadline = setTimeout(() => this.cancel(), options.timeoutMs ?? OVERALL_DEADLINE_MS);
    this.resolver = new MailResolver({
      servers: options.dnsServers,
      allowAddress: options.allowAddress,
      onQuery: (answered) => {
        const query = Object.freeze({ ...answered, at: Math.max(0, this.elapsed() - answered.ms) });
        this.dns.push(query);
        this.emit({ type: 'dns', query });
      },
    });
    this.signal.addEventListener('abort', () => this.resolver.cancelAll(), { once: true });
    this.trust = { extraCa: options.extraCa ?? [], trustedFingerprints: options.trustedFingerprints ?? [] };
    warmUp(this.trust);
    this.probeContext = {
      email,
      resolver: this.resolver,
      trust: this.trust,
      password: options.password,
      username: options.username,
      signal: this.signal,
      policy: { allowPlaintext: options.allowPlaintext ?? [], consent: options.consent ?? [] },
      log: this.log,
      connector: this.connector,
      logins: this.logins,
      redactor: this.redactor,
    };
  }

  get signal(): AbortSignal {
    return this.stopper.signal;
  }

  get stopped(): boolean {
    return this.stopper.signal.aborted;
  }

  /** Milliseconds since the run started. */
  readonly elapsed = (): number => Math.round(performance.now() - this.started);

  /** Hands an event to the caller; a listener's failure must not break discovery. Nothing follows "done". */
  readonly emit = (event: DiscoveryEvent): void => {
    // A lookup cancelled with the run can report back after the result was handed over; it is not news then.
    if (this.reportedDone) return;
    if (event.type === 'done') this.reportedDone = true;
    try {
      this.options.onEvent?.(event);
    } catch (error) {
      this.log.warn('a progress listener failed', { err: error });
    }
  };

  readonly recordHttp = (finished: HttpRecord): void => {
    if (this.reportedDone) return;
    const record = Object.freeze({ ...finished, at: Math.max(0, this.elapsed() - finished.ms) });
    this.http.push(record);
    this.emit({ type: 'http', record });
  };

  /** Stops every probe and lookup; the run ends with what it has. */
  stop(): void {
    this.stopper.abort();
    this.finish();
  }

  /** Nothing more to wait for. */
  settle(): void {
    this.finish();
  }

  private cancel(): void {
    this.cancelled = true;
    this.stop();
  }

  /** Releases the deadline and the caller's signal, and stops whatever is still running. */
  close(): void {
    clearTimeout(this.deadline);
    this.options.signal?.removeEventListener('abort', this.onCallerAbort);
    this.stopper.abort();
  }
}
