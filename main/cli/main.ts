import { discoverCommand, DISCOVER_USAGE } from './discover-command';
import { UsageError } from './discovery-options';
import { EXIT } from './exit-codes';

const USAGE = `Usage: mailsetup <command> [options]

Commands:
  discover <email>   find, prove and explain the mail server settings for an address

Run "mailsetup <command> --help" for the options of a command.`;

/** The command-line entry: returns the exit code instead of exiting, so it can be tested. */
export async function main(argv: string[], stdout: NodeJS.WritableStream = process.stdout, stderr: NodeJS.WriteStream = process.stderr): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'discover':
        return await discoverCommand(rest, stdout, stderr);
      case undefined:
      case '--help':
      case '-h':
      case 'help':
        stdout.write(`${USAGE}\n`);
        return command === undefined ? EXIT.usage : EXIT.verified;
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (error) {
    const known = error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
    stderr.write(`mailsetup: ${(error as Error).message}\n`);
    if (known && command === 'discover') stderr.write(`\n${DISCOVER_USAGE}\n`);
    return known ? EXIT.usage : EXIT.nothing;
  }
}
