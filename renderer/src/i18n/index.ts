import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { zhCN } from './zh-CN';

export const LANGUAGES = [
  { code: 'en', name: 'English' },
  { code: 'zh-CN', name: '简体中文' },
] as const;

const STORAGE_KEY = 'mailsetup.language';

/** The language follows the system (navigator.language) unless the user picked one in the app. */
function initialLanguage(): string {
  const chosen = globalThis.localStorage?.getItem(STORAGE_KEY);
  if (chosen && LANGUAGES.some((l) => l.code === chosen)) return chosen;
  return navigator.language.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

export function chooseLanguage(code: string): void {
  globalThis.localStorage?.setItem(STORAGE_KEY, code);
  void i18next.changeLanguage(code);
  document.documentElement.lang = code;
}

export function setupI18n(): typeof i18next {
  const lng = initialLanguage();
  void i18next.use(initReactI18next).init({
    resources: { en: { translation: en }, 'zh-CN': { translation: zhCN } },
    lng,
    fallbackLng: 'en',
    // React escapes everything it renders.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = lng;
  return i18next;
}
