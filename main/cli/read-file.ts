import { readFile } from 'node:fs/promises';
import type { Message } from '../../shared/model/message';
import { ReadError } from './cli-errors';

/** Reads a file the user named; a failure is a ReadError (exit 74) that says which file and why. */
export async function readNamedFile(path: string, what: Message): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    throw new ReadError({ key: 'cli:error.cannot-read', params: { what, file: path, error: e.code ?? e.message } });
  }
}
