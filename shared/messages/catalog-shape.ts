import type { en } from './en';

type PluralSuffix = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';

/**
 * A translation of one English namespace: the same keys, any words. Plural forms are optional here, because
 * each language has its own (Chinese only "other", French also "many"); the catalog test checks that every
 * language has exactly the forms its plural rules use.
 */
export type Translation<T> = {
  [K in keyof T as K extends `${string}_${PluralSuffix}` ? never : K]: T[K] extends string ? string : Translation<T[K]>;
} & { [K: `${string}_${PluralSuffix}`]: string };

/** A whole language: one translation per namespace. */
export type Catalog = { [N in keyof typeof en]: Translation<(typeof en)[N]> };
