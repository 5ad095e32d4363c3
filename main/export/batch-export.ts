import { join } from 'node:path';
import type { Message } from '../../shared/model/message';
import type { Language } from '../../shared/messages/languages';
import { MailSetupError, reason } from '../errors/mail-setup-error';
import { forUser, type AccountSettings } from './account-settings';
import { formatFor, type FormatName } from '../../shared/model/export-formats';
import { buildExport, FORMAT_INFO, type SigningIdentity } from './export-formats';
import { safeFileName } from './export-file';
import { WriteError, writeExportFile } from './write-export-file';
import { readUsersCsv, type CsvProblem } from './users-csv';

export type BatchEvent =
  | { type: 'domain'; domain: string; ok: true }
  | { type: 'domain'; domain: string; ok: false; reason: Message }
  | { type: 'user'; index: number; total: number; email: string; row: number; files: string[] }
  | { type: 'problem'; row: number; email?: string; message: Message };

export interface BatchSummary {
  users: number;
  written: number;
  failed: number;
  files: string[];
  problems: CsvProblem[];
}

/** Why a user's files could not be made, as a message: a failed step's reason, or a bug's text. */
function whyNot(error: unknown): Message {
  if (error instanceof MailSetupError) return error.failure.reason;
  return reason('internal', { error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
}

/**
 * Domain-wide templates (no personal data) in <out>/<domain>/, and each user's files in
 * <out>/<domain>/users/. A bad row or an unknown domain is reported and the other rows go on; a file
 * that cannot be written stops the batch (the disk will not get better by going on).
 */
export async function batchExport(options: {
  csv: string;
  formats: FormatName[];
  outDir: string;
  /** Settings for a domain (a template), or a MailSetupError saying why there are none. */
  settingsFor: (domain: string) => Promise<AccountSettings>;
  signing?: SigningIdentity;
  language?: Language;
  onEvent?: (event: BatchEvent) => void;
}): Promise<BatchSummary> {
  const { users, problems } = readUsersCsv(options.csv);
  const summary: BatchSummary = { users: users.length, written: 0, failed: 0, files: [], problems: [...problems] };
  for (const p of problems) options.onEvent?.({ type: 'problem', row: p.row, message: p.message });
  const build = (settings: AccountSettings, format: FormatName) =>
    buildExport(settings, format, { signing: format === 'apple' ? options.signing : undefined, language: options.language });
  const templates = new Map<string, AccountSettings | Message>();
  for (const domain of [...new Set(users.map((u) => u.email.domain))]) {
    try {
      const template = await options.settingsFor(domain);
      templates.set(domain, template);
      const domainDir = join(options.outDir, safeFileName(domain));
      for (const format of options.formats.filter((f) => FORMAT_INFO[formatFor(f)].domainWide)) {
        summary.files.push(await writeExportFile(domainDir, (await build(template, format)).file));
      }
      options.onEvent?.({ type: 'domain', domain, ok: true });
    } catch (error) {
      if (error instanceof WriteError) throw error;
      const why = whyNot(error);
      templates.set(domain, why);
      options.onEvent?.({ type: 'domain', domain, ok: false, reason: why });
    }
  }
  let index = 0;
  for (const user of users) {
    index++;
    const template = templates.get(user.email.domain)!;
    const fail = (message: Message) => {
      summary.failed++;
      summary.problems.push({ row: user.row, message });
      options.onEvent?.({ type: 'problem', row: user.row, email: user.email.address, message });
    };
    if (!('incoming' in template)) {
      fail({ key: 'export:batch.no-settings', params: { email: user.email.address, domain: user.email.domain, reason: template } });
      continue;
    }
    try {
      const settings = forUser(template, user.email, user.displayName, user.login);
      const userDir = join(options.outDir, safeFileName(user.email.domain), 'users');
      const files: string[] = [];
      for (const format of options.formats.filter((f) => f !== 'dns')) {
        const { file } = await build(settings, format);
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
      if (error instanceof WriteError) throw error;
      fail({ key: 'export:batch.failed', params: { email: user.email.address, reason: whyNot(error) } });
    }
  }
  return summary;
}
