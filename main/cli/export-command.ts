import { stat } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import { parseEmail } from '../../shared/email/parse-email';
import type { Message } from '../../shared/model/message';
import { formatFor, type ExportFormat } from '../../shared/model/export-formats';
import { buildExport, FORMAT_INFO, type BuiltExport } from '../export/export-formats';
import { writeExportFile, writeExportFiles } from '../export/write-export-file';
import { MailSetupError } from '../errors/mail-setup-error';
import { UsageError } from './cli-errors';
import type { CliIo } from './cli-io';
import { discoveryOptions, type DiscoveryValues } from './discovery-options';
import { parseFormats, resultFor, settingsOrUsage, signingFrom, type ExportValues } from './export-options';
import { checkName, checkWebHost } from './option-checks';
import { progressPrinter } from './progress-printer';
import { EXIT } from './exit-codes';

export type ExportCommandValues = DiscoveryValues & ExportValues & { name?: string; includePassword?: boolean; domainWide?: boolean };

async function isDirectory(path: string): Promise<boolean> {
  return stat(path).then(
    (s) => s.isDirectory(),
    () => false,
  );
}

export async function exportCommand(email: string, values: ExportCommandValues, io: CliIo): Promise<number> {
  const { t } = io;
  const parsed = parseEmail(email);
  if (!parsed.ok) throw new UsageError({ key: 'cli:error.bad-email', params: { problem: { key: `email:problem.${parsed.problem}` } } });
  const formats = parseFormats(values.format);
  if (values.includePassword && !values.passwordStdin) throw new UsageError({ key: 'cli:error.include-needs-password' });
  if (values.includePassword && values.domainWide) throw new UsageError({ key: 'cli:error.domain-wide-password' });
  const webHost = values.webHost === undefined ? undefined : checkWebHost(values.webHost);
  const displayName = values.name === undefined ? undefined : checkName(values.name);
  const signing = await signingFrom(values);
  const discovery = await discoveryOptions(parsed.email.address, values, io);
  if (!values.from && io.stderr.isTTY) discovery.onEvent = progressPrinter(io.stderr, t);
  const result = await resultFor(parsed.email.address, values.from, discovery, io);
  const saved = parseEmail(result.email);
  if (!saved.ok || saved.email.address !== parsed.email.address)
    throw new UsageError({ key: 'cli:error.result-other-address', params: { saved: result.email, wanted: parsed.email.address } });
  if (!result.incoming || !result.outgoing) {
    io.stderr.write(`${t.t('cli:error.line', { message: { key: 'outcome:reason.nothing-to-export' } })}\n`);
    return EXIT.nothing;
  }
  if (!result.incoming.verified) io.stderr.write(`${t.t('cli:export.unverified')}\n`);
  const settings = settingsOrUsage(result, {
    displayName,
    domainWide: values.domainWide,
    password: values.includePassword ? discovery.password : undefined,
  });
  // Every file is made before the first is written, so nothing is left half done. A format that cannot be written
  // for this account (a PRF for a STARTTLS-only server, say) is refused with its reason; the others are written.
  const built: { format: ExportFormat; name: string; output: BuiltExport }[] = [];
  const refused: Message[] = [];
  for (const name of formats) {
    const format = formatFor(name);
    if (!FORMAT_INFO[format].domainWide && !settings.email) {
      io.stderr.write(`${t.t('cli:export.skipped', { format: name })}\n`);
      continue;
    }
    try {
      const output = await buildExport(settings, name, {
        signing: format === 'apple' ? signing : undefined,
        webHost,
        language: t.language,
      });
      built.push({ format, name, output });
    } catch (error) {
      if (!(error instanceof MailSetupError) || error.code !== 'EINPUT') throw error;
      refused.push({ key: 'cli:export.cannot', params: { format: name, reason: error.failure.reason } });
    }
  }
  if (built.length === 0 && refused.length > 0) throw new UsageError(refused[0]);
  const out = values.out ?? '.';
  // One format and a path that is not a folder: write exactly that file (and any file it needs next to it).
  const singleFile = built.length === 1 && !(await isDirectory(out)) && !out.endsWith('/');
  for (const { format, output } of built) {
    const { file, notes } = output;
    const paths = singleFile
      ? [
          await writeExportFile(dirname(out), { ...file, name: basename(out), companions: undefined }),
          ...(await companionsOf(dirname(out), file)),
        ]
      : await writeExportFiles(out, file);
    for (const path of paths) io.stdout.write(`${path}\n`);
    io.stderr.write(
      `  ${t.t('cli:export.howTo', { label: { key: `export:label.${format}` }, guide: { key: `export:guide.${format}` } })}\n`,
    );
    if (format === 'outlook-prf') io.stderr.write(`  ${t.t('export:open.outlook-prf', { path: paths[0] })}\n`);
    for (const note of notes)
      io.stderr.write(`  ${note.warning ? t.t('cli:export.warning', { note: note.message }) : t.render(note.message)}\n`);
  }
  for (const reason of refused) io.stderr.write(`${t.t('cli:error.line', { message: reason })}\n`);
  return refused.length > 0 ? EXIT.unverified : EXIT.verified;
}

async function companionsOf(dir: string, file: BuiltExport['file']): Promise<string[]> {
  const paths: string[] = [];
  for (const companion of file.companions ?? []) paths.push(await writeExportFile(dir, companion));
  return paths;
}
