import { CHANNELS, type ApiError, type CheckedRequest, type Handlers, type Method, type Replies } from '../../shared/ipc/channels';
import { REQUEST_SCHEMAS } from '../../shared/ipc/schemas';
import { reason } from '../errors/mail-setup-error';
import { internalFailure } from '../errors/step-error';
import { SILENT_LOG, type Log } from '../log/logger';

const refused = (error: ApiError) => ({ ok: false as const, error });

export function isMethod(value: unknown): value is Method {
  return typeof value === 'string' && Object.hasOwn(CHANNELS, value);
}

/**
 * The one door from the renderer into main: checks the method and its argument against the contract's schema,
 * then calls the handler with the checked value. A refused argument is an EINPUT reply; a handler that throws
 * (a bug) is an EINTERNAL reply with the trace in the log, never a rejected promise in the page.
 */
export async function dispatch(handlers: Handlers, method: unknown, argument: unknown, log: Log = SILENT_LOG): Promise<unknown> {
  if (!isMethod(method)) return refused({ code: 'EINPUT', reason: reason('invalid-request', { issue: 'unknown method' }) });
  return call(handlers, method, argument, log);
}

async function call<M extends Method>(
  handlers: Handlers,
  method: M,
  argument: unknown,
  log: Log,
): Promise<Replies[M] | ReturnType<typeof refused>> {
  const checked = REQUEST_SCHEMAS[method].safeParse(argument);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    const where = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
    return refused({ code: 'EINPUT', reason: reason('invalid-request', { issue: `${where}${issue.message}`.slice(0, 300) }) });
  }
  try {
    const handler = handlers[method] as (request: CheckedRequest<M>) => Promise<Replies[M]>;
    return await handler.call(handlers, checked.data as CheckedRequest<M>);
  } catch (error) {
    const failure = internalFailure(error, log, { method });
    return refused({ code: 'EINTERNAL', reason: failure.reason });
  }
}
