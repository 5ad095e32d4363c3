import type { Command } from 'commander';
import { isLanguage, LANGUAGE_CODES, matchLanguage } from '../../shared/messages/languages';
import { createTranslator } from '../../shared/messages/translator';
import type { Message } from '../../shared/model/message';
import { MailSetupError } from '../errors/mail-setup-error';
import { internalFailure } from '../errors/step-error';
import { SILENT_LOG } from '../log/logger';
import { WriteError } from '../export/write-export-file';
import { ReadError, UsageError } from './cli-errors';
import type { CliIo } from './cli-io';
import { normalizeArgv } from './discovery-options';
import { EXIT } from './exit-codes';
import { buildProgram, type CommandName } from './program';

/** The value of an option anywhere on the command line ("--lang zh-CN" or "--lang=zh-CN"). */
function optionValue(argv: readonly string[], name: string): string | undefined {
  const index = argv.findIndex((a) => a === name || a.startsWith(`${name}=`));
  if (index < 0) return undefined;
  return argv[index].includes('=') ? argv[index].slice(name.length + 1) : (argv[index + 1] ?? '');
}

/** Runs one command; its code is loaded only now, so `--help` and usage errors start fast. */
async function runCommand(name: CommandName, argument: string, options: Record<string, unknown>, io: CliIo): Promise<number> {
  switch (name) {
    case 'discover':
      return (await import('./discover-command')).discoverCommand(argument, options, io);
    case 'export':
      return (await import('./export-command')).exportCommand(argument, options, io);
    case 'batch':
      return (await import('./batch-command')).batchCommand(argument, options, io);
    case 'diagnose':
      return (await import('./diagnose-command')).diagnoseCommand(argument, options, io);
  }
}

/** commander's own errors, in the catalog's words: the quoted name in its message is the only fact needed. */
function commanderMessage(error: { code: string; message: string }): Message {
  const name = /'([^']+)'/.exec(error.message)?.[1] ?? '';
  switch (error.code) {
    case 'commander.unknownCommand':
      return { key: 'cli:error.unknown-command', params: { name } };
    case 'commander.unknownOption':
      return { key: 'cli:error.unknown-option', params: { name } };
    case 'commander.missingArgument':
      return { key: 'cli:error.missing-argument', params: { name: `<${name}>` } };
    case 'commander.optionMissingArgument':
      return { key: 'cli:error.option-needs-value', params: { name: name.split(' ')[0] } };
    case 'commander.excessArguments':
      return { key: 'cli:error.too-many-arguments' };
    default:
      return { key: 'cli:error.invalid-value', params: { name: error.code, reason: error.message.replace(/^error: /, '') } };
  }
}

/** The command-line entry: returns the exit code instead of exiting, so it can be tested. */
export async function main(
  argv: string[],
  stdout: NodeJS.WritableStream = process.stdout,
  stderr: NodeJS.WriteStream = process.stderr,
): Promise<number> {
  const args = normalizeArgv(argv);
  const chosen = optionValue(args, '--lang');
  const language = chosen === undefined ? matchLanguage(process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG) : chosen;
  const t = createTranslator(isLanguage(language) ? language : 'en');
  let log = SILENT_LOG;
  if (args.includes('--debug')) log = (await import('../log/create-log')).createLog({ to: 'stderr' });
  const io: CliIo = { stdout, stderr, t, log };
  const say = (message: Message) => stderr.write(`${t.t('cli:error.line', { message })}\n`);
  if (!isLanguage(language)) {
    say({ key: 'cli:error.bad-language', params: { name: language, choices: [...LANGUAGE_CODES] } });
    return EXIT.usage;
  }
  let code: number = EXIT.verified;
  const program = buildProgram(t, async (name, argument, options) => {
    code = await runCommand(name, argument, options, io);
  });
  if (args.length === 0) {
    stdout.write(program.helpInformation());
    return EXIT.usage;
  }
  const output = { writeOut: (s: string) => stdout.write(s), writeErr: (s: string) => stderr.write(s), outputError: () => undefined };
  program.exitOverride().configureOutput(output);
  for (const command of program.commands) command.exitOverride().configureOutput(output);
  const usageOf = (): Command | undefined => program.commands.find((c) => c.name() === args[0]);
  try {
    await program.parseAsync(args, { from: 'user' });
    return code;
  } catch (error) {
    const commander = error as { code?: string; exitCode?: number; message: string };
    if (typeof commander.code === 'string' && commander.code.startsWith('commander.')) {
      if (commander.exitCode === 0) return EXIT.verified;
      say(commanderMessage({ code: commander.code, message: commander.message }));
      const usage = usageOf();
      if (usage) stderr.write(`\n${usage.helpInformation()}`);
      return EXIT.usage;
    }
    if (error instanceof UsageError || (error instanceof MailSetupError && error.code === 'EINPUT')) {
      say(error instanceof UsageError ? error.reason : error.failure.reason);
      const usage = usageOf();
      if (usage) stderr.write(`\n${usage.helpInformation()}`);
      return EXIT.usage;
    }
    if (error instanceof ReadError) {
      say(error.reason);
      return EXIT.ioError;
    }
    if (error instanceof WriteError) {
      say({ key: 'cli:error.cannot-write', params: { file: error.path, error: error.cause.code ?? error.cause.message } });
      return EXIT.cantCreate;
    }
    // Anything else is a fault of ours: a short line for the person, the trace in the log (--debug).
    const failure = internalFailure(error, log);
    say({ key: 'cli:error.internal', params: { error: failure.reason } });
    return EXIT.software;
  }
}
