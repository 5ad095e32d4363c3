import { open, stat } from 'node:fs/promises';
import type { Message } from '../../shared/model/message';
import { ReadError } from './cli-errors';

/**
 * The most a file named on the command line may hold. Each is far above any real file of its kind (a CA bundle
 * of every public root is 0.2 MiB; a saved result with a thousand candidates and their certificates a few MiB;
 * 100 000 users a few MiB), and far below what would hurt: /dev/zero or a wrong file fails at once.
 */
export const FILE_LIMITS = {
  ca: 4 * 1024 * 1024,
  result: 32 * 1024 * 1024,
  csv: 32 * 1024 * 1024,
  signing: 1024 * 1024,
} as const;

/** The text encodings a user list arrives in: what Excel's "CSV UTF-8" and "Unicode text" and every editor write. */
function decode(bytes: Buffer): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return bytes.subarray(2).toString('utf16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    // Node has no UTF-16BE decoder; swapping each pair gives UTF-16LE.
    const swapped = Buffer.from(bytes.subarray(2, bytes.length - (bytes.length % 2)));
    swapped.swap16();
    return swapped.toString('utf16le');
  }
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return bytes.subarray(3).toString('utf8');
  return bytes.toString('utf8');
}

/**
 * Reads a file the user named, as text (UTF-8, or UTF-16 with its byte order mark): only a regular file, and only
 * up to `limit` bytes, read in bounded chunks so that a device or a file that keeps growing is refused at once
 * instead of filling the memory. A failure is a ReadError (exit 74) that says which file and why.
 */
export async function readNamedFile(path: string, what: Message, limit: number): Promise<string> {
  const fail = (error: Message | string): never => {
    throw new ReadError({ key: 'cli:error.cannot-read', params: { what, file: path, error } });
  };
  let handle;
  try {
    // Checked before opening: opening a FIFO would wait for a writer that may never come.
    if (!(await stat(path)).isFile()) return fail({ key: 'cli:error.not-a-file' });
    handle = await open(path, 'r');
  } catch (error) {
    if (error instanceof ReadError) throw error;
    const e = error as NodeJS.ErrnoException;
    return fail(e.code ?? e.message);
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) return fail({ key: 'cli:error.not-a-file' });
    if (info.size > limit) return fail({ key: 'cli:error.file-too-large', params: { limit: mebibytes(limit) } });
    // /proc files say size 0 and still have content, so the size is never trusted: the reads are capped too.
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.alloc(Math.min(64 * 1024, limit + 1 - total));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      chunks.push(chunk.subarray(0, bytesRead));
      total += bytesRead;
      if (total > limit) return fail({ key: 'cli:error.file-too-large', params: { limit: mebibytes(limit) } });
    }
    return decode(Buffer.concat(chunks));
  } catch (error) {
    if (error instanceof ReadError) throw error;
    const e = error as NodeJS.ErrnoException;
    return fail(e.code ?? e.message);
  } finally {
    await handle.close();
  }
}

function mebibytes(bytes: number): string {
  return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MiB`;
}
