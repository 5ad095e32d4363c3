import type { Message } from '../../shared/model/message';
import { failWith, reason } from '../errors/mail-setup-error';

/**
 * Settles with `work`, unless the signal aborts (ECANCELLED) or `timeoutMs` passes (ETIMEDOUT) first.
 * For operations that cannot be cancelled themselves, such as getaddrinfo.
 */
export function raceAbort<T>(work: Promise<T>, what: Message, signal?: AbortSignal, timeoutMs?: number): Promise<T> {
  if (!signal && timeoutMs === undefined) return work;
  // Work abandoned on a cancel or timeout may still fail later: that failure is no longer anyone's news.
  work.catch(() => undefined);
  return new Promise<T>((resolve, reject) => {
    let timer: NodeJS.Timeout | undefined;
    const onAbort = () => finish(() => reject(failWith('ECANCELLED', reason('cancelled', { step: what }))));
    const finish = (settle: () => void) => {
      if (timer) clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      settle();
    };
    if (signal?.aborted) return onAbort();
    signal?.addEventListener('abort', onAbort, { once: true });
    if (timeoutMs !== undefined) {
      timer = setTimeout(
        () => finish(() => reject(failWith('ETIMEDOUT', reason('no-answer-within', { step: what, ms: timeoutMs })))),
        timeoutMs,
      );
    }
    work.then(
      (value) => finish(() => resolve(value)),
      (error) => finish(() => reject(error)),
    );
  });
}
