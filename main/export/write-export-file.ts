import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ExportFile } from './export-file';

/** A file that could not be written: the disk's fault (or the folder's), never the settings'. */
export class WriteError extends Error {
  constructor(
    readonly path: string,
    readonly cause: NodeJS.ErrnoException,
  ) {
    super(`cannot write ${path}: ${cause.code ?? cause.message}`);
    this.name = 'WriteError';
  }
}

/** Writes a file; secrets are readable by their owner only. A failure to write is a WriteError with the path. */
export async function writeExportFile(dir: string, file: ExportFile): Promise<string> {
  const path = join(dir, file.name);
  await writeWhole(path, file.content, file.secret ? 0o600 : 0o644, dir);
  return path;
}

/**
 * Writes a file and the files that belong next to it (a certificate its policy installs), returning every path,
 * the file's own first.
 */
export async function writeExportFiles(dir: string, file: ExportFile): Promise<string[]> {
  const paths = [await writeExportFile(dir, file)];
  for (const companion of file.companions ?? []) paths.push(await writeExportFile(dir, companion));
  return paths;
}

/** Writes one file (and its folder), turning any failure into a WriteError. */
export async function writeWhole(path: string, content: string | Buffer, mode = 0o644, dir?: string): Promise<void> {
  try {
    if (dir) await mkdir(dir, { recursive: true });
    await writeFile(path, content, { mode });
  } catch (error) {
    throw new WriteError(path, error as NodeJS.ErrnoException);
  }
}
