/** One file an export produces. */
export interface ExportFile {
  /** A suggested file name, without folders. */
  name: string;
  content: string | Buffer;
  mime: string;
  /** The file holds a password: store and send it like one. */
  secret: boolean;
}

/** A file name built from an address, safe on Windows, macOS and Linux. */
export function safeFileName(base: string): string {
  return base
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}@._+-]/gu, '_')
    .replace(/^\.+/, '_')
    .slice(0, 120);
}
