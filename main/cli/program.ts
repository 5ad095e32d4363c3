import { Command, Option, type Help } from 'commander';
import { EXPORT_FORMATS } from '../../shared/model/export-formats';
import { SOURCE_NAMES } from '../../shared/model/sources';
import { LANGUAGE_CODES } from '../../shared/messages/languages';
import type { Translator } from '../../shared/messages/translator';
import { DEFAULT_ISPDB_URL } from '../discovery/defaults';
import { OVERALL_DEADLINE_MS } from '../net/timeouts';

export type CommandName = 'discover' | 'export' | 'batch' | 'diagnose';
/** What a command's action gets: its one positional argument and its options, camelCased by commander. */
export type Run = (command: CommandName, argument: string, options: Record<string, unknown>) => Promise<void>;

const collect = (value: string, previous: string[] | undefined) => [...(previous ?? []), value];

/** Options every command takes. */
function common(command: Command, t: Translator): Command {
  return command
    .optionsGroup(t.t('cli:help.global'))
    .option('--lang <language>', t.t('cli:option.lang', { languages: LANGUAGE_CODES.join(', ') }))
    .option('--debug', t.t('cli:option.debug'))
    .helpOption('-h, --help', t.t('cli:option.help'));
}

/** The options of every command that runs discovery. */
function discovery(command: Command, t: Translator): Command {
  return (
    command
      .optionsGroup(t.t('cli:help.discovery'))
      .option('--password-stdin', t.t('cli:option.password-stdin'))
      .option('--username <name>', t.t('cli:option.username'))
      .option('--dns <ip[:port]>', t.t('cli:option.dns'), collect)
      .option('--ca <file>', t.t('cli:option.ca'), collect)
      .option('--timeout <ms>', t.t('cli:option.timeout', { ms: OVERALL_DEADLINE_MS }))
      .option('--allow-plaintext', t.t('cli:option.allow-plaintext'))
      // "--allow-plaintext=HOST,..." is rewritten to this before parsing (see normalizeArgv).
      .addOption(new Option('--allow-plaintext-host <host>').argParser(collect).hideHelp())
      .option('--consent <host,...>', t.t('cli:option.consent'), collect)
      .option('--trust-cert <sha256>', t.t('cli:option.trust-cert'), collect)
      .option('--ispdb <url>', t.t('cli:option.ispdb', { url: DEFAULT_ISPDB_URL }))
      .option('--pop3', t.t('cli:option.pop3'))
      .option('--all', t.t('cli:option.all'))
      .option('--sources <list>', t.t('cli:option.sources', { sources: SOURCE_NAMES.join(',') }))
  );
}

/** The proofs beyond a login that discover and diagnose offer: a test message, signing in with the provider. */
function proofOptions(command: Command, t: Translator): Command {
  return command
    .option('--send-test', t.t('cli:proof.option.send-test'))
    .option('--oauth', t.t('cli:proof.option.oauth'))
    .option('--oauth-client-id <[provider=]id>', t.t('cli:proof.option.oauth-client-id'))
    .option('--oauth-tenant <tenant>', t.t('cli:proof.option.oauth-tenant'))
    .option('--oauth-redirect-host <host>', t.t('cli:proof.option.oauth-redirect-host'));
}

/** The options `export` and `batch` share. */
function exportOptions(command: Command, t: Translator, out: 'out' | 'batch-out'): Command {
  return command
    .optionsGroup(t.t('cli:help.export'))
    .option('--format <list>', t.t('cli:option.format', { formats: EXPORT_FORMATS.join(', ') }), collect)
    .option('--from <file>', t.t('cli:option.from'))
    .option('--out <path>', t.t(`cli:option.${out}`))
    .option('--sign-cert <file>', t.t('cli:option.sign-cert'))
    .option('--sign-key <file>', t.t('cli:option.sign-key'))
    .option('--sign-chain <file>', t.t('cli:option.sign-chain'))
    .option('--web-host <host>', t.t('cli:option.web-host'));
}

/**
 * The command line as commander sees it, every word from the catalog: help is generated in the chosen
 * language. Each action hands its arguments to `run`, which loads the command's code only then.
 */
export function buildProgram(t: Translator, run: Run): Command {
  const titles: Record<string, string> = {
    'Usage:': t.t('cli:help.usage'),
    'Arguments:': t.t('cli:help.arguments'),
    'Options:': t.t('cli:help.options'),
    'Commands:': t.t('cli:help.commands'),
  };
  const helpConfig: Partial<Help> = {
    // commander's own headings, in the chosen language (our group headings are already).
    styleTitle: (title: string) => titles[title] ?? title,
    optionTerm: (option: Option) => (option.long === '--allow-plaintext' ? '--allow-plaintext[=HOST,...]' : option.flags),
    subcommandTerm: (command: Command) => `${command.name()} ${command.usage()}`,
  };
  const program = new Command('mailsetup')
    .description(t.t('cli:program.description'))
    .usage(t.t('cli:usage.program'))
    .configureHelp(helpConfig)
    .helpCommand('help [command]', t.t('cli:command.help'))
    .addHelpText('after', `\n${t.t('cli:program.more')}`);
  const define = (name: CommandName, argument: string, argumentHelp: 'cli:argument.email' | 'cli:argument.csv') =>
    program
      .command(name)
      .summary(t.t(`cli:command.${name}.summary`))
      .description(t.t(`cli:command.${name}.description`))
      .usage(t.t(`cli:usage.${name}`))
      .configureHelp(helpConfig)
      .argument(argument, t.t(argumentHelp))
      .addHelpText('after', `\n${t.t(`cli:exitCodes.${name}`)}`)
      .action((value: string, options: Record<string, unknown>) => run(name, value, options));

  const discover = define('discover', '<email>', 'cli:argument.email')
    .optionsGroup(t.t('cli:help.options'))
    .option('--json', t.t('cli:option.json'))
    .option('--quiet', t.t('cli:option.quiet'));
  proofOptions(discover, t);
  discovery(discover, t);

  const exportCommand = define('export', '<email>', 'cli:argument.email')
    .optionsGroup(t.t('cli:help.options'))
    .option('--name <name>', t.t('cli:option.name'))
    .option('--include-password', t.t('cli:option.include-password'))
    .option('--domain-wide', t.t('cli:option.domain-wide'));
  exportOptions(exportCommand, t, 'out');
  discovery(exportCommand, t);

  exportOptions(define('batch', '<users.csv>', 'cli:argument.csv'), t, 'batch-out');
  discovery(
    program.commands.find((c) => c.name() === 'batch')!,
    t,
  );

  const diagnose = define('diagnose', '<email>', 'cli:argument.email')
    .optionsGroup(t.t('cli:help.options'))
    .option('--format <format>', t.t('cli:option.report-format'))
    .option('--json', t.t('cli:option.report-json'))
    .option('--out <file>', t.t('cli:option.report-out'))
    .option('--quiet', t.t('cli:option.quiet'));
  proofOptions(diagnose, t);
  discovery(diagnose, t);
  // The options every command takes come last in each help page.
  for (const command of [program, ...program.commands]) common(command, t);
  return program;
}
