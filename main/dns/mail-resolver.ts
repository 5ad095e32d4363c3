import { Resolver, lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { DNS_TIMEOUT_MS } from '../net/timeouts';
import type { DnsQuery, DnsRecordType } from '../../shared/model/lookups';
import { failWith, MailSetupError, reason, step } from '../errors/mail-setup-error';
import { raceAbort } from '../net/race-abort';

export interface SrvAnswer {
  target: string;
  port: number;
  priority: number;
  weight: number;
}

export interface MxAnswer {
  exchange: string;
  priority: number;
}

export interface ResolverOptions {
  /** Explicit DNS servers ("IP" or "IP:PORT"); the system resolver when absent. */
  servers?: string[];
  timeoutMs?: number;
  /** Called for every question asked, in order. */
  onQuery?: (query: DnsQuery) => void;
  /** Addresses the engine may connect to; others are dropped (tests keep traffic on loopback). */
  allowAddress?: (address: string) => boolean;
}

// "No such name" and "no such record" are answers, not failures.
const EMPTY_ANSWER_CODES = new Set(['ENOTFOUND', 'ENODATA', 'NXDOMAIN']);

/** The DNS questions discovery and probing ask; MailResolver answers them, unit tests pass their own. */
export interface DnsLookups {
  srv(name: string, signal?: AbortSignal): Promise<SrvAnswer[]>;
  mx(name: string, signal?: AbortSignal): Promise<MxAnswer[]>;
  /** IPv4 then IPv6 addresses of a host; throws EDNS when there are none. */
  addresses(host: string, signal?: AbortSignal): Promise<string[]>;
}

/** The one place that asks DNS: SRV, MX and host addresses, with timeouts, cancellation and a record. */
export class MailResolver implements DnsLookups {
  private readonly resolver: Resolver;
  private readonly explicit: boolean;
  private readonly timeoutMs: number;
  private readonly addressCache = new Map<string, Promise<string[]>>();

  constructor(private readonly options: ResolverOptions = {}) {
    this.timeoutMs = options.timeoutMs ?? DNS_TIMEOUT_MS;
    // c-ares retries once within the timeout budget.
    this.resolver = new Resolver({ timeout: Math.ceil(this.timeoutMs / 2), tries: 2 });
    this.explicit = Boolean(options.servers && options.servers.length > 0);
    if (this.explicit) this.resolver.setServers(options.servers!);
  }

  describeServer(): string {
    return this.explicit ? this.options.servers!.join(', ') : 'system';
  }

  /** Stops every outstanding question (used when the whole run is cancelled). */
  cancelAll(): void {
    this.resolver.cancel();
  }

  async srv(name: string, signal?: AbortSignal): Promise<SrvAnswer[]> {
    const records = await this.ask('SRV', name, signal, () => this.resolver.resolveSrv(name));
    return records.map((r) => ({ target: r.name, port: r.port, priority: r.priority, weight: r.weight }));
  }

  async mx(name: string, signal?: AbortSignal): Promise<MxAnswer[]> {
    const records = await this.ask('MX', name, signal, () => this.resolver.resolveMx(name));
    return records.map((r) => ({ exchange: r.exchange.toLowerCase(), priority: r.priority })).sort((a, b) => a.priority - b.priority);
  }

  /** IPv4 then IPv6 addresses of a host, asked once per run; throws EDNS when there are none. */
  addresses(host: string, signal?: AbortSignal): Promise<string[]> {
    if (isIP(host)) return Promise.resolve(this.filter([host], host));
    const key = host.toLowerCase();
    let pending = this.addressCache.get(key);
    if (!pending) {
      pending = this.lookupAddresses(key, signal);
      this.addressCache.set(key, pending);
      // "No such host" is an answer worth keeping for the run; a cancelled or timed-out lookup is not.
      pending.catch((error: unknown) => {
        if (!(error instanceof MailSetupError && error.code === 'EDNS')) this.addressCache.delete(key);
      });
    }
    return signal ? raceAbort(pending, step('lookup', { host }), signal) : pending;
  }

  private async lookupAddresses(host: string, signal?: AbortSignal): Promise<string[]> {
    let found: string[];
    if (this.explicit) {
      const [v4, v6] = await Promise.all([
        this.ask('A', host, signal, () => this.resolver.resolve4(host)),
        this.ask('AAAA', host, signal, () => this.resolver.resolve6(host)),
      ]);
      found = [...v4, ...v6];
    } else {
      found = await this.ask('A/AAAA', host, signal, async () =>
        (await lookup(host, { all: true, order: 'ipv4first' })).map((a) => a.address),
      );
    }
    const allowed = this.filter(found, host);
    if (allowed.length === 0) throw failWith('EDNS', reason('no-address', { host }));
    return allowed;
  }

  private filter(addresses: string[], host: string): string[] {
    const allow = this.options.allowAddress;
    if (!allow) return addresses;
    const kept = addresses.filter((a) => allow(a));
    if (kept.length < addresses.length && kept.length === 0) {
      throw failWith('EDNS', reason('address-not-allowed', { host }));
    }
    return kept;
  }

  private async ask<T>(type: DnsRecordType, name: string, signal: AbortSignal | undefined, query: () => Promise<T[]>): Promise<T[]> {
    const started = performance.now();
    const record = (answers: string[], error?: string, noSuchName?: boolean) =>
      this.options.onQuery?.({
        type,
        name,
        server: this.describeServer(),
        ms: Math.round(performance.now() - started),
        answers,
        ...(noSuchName ? { noSuchName } : {}),
        ...(error ? { error } : {}),
      });
    try {
      // The system getaddrinfo cannot time out by itself, so every question gets the same outer limit.
      const result = await raceAbort(query(), step('dns', { type, name }), signal, this.timeoutMs);
      record(result.map((r) => (typeof r === 'string' ? r : JSON.stringify(r))));
      return result;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? '';
      if (EMPTY_ANSWER_CODES.has(code)) {
        // DNS's own "no such name" (c-ares); the system's getaddrinfo says ENOTFOUND for a name without addresses too.
        record([], undefined, code !== 'ENODATA' && type !== 'A/AAAA');
        return [];
      }
      if (error instanceof MailSetupError) {
        record([], error.code);
        throw error;
      }
      record([], code || (error as Error).message);
      const what = step('dns', { type, name });
      if (code === 'ETIMEOUT') throw failWith('ETIMEDOUT', reason('no-answer', { step: what }));
      if (code === 'ECANCELLED') throw failWith('ECANCELLED', reason('cancelled', { step: what }));
      // c-ares and getaddrinfo report with codes (ESERVFAIL, EREFUSED, ...); anything else is ours to fix.
      if (!code) throw error;
      throw failWith('EDNS', reason('dns-failed', { step: what, error: code }));
    }
  }
}
