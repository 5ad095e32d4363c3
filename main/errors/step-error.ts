import type { StepError } from '../../shared/model/outcome';
import { SILENT_LOG, type Log } from '../log/logger';
import { MailSetupError, reason } from './mail-setup-error';

/**
 * JavaScript's own errors: what a bug throws (a method that is not there any more, a wrong type), never
 * what a server or a network does. Libraries report those with codes of their own.
 */
export function isProgrammingError(error: unknown): boolean {
  return (
    error instanceof TypeError ||
    error instanceof ReferenceError ||
    error instanceof RangeError ||
    error instanceof SyntaxError ||
    error instanceof EvalError ||
    error instanceof URIError
  );
}

/**
 * An unexpected failure as an outcome: EINTERNAL, with the error's own message as the technical reason and the
 * stack in the log. Never ECANCELLED, never a crash: the person learns it is the app's fault, not their settings'.
 */
export function internalFailure(error: unknown, log: Log = SILENT_LOG, context: Record<string, unknown> = {}): StepError {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  log.error('internal error', { ...context, err: error });
  return { code: 'EINTERNAL', reason: reason('internal', { error: text.slice(0, 300) }) };
}

/** Whatever a step threw, as the failure it stands for. */
export function toStepError(error: unknown, log: Log = SILENT_LOG, context: Record<string, unknown> = {}): StepError {
  if (error instanceof MailSetupError) return error.failure;
  return internalFailure(error, log, context);
}
