import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { batchExport } from '../export/batch-export';
import { DISCOVERY_FLAGS, DISCOVERY_HELP, discoveryOptions, normalizeArgv, UsageError } from './discovery-options';
import { EXPORT_FLAGS, EXPORT_HELP, parseFormats, resultFor, settingsOrUsage, signingFrom } from './export-options';
import { parseEmail } from '../email/parse-email';
import { EXIT } from './exit-codes';

export const BATCH_USAGE = `Usage: mailsetup batch <users.csv> --format FORMAT --out DIR [options]

For administrators: reads a CSV of users (email, display name, optional login name; a header row is
optional) and writes domain-wide templates to DIR/<domain>/ and each user's files to DIR/<domain>/users/.
The servers of each domain are discovered once (without a password), or taken from --from.
A bad row is reported and the other rows go on. No file holds a password.

${EXPORT_HELP}
${DISCOVERY_HELP}`;

export async function batchCommand(argv: string[], stdout: NodeJS.WritableStream, stderr: NodeJS.WriteStream): Promise<number> {
  const { values, positionals } = parseArgs({
    args: normalizeArgv(argv),
    allowPositionals: true,
    strict: true,
    options: { ...DISCOVERY_FLAGS, ...EXPORT_FLAGS, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    stdout.write(`${BATCH_USAGE}\n`);
    return EXIT.verified;
  }
  if (positionals.length !== 1) throw new UsageError('batch wants exactly one CSV file');
  if (!values.out) throw new UsageError('batch needs --out DIR');
  if (values['password-stdin']) throw new UsageError('batch files never hold a password; leave out --password-stdin');
  const formats = parseFormats(values.format);
  const signing = await signingFrom(values);
  const csv = await readFile(positionals[0], 'utf8').catch((error: Error) => {
    throw new UsageError(`cannot read ${positionals[0]}: ${error.message}`);
  });
  const summary = await batchExport({
    csv,
    formats,
    outDir: values.out,
    signing,
    settingsFor: async (domain) => {
      const discovery = await discoveryOptions(`postmaster@${domain}`, values);
      const result = await resultFor(`postmaster@${domain}`, values.from, discovery);
      const parsed = parseEmail(result.email);
      if (values.from && (!parsed.ok || parsed.email.domain !== domain))
        throw new UsageError(`the saved result is for ${result.email}, not for ${domain}`);
      return settingsOrUsage(result, { domainWide: true });
    },
    onEvent: (event) => {
      if (event.type === 'domain') stderr.write(event.ok ? `${event.domain}: settings ready\n` : `${event.domain}: ${event.message}\n`);
      if (event.type === 'user')
        stderr.write(`[${event.index}/${event.total}] ${event.email} ✔ ${event.files.length} file${event.files.length === 1 ? '' : 's'}\n`);
      if (event.type === 'problem') stderr.write(`row ${event.row}: ${event.message} ✘\n`);
    },
  });
  for (const file of summary.files) stdout.write(`${file}\n`);
  stderr.write(
    `${summary.written} of ${summary.users} users written${summary.problems.length ? `, ${summary.problems.length} problem${summary.problems.length === 1 ? '' : 's'}` : ''}.\n`,
  );
  return summary.problems.length === 0 ? EXIT.verified : EXIT.unverified;
}
