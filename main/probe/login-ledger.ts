import type { StepError } from '../../shared/model/outcome';
import type { LoginAttempt } from '../../shared/model/probe';
import { isIncoming, type Protocol } from '../../shared/model/server';
import { failWith, reason } from '../errors/mail-setup-error';

type Direction = 'incoming' | 'outgoing';
const directionOf = (protocol: Protocol): Direction => (isIncoming(protocol) ? 'incoming' : 'outgoing');
const otherDirection = (direction: Direction): Direction => (direction === 'incoming' ? 'outgoing' : 'incoming');

/** Where a login name was refused, and how (the EAUTH error, with what the provider's words meant). */
export interface Refusal {
  host: string;
  port: number;
  error: Extract<StepError, { code: 'EAUTH' }>;
}

/** Go ahead (and report the attempt with `done`), or do not: the name was refused already. */
export type Clearance = { go: true; done(attempt: LoginAttempt): void } | { go: false; refused: Refusal };

function waitFor(pending: Promise<void>, signal?: AbortSignal): Promise<void> {
  if (!signal) return pending;
  return new Promise<void>((resolve, reject) => {
    const onAbort = () => reject(failWith('ECANCELLED', reason('cancelled-early')));
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    void pending.then(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    });
  });
}

/**
 * One run's trial logins, kept so that a wrong password costs as few refused logins as possible: providers lock
 * accounts and block addresses after a handful. Incoming (IMAP and POP3 share one account) and outgoing each try
 * a login name once: while one login with a name is under way, the others in that direction wait for its
 * answer; once refused, no other server in that direction is sent it. A second login name (the local part after
 * the address) goes to one direction only until it is accepted somewhere. A wrong password so costs at most
 * three refused logins per run: the first name in each direction and the second name once. A name accepted
 * anywhere is free to go everywhere. The count of refused logins is reported.
 */
export class LoginLedger {
  private readonly accepted = new Set<string>();
  private readonly refusedAt = new Map<string, Refusal>();
  private readonly busy = new Map<string, Promise<void>>();
  private refusals = 0;

  /** How many logins servers refused in this run. */
  get refused(): number {
    return this.refusals;
  }

  /**
   * Asks to send `username` to a server of `protocol`; waits while a login with that name is under way in the same
   * direction (or, for a second name, in either). `second`: the name is the second form, tried after the first
   * was refused.
   */
  async clear(
    protocol: Protocol,
    username: string,
    where: { host: string; port: number },
    second: boolean,
    signal?: AbortSignal,
  ): Promise<Clearance> {
    const direction = directionOf(protocol);
    const key = `${direction}|${username}`;
    const otherKey = `${otherDirection(direction)}|${username}`;
    for (;;) {
      if (this.accepted.has(username)) return this.take(key, username, where, false);
      const refused = this.refusedAt.get(key) ?? (second ? this.refusedAt.get(otherKey) : undefined);
      if (refused) return { go: false, refused };
      const pending = this.busy.get(key) ?? (second ? this.busy.get(otherKey) : undefined);
      if (!pending) return this.take(key, username, where, true);
      await waitFor(pending, signal);
    }
  }

  private take(key: string, username: string, where: { host: string; port: number }, exclusive: boolean): Clearance {
    let release = () => undefined as void;
    if (exclusive) {
      const pending = new Promise<void>((resolve) => (release = resolve));
      this.busy.set(key, pending);
    }
    let reported = false;
    return {
      go: true,
      done: (attempt) => {
        if (reported) return;
        reported = true;
        if (attempt.ok) this.accepted.add(username);
        else if (attempt.error?.code === 'EAUTH') {
          this.refusals++;
          if (!this.refusedAt.has(key)) this.refusedAt.set(key, { ...where, error: attempt.error });
        }
        if (exclusive) {
          this.busy.delete(key);
          release();
        }
      },
    };
  }
}
