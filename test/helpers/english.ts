import { createTranslator } from '../../shared/messages/translator';
import type { Message } from '../../shared/model/message';
import { outcomeMessage, type Outcome } from '../../shared/model/outcome';

/** The catalog's English: tests assert on what an English reader sees. */
export const english = createTranslator('en');

export const say = (message: Message): string => english.render(message);

/** The plain-language sentence for an outcome, in English. */
export const sayOutcome = (outcome: Outcome): string => english.render(outcomeMessage(outcome));
