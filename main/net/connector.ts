import { connect as netConnect, isIP, type Socket } from 'node:net';
import type { ConnectAttempt } from '../../shared/model/probe';
import { failWith, type MailSetupError, reason, step } from '../errors/mail-setup-error';
import { CONNECT_TIMEOUT_MS } from './timeouts';

/** RFC 8305 section 5: the next address is tried when the previous one has not connected within this time. */
export const ATTEMPT_DELAY_MS = 250;

export interface ConnectRequest {
  /** The host name, for messages (never used to connect). */
  host: string;
  port: number;
  /** Every resolved address, in the order to try them (IPv6 and IPv4 interleaved, as the resolver gives them). */
  addresses: readonly string[];
}

export interface Connected {
  socket: Socket;
  address: string;
  connectMs: number;
  /** Every address tried, in order, and what became of it. */
  attempts: ConnectAttempt[];
}

type AttemptResult = ConnectAttempt['result'];

const familyOf = (address: string): 4 | 6 => (isIP(address) === 6 ? 6 : 4);

const ATTEMPTS = Symbol('connect attempts');

/** The addresses a failed connection tried, as the error it failed with carries them. */
export function attemptsOf(error: unknown): ConnectAttempt[] | undefined {
  return error && typeof error === 'object' ? (error as { [ATTEMPTS]?: ConnectAttempt[] })[ATTEMPTS] : undefined;
}

const withAttempts = (error: MailSetupError, attempts: ConnectAttempt[]): MailSetupError => Object.assign(error, { [ATTEMPTS]: attempts });
const endpointKey = (address: string, port: number) => `${address}|${port}`;

// When every address failed, the most telling failure speaks for all: a refusal says "nothing listens there",
// which says more than a timeout that may be a route's fault.
const TELLING: readonly AttemptResult[] = ['refused', 'reset', 'failed', 'unreachable', 'timed-out', 'known-dead'];

function resultOf(error: NodeJS.ErrnoException): AttemptResult {
  switch (error.code) {
    case 'ECONNREFUSED':
      return 'refused';
    case 'ECONNRESET':
    case 'EPIPE':
      return 'reset';
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
    case 'EADDRNOTAVAIL':
      return 'unreachable';
    case 'ETIMEDOUT':
      return 'timed-out';
    default:
      return 'failed';
  }
}

/** One socket being connected to one address, for one connection request. */
interface Attempt {
  address: string;
  began: number;
  record: ConnectAttempt;
  /** Ends the attempt (its socket destroyed) and tells its request, which may start the next address. */
  end(result: AttemptResult): void;
}

/**
 * Opens TCP connections for one run, the way RFC 8305 ("happy eyeballs") says: every resolved address, IPv6
 * and IPv4 interleaved, the next attempt started ATTEMPT_DELAY_MS after the previous one unless that one has
 * connected (at once when it failed), the first to connect wins and the others are dropped. The whole
 * connection has one time limit, however many addresses there are.
 *
 * A dead endpoint (address and port) is timed out once per run: when an attempt on it reaches the limit, every
 * other attempt still waiting on it fails with it, and later connections skip it. So a black-holed domain
 * answers within its connect limit, however many of its candidates share an address.
 */
export class Connector {
  private readonly dead = new Set<string>();
  private readonly waiting = new Map<string, Set<Attempt>>();

  constructor(private readonly options: { attemptDelayMs?: number; timeoutMs?: number } = {}) {}

  /** Whether an attempt on this endpoint already timed out in this run. */
  isDead(address: string, port: number): boolean {
    return this.dead.has(endpointKey(address, port));
  }

  connect(request: ConnectRequest, signal?: AbortSignal): Promise<Connected> {
    const timeoutMs = this.options.timeoutMs ?? CONNECT_TIMEOUT_MS;
    const attemptDelay = this.options.attemptDelayMs ?? ATTEMPT_DELAY_MS;
    const what = step('connect', { host: request.host, port: request.port });
    const started = performance.now();
    const attempts: ConnectAttempt[] = [];
    const live = request.addresses.filter((address) => {
      if (!this.isDead(address, request.port)) return true;
      attempts.push({ address, family: familyOf(address), ms: 0, result: 'known-dead' });
      return false;
    });

    return new Promise<Connected>((resolve, reject) => {
      const running = new Set<Attempt>();
      let next = 0;
      let settled = false;
      let lastError = '';
      let stagger: NodeJS.Timeout | undefined;
      const timedOut = () => failWith('ETIMEDOUT', reason('no-answer-within', { step: what, ms: timeoutMs }));

      const finish = (outcome: () => void) => {
        if (settled) return;
        settled = true;
        clearTimeout(stagger);
        clearTimeout(deadline);
        signal?.removeEventListener('abort', onAbort);
        for (const attempt of [...running]) attempt.end('abandoned');
        outcome();
      };
      const everyAddressFailed = (): MailSetupError => {
        const worst = TELLING.find((result) => attempts.some((a) => a.result === result));
        if (worst === 'refused') return failWith('ECONNREFUSED', reason('refused', { step: what }));
        if (worst === 'reset') return failWith('ECONNECTION', reason('reset', { step: what }));
        if (worst === 'failed') return failWith('ECONNECTION', reason('socket-error', { step: what, error: lastError }));
        if (worst === 'unreachable') return failWith('ETIMEDOUT', reason('unreachable', { step: what }));
        return timedOut();
      };
      // An attempt ended without connecting: RFC 8305 starts the next address at once; with none left and none
      // running, the connection has failed.
      const afterFailure = () => {
        if (settled) return;
        if (next < live.length) {
          clearTimeout(stagger);
          startNext();
        } else if (running.size === 0) {
          finish(() => reject(withAttempts(everyAddressFailed(), attempts)));
        }
      };

      const startNext = () => {
        if (settled || next >= live.length) return;
        const address = live[next++];
        const key = endpointKey(address, request.port);
        const socket: Socket = netConnect({ host: address, port: request.port });
        // Errors after the attempt ended (a destroyed socket, the winner's later errors) are someone else's now.
        socket.on('error', () => undefined);
        const record: ConnectAttempt = { address, family: familyOf(address), ms: 0, result: 'timed-out' };
        attempts.push(record);
        const peers = this.waiting.get(key) ?? new Set<Attempt>();
        this.waiting.set(key, peers);
        let ended = false;
        const attempt: Attempt = {
          address,
          began: performance.now(),
          record,
          end: (result) => {
            if (ended) return;
            ended = true;
            socket.off('connect', onConnect);
            socket.off('error', onError);
            running.delete(attempt);
            peers.delete(attempt);
            if (peers.size === 0 && this.waiting.get(key) === peers) this.waiting.delete(key);
            record.result = result;
            record.ms = Math.round(performance.now() - attempt.began);
            if (result !== 'connected') socket.destroy();
            if (result !== 'connected' && result !== 'abandoned') afterFailure();
          },
        };
        const onConnect = () => {
          attempt.end('connected');
          finish(() => resolve({ socket, address, connectMs: Math.round(performance.now() - started), attempts }));
        };
        const onError = (error: NodeJS.ErrnoException) => {
          lastError = error.code ?? error.message;
          attempt.end(resultOf(error));
        };
        socket.once('connect', onConnect);
        socket.once('error', onError);
        running.add(attempt);
        peers.add(attempt);
        if (next < live.length) stagger = setTimeout(startNext, attemptDelay);
      };

      const onAbort = () => finish(() => reject(failWith('ECANCELLED', reason('cancelled', { step: what }))));
      const onDeadline = () => {
        const now = performance.now();
        const waited = [...running];
        // An attempt that had most of the time limit found a dead endpoint: the others waiting on it give up too.
        const dead = waited.filter((a) => now - a.began >= timeoutMs / 2).map((a) => a.address);
        finish(() => reject(withAttempts(timedOut(), attempts)));
        for (const attempt of waited) attempt.record.result = 'timed-out';
        for (const address of dead) this.markDead(address, request.port);
      };
      const deadline = setTimeout(onDeadline, timeoutMs);
      if (signal?.aborted) return onAbort();
      signal?.addEventListener('abort', onAbort, { once: true });
      if (live.length === 0) return finish(() => reject(withAttempts(timedOut(), attempts)));
      startNext();
    });
  }

  private markDead(address: string, port: number): void {
    const key = endpointKey(address, port);
    this.dead.add(key);
    for (const peer of [...(this.waiting.get(key) ?? [])]) peer.end('known-dead');
  }
}
