import { discoverCommand, DISCOVER_USAGE } from './discover-command';
import { exportCommand, EXPORT_USAGE } from './export-command';
import { batchCommand, BATCH_USAGE } from './batch-command';
import { diagnoseCommand, DIAGNOSE_USAGE } from './diagnose-command';
import { UsageError } from './discovery-options';
import { EXIT } from './exit-codes';

const USAGE = `Usage: mailsetup <command> [options]

Commands:
  discover <email>   find, prove and explain the mail server settings for an address
  export <email>     write the settings as files Thunderbird, Apple Mail and Outlook load
  batch <users.csv>  write domain-wide templates and per-user files for a list of users
  diagnose <email>   a step-by-step diagnostic report for IT support (text, HTML or JSON)

Run "mailsetup <command> --help" for the options of a command.`;

/** The command-line entry: returns the exit code instead of exiting, so it can be tested. */
export async function main(
  argv: string[],
  stdout: NodeJS.WritableStream = process.stdout,
  stderr: NodeJS.WriteStream = process.stderr,
): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'discover':
        return await discoverCommand(rest, stdout, stderr);
      case 'export':
        return await exportCommand(rest, stdout, stderr);
      case 'batch':
        return await batchCommand(rest, stdout, stderr);
      case 'diagnose':
        return await diagnoseCommand(rest, stdout, stderr);
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
    const usage: Record<string, string> = { discover: DISCOVER_USAGE, export: EXPORT_USAGE, batch: BATCH_USAGE, diagnose: DIAGNOSE_USAGE };
    if (known && command && usage[command]) stderr.write(`\n${usage[command]}\n`);
    return known ? EXIT.usage : EXIT.nothing;
  }
}
