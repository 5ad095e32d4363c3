import { en } from './en';
import { zhCN } from './zh-CN';
import { de } from './de';
import { fr } from './fr';
import { es } from './es';
import { ja } from './ja';
import type { Catalog } from './catalog-shape';

/**
 * Every language of the catalog. Adding one is a folder (a copy of en/ translated, checked by the catalog
 * test) and one line here.
 */
export const LANGUAGES = [
  { code: 'en', name: 'English', catalog: en as Catalog, listStyle: 'long' },
  // "a、b、c": Chinese joins lists with the enumeration comma.
  { code: 'zh-CN', name: '简体中文', catalog: zhCN, listStyle: 'narrow' },
  { code: 'de', name: 'Deutsch', catalog: de, listStyle: 'long' },
  { code: 'es', name: 'Español', catalog: es, listStyle: 'long' },
  { code: 'fr', name: 'Français', catalog: fr, listStyle: 'long' },
  // Japanese, like Chinese, joins lists with 、.
  { code: 'ja', name: '日本語', catalog: ja, listStyle: 'narrow' },
] as const satisfies readonly { code: string; name: string; catalog: Catalog; listStyle: Intl.ListFormatStyle }[];

export type Language = (typeof LANGUAGES)[number]['code'];
export const LANGUAGE_CODES = LANGUAGES.map((l) => l.code) as [Language, ...Language[]];
export const DEFAULT_LANGUAGE: Language = 'en';
export const NAMESPACES = Object.keys(en) as (keyof typeof en)[];

export function isLanguage(value: string): value is Language {
  return (LANGUAGE_CODES as readonly string[]).includes(value);
}

/**
 * The supported language closest to a locale tag as systems spell it: "zh_CN.UTF-8", "zh-Hans-CN", "de-AT",
 * "C". Falls back to English.
 */
export function matchLanguage(tag: string | undefined | null): Language {
  const clean = (tag ?? '').split(/[.@]/)[0].replace(/_/g, '-').toLowerCase();
  if (!clean || clean === 'c' || clean === 'posix') return DEFAULT_LANGUAGE;
  const exact = LANGUAGE_CODES.find((code) => code.toLowerCase() === clean);
  if (exact) return exact;
  const primary = clean.split('-')[0];
  return LANGUAGE_CODES.find((code) => code.toLowerCase().split('-')[0] === primary) ?? DEFAULT_LANGUAGE;
}

/** How lists read in a language: "a, b, and c" in English (Intl.ListFormat's style for the language). */
export function listStyle(language: string): Intl.ListFormatStyle {
  return LANGUAGES.find((l) => l.code === language)?.listStyle ?? 'long';
}

/** i18next resources: one bundle per language and namespace. */
export function resources(): Record<string, Catalog> {
  return Object.fromEntries(LANGUAGES.map((l) => [l.code, l.catalog]));
}
