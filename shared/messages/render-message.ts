import type { Message, MessageKey, Param } from '../model/message';
import { listStyle } from './languages';

/** The part of an i18next instance that rendering needs (react-i18next's `t` and i18next's alike). */
export type TranslateFunction = (key: string, options?: Record<string, unknown>) => string;

function isMessage(value: Param | string | Message): value is Message {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && 'key' in value;
}

const listFormats = new Map<string, Intl.ListFormat>();

/**
 * How a language joins a list ("a, b, and c"; "a、b、c"), made once per language: the first ListFormat of a
 * process loads ICU's list patterns (about 12 ms), which a caller can have done ahead, while it waits anyway.
 */
export function listFormat(language: string): Intl.ListFormat {
  let format = listFormats.get(language);
  if (!format) {
    format = new Intl.ListFormat(language, { type: 'conjunction', style: listStyle(language) });
    listFormats.set(language, format);
  }
  return format;
}

/**
 * Renders a catalog message in one language: nested messages first, lists joined the language's way
 * ("a, b, and c"; "a、b、c"), numbers and text as they are. `count` stays a number for plural forms.
 */
export function renderMessage(t: TranslateFunction, language: string, message: Message): string {
  const values: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(message.params ?? {})) {
    if (isMessage(value)) values[name] = renderMessage(t, language, value);
    else if (Array.isArray(value)) {
      const items = (value as readonly (string | Message)[]).map((item) => (isMessage(item) ? renderMessage(t, language, item) : item));
      values[name] = listFormat(language).format(items);
    } else values[name] = value;
  }
  return t(message.key, values);
}

export function renderKey(t: TranslateFunction, language: string, key: MessageKey, params?: Message['params']): string {
  return renderMessage(t, language, params ? { key, params } : { key });
}
