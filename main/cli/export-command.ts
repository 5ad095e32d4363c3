import { stat } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import { parseEmail } from '../../shared/email/parse-email';
import { formatFor } from '../../shared/model/export-formats';
import { buildExport, FORMAT_INFO } from '../export/export-formats';
import { writeExportFile } from '../export/write-export-file';
import { UsageError } from './cli-errors';
import type { CliIo } from './cli-io';
import { discoveryOptions, type DiscoveryValues } from './discovery-options';
import { parseFormats, resultFor, settingsOrUsage, signingFrom, type ExportValues } from './export-options';
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
    displayName: values.name,
    domainWide: values.domainWide,
    password: values.includePassword ? discovery.password : undefined,
  });
  const out = values.out ?? '.';
  // One format and a path that is not a folder: write exactly that file.
  const singleFile = formats.length === 1 && !(await isDirectory(out)) && !out.endsWith('/');
  for (const format of formats) {
    const written = formatFor(format);
    if (!FORMAT_INFO[written].domainWide && !settings.email) {
      io.stderr.write(`${t.t('cli:export.skipped', { format })}\n`);
      continue;
    }
    const { file, notes } = await buildExport(settings, format, {
      signing: format === 'apple' ? signing : undefined,
      webHost: values.webHost,
      language: t.language,
    });
    const path = await writeExportFile(singleFile ? dirname(out) : out, singleFile ? { ...file, name: basename(out) } : file);
    io.stdout.write(`${path}\n`);
    io.stderr.write(
      `  ${t.t('cli:export.howTo', { label: { key: `export:label.${written}` }, guide: { key: `export:guide.${written}` } })}\n`,
    );
    for (const note of notes)
      io.stderr.write(`  ${note.warning ? t.t('cli:export.warning', { note: note.message }) : t.render(note.message)}\n`);
  }
  return EXIT.verified;
}
