import type { en } from '../../shared/messages/en';
import { createTranslator } from '../../shared/messages/translator';
import type { Message, Param } from '../../shared/model/message';
import type { StepError } from '../../shared/model/outcome';

export type ReasonName = keyof typeof en.outcome.reason;
export type StepName = keyof typeof en.outcome.step;

/** A technical reason from the catalog ("outcome:reason.<name>") with its parameters. */
export function reason(name: ReasonName, params?: Readonly<Record<string, Param>>): Message {
  return params ? { key: `outcome:reason.${name}`, params } : { key: `outcome:reason.${name}` };
}

/** The step a reason is about: "connect to host:993", "IMAP CAPABILITY", "DNS MX example.com". */
export function step(name: StepName, params: Readonly<Record<string, Param>>): Message {
  return { key: `outcome:step.${name}`, params };
}

/**
 * A typed failure that crosses module boundaries instead of a thrown string: an outcome code with a catalog
 * reason and the facts that code can have. Its `message` is English from the catalog, for logs only;
 * what a person reads is rendered from `failure` in their language.
 */
export class MailSetupError extends Error {
  constructor(
    readonly failure: StepError,
    /** The HTTP status of a failed web lookup: "absent" statuses are normal, others are worth a warning. */
    readonly httpStatus?: number,
  ) {
    super();
    this.name = 'MailSetupError';
    // Rendered only when someone reads it (a log line, a stack trace): failures are common and mostly unread.
    Object.defineProperty(this, 'message', { get: () => createTranslator('en').render(failure.reason), enumerable: false });
  }

  get code(): StepError['code'] {
    return this.failure.code;
  }
}

type SimpleCode = Exclude<StepError['code'], 'ETLS' | 'EINTERNAL'>;
const ANSWER_CODES: readonly string[] = ['EAUTH', 'ENOAUTHMECH', 'ECONNECTION', 'EPROTOCOL'];

/** A failure with a code, its reason and, for codes that come from the server's answer, the server's words. */
export function failWith(code: SimpleCode, why: Message, serverReply?: string): MailSetupError {
  const failure = serverReply !== undefined && ANSWER_CODES.includes(code) ? { code, reason: why, serverReply } : { code, reason: why };
  return new MailSetupError(failure as StepError);
}
