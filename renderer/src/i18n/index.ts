import i18next from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import { DEFAULT_LANGUAGE, LANGUAGES, NAMESPACES, matchLanguage, resources } from '../../../shared/messages/languages';
import { renderMessage } from '../../../shared/messages/render-message';
import { withDisplayHosts } from '../../../shared/email/idn';
import type { Message } from '../../../shared/model/message';

export { LANGUAGES };

const STORAGE_KEY = 'mailsetup.language';

/** The language follows the system (navigator.language) unless the user picked one in the app. */
function initialLanguage(): string {
  const chosen = globalThis.localStorage?.getItem(STORAGE_KEY);
  if (chosen && LANGUAGES.some((l) => l.code === chosen)) return chosen;
  return matchLanguage(navigator.language);
}

export function chooseLanguage(code: string): void {
  globalThis.localStorage?.setItem(STORAGE_KEY, code);
  void i18next.changeLanguage(code);
  document.documentElement.lang = code;
}

/** react-i18next over the same catalog the CLI, the report and the exports use. */
export function setupI18n(): typeof i18next {
  const lng = initialLanguage();
  void i18next.use(initReactI18next).init({
    resources: resources(),
    lng,
    fallbackLng: DEFAULT_LANGUAGE,
    ns: NAMESPACES,
    defaultNS: 'wizard',
    initAsync: false,
    // React escapes everything it renders.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = lng;
  return i18next;
}

/** Words for the engine's messages (outcomes, reasons, findings) in the wizard's current language. */
export function useMessages(): {
  t: ReturnType<typeof useTranslation>['t'];
  i18n: ReturnType<typeof useTranslation>['i18n'];
  language: string;
  render: (message: Message) => string;
} {
  const { t, i18n } = useTranslation();
  const translate = (key: string, options?: Record<string, unknown>) => String(t(key, options));
  // Hosts and domains in Unicode, as the person typed them: never "xn--" on screen.
  return { t, i18n, language: i18n.language, render: (message) => renderMessage(translate, i18n.language, withDisplayHosts(message)) };
}
