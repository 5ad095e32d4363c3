import type { en } from '../messages/en';

/** The leaf paths of a catalog object: "code.OK", "reason.refused", ... */
type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** i18next plural forms ("found_one", "found_other") are one key ("found") to the caller. */
type WithoutPlural<K extends string> = K extends `${infer Base}_${'zero' | 'one' | 'two' | 'few' | 'many' | 'other'}` ? Base : K;

export type Namespace = keyof typeof en;

/** Every key of the catalog, with its namespace: "outcome:code.OK". A typo does not compile. */
export type MessageKey = { [N in Namespace]: `${N}:${WithoutPlural<Leaves<(typeof en)[N]>>}` }[Namespace];

/** A parameter: text or a number as it is, another message, or a list of either (joined the language's way). */
export type Param = string | number | Message | readonly (string | Message)[];

/**
 * Words for a person, as data: a catalog key and its parameters. Engine results carry these instead of
 * sentences; the CLI, the report, the exports and the wizard render them in the reader's language.
 */
export interface Message {
  key: MessageKey;
  params?: Readonly<Record<string, Param>>;
}

export function message(key: MessageKey, params?: Readonly<Record<string, Param>>): Message {
  return params ? { key, params } : { key };
}
