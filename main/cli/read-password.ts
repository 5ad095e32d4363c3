import { createInterface } from 'node:readline';

/**
 * Reads the password from standard input: the whole input minus one line ending, so spaces and quotes
 * survive; at a terminal, a prompt that does not echo what is typed.
 */
export async function readPassword(input: NodeJS.ReadStream = process.stdin, prompt: NodeJS.WriteStream = process.stderr): Promise<string> {
  if (!input.isTTY) {
    const chunks: Buffer[] = [];
    for await (const chunk of input) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks)
      .toString('utf8')
      .replace(/\r?\n$/, '');
  }
  return new Promise((resolve) => {
    const rl = createInterface({ input, output: prompt, terminal: true });
    const write = rl as unknown as { _writeToOutput: (s: string) => void };
    prompt.write('Password: ');
    // Echo nothing while the password is typed.
    write._writeToOutput = () => undefined;
    rl.question('', (answer) => {
      rl.close();
      prompt.write('\n');
      resolve(answer);
    });
  });
}
