import type { Message } from '../../shared/model/message';

/** Something the person should know about a file; `warning` for a file that is a secret. */
export interface ExportNote {
  message: Message;
  warning: boolean;
}

/** One file an export produces. */
export interface ExportFile {
  /** A suggested file name, without folders. */
  name: string;
  content: string | Buffer;
  mime: string;
  /** The file holds a password: store and send it like one. */
  secret: boolean;
  /** What the format itself has to say about this account (a setting it had to choose, something to do by hand). */
  notes?: ExportNote[];
  /** Files that belong next to this one (a certificate a policy installs), written into the same folder. */
  companions?: ExportFile[];
}

/** A file name built from an address, safe on Windows, macOS and Linux. */
export function safeFileName(base: string): string {
  return base
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}@._+-]/gu, '_')
    .replace(/^\.+/, '_')
    .slice(0, 120);
}
