import type { Translator } from '../../shared/messages/translator';

/**
 * Reads the password from standard input: the whole input minus one line ending, so spaces and quotes
 * survive; at a terminal, a prompt that does not echo what is typed (the `read` package's silent mode).
 */
export async function readPassword(
  t: Translator,
  input: NodeJS.ReadStream = process.stdin,
  prompt: NodeJS.WriteStream = process.stderr,
): Promise<string> {
  if (!input.isTTY) {
    const chunks: Buffer[] = [];
    for await (const chunk of input) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks)
      .toString('utf8')
      .replace(/\r?\n$/, '');
  }
  // Loaded only for a prompt at a terminal: piped passwords and every other command never need it.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { read } = require('read') as typeof import('read');
  return String(await read({ prompt: t.t('cli:prompt.password'), silent: true, replace: '', input, output: prompt }));
}
