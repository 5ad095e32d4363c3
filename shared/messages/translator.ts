import i18next from 'i18next';
import type { Message, MessageKey } from '../model/message';
import { DEFAULT_LANGUAGE, NAMESPACES, resources, type Language } from './languages';
import { listFormat, renderMessage } from './render-message';

/** Words in one language for Node code: the CLI, the report, the exports, logs. */
export interface Translator {
  language: Language;
  /** A catalog message (a key with parameters, as engine results carry them) as text. */
  render(message: Message): string;
  /** A key with parameters as text: the same as render({ key, params }). */
  t(key: MessageKey, params?: Message['params']): string;
  /** Whether the catalog has this key (optional texts, such as a provider's advice). */
  has(key: string): boolean;
  /** An optional text: rendered when the catalog has the key, undefined when it does not. */
  optional(key: string, params?: Message['params']): string | undefined;
  /** Does the one-time work of the first rendering (the language's list format) now, while there is time. */
  prepare(): void;
}

const cache = new Map<Language, Translator>();

/** A translator over the bundled catalog, made synchronously (no loading, no network) and kept per language. */
export function createTranslator(language: Language = DEFAULT_LANGUAGE): Translator {
  const known = cache.get(language);
  if (known) return known;
  const instance = i18next.createInstance();
  void instance.init({
    lng: language,
    fallbackLng: DEFAULT_LANGUAGE,
    resources: resources(),
    ns: NAMESPACES,
    defaultNS: false,
    initAsync: false,
    // Output is text; HTML renderers escape it themselves.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  const t = (key: string, options?: Record<string, unknown>) => instance.t(key, options) as string;
  const translator: Translator = {
    language,
    render: (message) => renderMessage(t, language, message),
    t: (key, params) => renderMessage(t, language, params ? { key, params } : { key }),
    has: (key) => instance.exists(key),
    optional: (key, params) => (instance.exists(key) ? renderMessage(t, language, { key: key as MessageKey, params }) : undefined),
    prepare: () => void listFormat(language),
  };
  cache.set(language, translator);
  return translator;
}
