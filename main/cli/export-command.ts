import { stat } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { parseEmail } from '../email/parse-email';
import { buildExport, FORMAT_INFO } from '../export/export-formats';
import { writeExportFile } from '../export/batch-export';
import { DISCOVERY_FLAGS, DISCOVERY_HELP, discoveryOptions, normalizeArgv, UsageError } from './discovery-options';
import { EXPORT_FLAGS, EXPORT_HELP, parseFormats, resultFor, settingsOrUsage, signingFrom } from './export-options';
import { progressPrinter } from './progress-printer';
import { EXIT } from './exit-codes';

export const EXPORT_USAGE = `Usage: mailsetup export <email> --format FORMAT [options]

Writes the settings for an address in the files mail apps load. Discovers them first, unless --from
names a saved result.

${EXPORT_HELP}
  --name "NAME"            the name recipients see (display name)
  --include-password       put the password (from --password-stdin) into the formats that have a place for it;
                           such a file is a secret
  --domain-wide            leave out everything personal: one file for every user of the domain
${DISCOVERY_HELP}`;

async function isDirectory(path: string): Promise<boolean> {
  return stat(path).then(
    (s) => s.isDirectory(),
    () => false,
  );
}

export async function exportCommand(argv: string[], stdout: NodeJS.WritableStream, stderr: NodeJS.WriteStream): Promise<number> {
  const { values, positionals } = parseArgs({
    args: normalizeArgv(argv),
    allowPositionals: true,
    strict: true,
    options: {
      ...DISCOVERY_FLAGS,
      ...EXPORT_FLAGS,
      name: { type: 'string' },
      'include-password': { type: 'boolean' },
      'domain-wide': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    stdout.write(`${EXPORT_USAGE}\n`);
    return EXIT.verified;
  }
  if (positionals.length !== 1) throw new UsageError('export wants exactly one email address');
  const parsed = parseEmail(positionals[0]);
  if (!parsed.ok) throw new UsageError(parsed.reason);
  const formats = parseFormats(values.format);
  const signing = await signingFrom(values);
  if (values['include-password'] && !values['password-stdin'])
    throw new UsageError('--include-password needs the password from --password-stdin');
  if (values['include-password'] && values['domain-wide']) throw new UsageError('a domain-wide file never holds a password');
  const discovery = await discoveryOptions(parsed.email.address, values);
  if (!values.from && stderr.isTTY) discovery.onEvent = progressPrinter(stderr);
  const result = await resultFor(parsed.email.address, values.from, discovery);
  const saved = parseEmail(result.email);
  if (!saved.ok || saved.email.address !== parsed.email.address)
    throw new UsageError(`the saved result is for ${result.email}, not ${parsed.email.address}`);
  if (result.incoming && !result.incoming.verified)
    stderr.write('mailsetup: note: these settings were found but not proven with a login.\n');
  const settings = settingsOrUsage(result, {
    displayName: values.name,
    domainWide: values['domain-wide'],
    password: values['include-password'] ? discovery.password : undefined,
  });
  const out = values.out ?? '.';
  // One format and a path that is not a folder: write exactly that file.
  const singleFile = formats.length === 1 && !(await isDirectory(out)) && !out.endsWith('/');
  for (const format of formats) {
    if (!FORMAT_INFO[format].domainWide && !settings.email) {
      stderr.write(`mailsetup: skipped ${format}: it sets up one person, and --domain-wide leaves the person out\n`);
      continue;
    }
    const { file, notes } = await buildExport(settings, format, {
      signing: format === 'apple' ? signing : undefined,
      webHost: values['web-host'],
    });
    const path = await writeExportFile(singleFile ? dirname(out) : out, singleFile ? { ...file, name: basename(out) } : file);
    stdout.write(`${path}\n`);
    stderr.write(`  ${FORMAT_INFO[format].label}: ${FORMAT_INFO[format].howToOpen}\n`);
    for (const note of notes) stderr.write(`  ${file.secret && /password/.test(note) ? 'WARNING: ' : ''}${note}\n`);
  }
  return EXIT.verified;
}
