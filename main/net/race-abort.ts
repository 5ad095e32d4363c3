import { MailSetupError } from '../errors/error-codes';

/**
 * Settles with `work`, unless the signal aborts (ECANCELLED) or `timeoutMs` passes (ETIMEDOUT) first.
 * For operations that cannot be cancelled themselves, such as getaddrinfo.
 */
export function raceAbort<T>(work: Promise<T>, signal?: AbortSignal, timeoutMs?: number): Promise<T> {
  if (!signal && timeoutMs === undefined) return work;
  return new Promise<T>((resolve, reject) => {
    let timer: NodeJS.Timeout | undefined;
    const onAbort = () => finish(() => reject(new MailSetupError('ECANCELLED', 'cancelled')));
    const finish = (settle: () => void) => {
      if (timer) clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      settle();
    };
    if (signal?.aborted) return onAbort();
    signal?.addEventListener('abort', onAbort, { once: true });
    if (timeoutMs !== undefined) {
      timer = setTimeout(() => finish(() => reject(new MailSetupError('ETIMEDOUT', `no answer within ${timeoutMs} ms`))), timeoutMs);
    }
    work.then(
      (value) => finish(() => resolve(value)),
      (error) => finish(() => reject(error)),
    );
  });
}
