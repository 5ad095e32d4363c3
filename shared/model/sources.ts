/** The discovery sources, in the order a run starts them; `--sources` and the wizard's progress use this list. */
export const SOURCE_NAMES = ['provider', 'srv', 'autoconfig', 'ispdb', 'autodiscover', 'microsoft365', 'mx', 'guess'] as const;
export type SourceName = (typeof SOURCE_NAMES)[number];

/**
 * Where a candidate came from, most authoritative first (this order also breaks ranking ties): settings the
 * user typed, every source, and autoconfig fetched over plain HTTP, which ranks last.
 */
export const SOURCE_KINDS = ['user', ...SOURCE_NAMES, 'autoconfig-http'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export function isSourceName(value: string): value is SourceName {
  return (SOURCE_NAMES as readonly string[]).includes(value);
}
