/** Every file format Mail Setup writes, in the order `--format all` writes them. */
export const EXPORT_FORMATS = [
  'thunderbird',
  'thunderbird-prefs',
  'apple',
  'outlook',
  'outlook-prf',
  'json',
  'summary',
  'summary-html',
  'dns',
] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export function isExportFormat(value: string): value is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(value);
}
