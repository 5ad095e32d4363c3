import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { MailSetupError } from '../errors/error-codes';
import { forUser, type AccountSettings } from './account-settings';
import { buildExport, FORMAT_INFO, type ExportFormat, type SigningIdentity } from './export-formats';
import { safeFileName, type ExportFile } from './export-file';
import { readUsersCsv } from './users-csv';

export type BatchEvent =
  | { type: 'domain'; domain: string; ok: boolean; message?: string }
  | { type: 'user'; index: number; total: number; email: string; row: number; files: string[] }
  | { type: 'problem'; row: number; email?: string; message: string };

export interface BatchSummary {
  users: number;
  written: number;
  failed: number;
  files: string[];
  problems: { row: number; message: string }[];
}

/** Writes a file; secrets are readable by their owner only. */
export async function writeExportFile(dir: string, file: ExportFile): Promise<string> {
  await mkdir(dir, { recursive: true });
  const path = join(dir, file.name);
  await writeFile(path, file.content, { mode: file.secret ? 0o600 : 0o644 });
  return path;
}

/**
 * Domain-wide templates (no personal data) in <out>/<domain>/, and each user's files in
 * <out>/<domain>/users/. A bad row or an unknown domain is reported and the other rows go on.
 */
export async function batchExport(options: {
  csv: string;
  formats: ExportFormat[];
  outDir: string;
  /** Settings for a domain (a template), or an error saying why there are none. */
  settingsFor: (domain: string) => Promise<AccountSettings>;
  signing?: SigningIdentity;
  onEvent?: (event: BatchEvent) => void;
}): Promise<BatchSummary> {
  const { users, problems } = readUsersCsv(options.csv);
  const summary: BatchSummary = { users: users.length, written: 0, failed: 0, files: [], problems: [...problems] };
  for (const p of problems) options.onEvent?.({ type: 'problem', row: p.row, message: p.message });
  const templates = new Map<string, AccountSettings | MailSetupError>();
  for (const domain of [...new Set(users.map((u) => u.email.domain))]) {
    try {
      const template = await options.settingsFor(domain);
      templates.set(domain, template);
      const domainDir = join(options.outDir, safeFileName(domain));
      for (const format of options.formats.filter((f) => FORMAT_INFO[f].domainWide)) {
        const { file } = await buildExport(template, format, { signing: format === 'apple' ? options.signing : undefined });
        summary.files.push(await writeExportFile(domainDir, file));
      }
      options.onEvent?.({ type: 'domain', domain, ok: true });
    } catch (error) {
      const failure = error instanceof MailSetupError ? error : new MailSetupError('EINPUT', (error as Error).message);
      templates.set(domain, failure);
      options.onEvent?.({ type: 'domain', domain, ok: false, message: failure.message });
    }
  }
  let index = 0;
  for (const user of users) {
    index++;
    const template = templates.get(user.email.domain)!;
    if (template instanceof MailSetupError) {
      summary.failed++;
      const message = `${user.email.address}: no settings for ${user.email.domain} (${template.message})`;
      summary.problems.push({ row: user.row, message });
      options.onEvent?.({ type: 'problem', row: user.row, email: user.email.address, message });
      continue;
    }
    try {
      const settings = forUser(template, user.email, user.displayName, user.login);
      const userDir = join(options.outDir, safeFileName(user.email.domain), 'users');
      const files: string[] = [];
      for (const format of options.formats.filter((f) => f !== 'dns')) {
        const { file } = await buildExport(settings, format, { signing: format === 'apple' ? options.signing : undefined });
        // Files named without the address (domain-wide formats, policies.json) get it in front, so users'
        // files do not overwrite each other.
        const named = !file.name.includes(safeFileName(user.email.address))
          ? { ...file, name: `${safeFileName(user.email.address)}-${file.name}` }
          : file;
        files.push(await writeExportFile(userDir, named));
      }
      summary.written++;
      summary.files.push(...files);
      options.onEvent?.({ type: 'user', index, total: users.length, email: user.email.address, row: user.row, files });
    } catch (error) {
      summary.failed++;
      const message = `${user.email.address}: ${(error as Error).message}`;
      summary.problems.push({ row: user.row, message });
      options.onEvent?.({ type: 'problem', row: user.row, email: user.email.address, message });
    }
  }
  return summary;
}
