/** Every file format Mail Setup writes, in the order `--format all` writes them. */
export const EXPORT_FORMATS = [
  'thunderbird',
  'thunderbird-isp',
  'thunderbird-import',
  'thunderbird-policies',
  'apple',
  'outlook',
  'outlook-prf',
  'json',
  'summary',
  'summary-html',
  'dns',
] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Names that still work for formats that were replaced: thunderbird-prefs wrote a user.js. */
export const FORMAT_ALIASES = { 'thunderbird-prefs': 'thunderbird-policies' } as const satisfies Record<string, ExportFormat>;
export type FormatAlias = keyof typeof FORMAT_ALIASES;
/** A name a person may ask for: a format, or an old name that now writes another format. */
export type FormatName = ExportFormat | FormatAlias;

export function isExportFormat(value: string): value is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(value);
}

export function isFormatAlias(value: string): value is FormatAlias {
  return Object.hasOwn(FORMAT_ALIASES, value);
}

export function isFormatName(value: string): value is FormatName {
  return isExportFormat(value) || isFormatAlias(value);
}

/** The format a name writes. */
export function formatFor(name: FormatName): ExportFormat {
  return isFormatAlias(name) ? FORMAT_ALIASES[name] : name;
}
