import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { Message } from '../../shared/model/message';
import type { Language } from '../../shared/messages/languages';
import { MailSetupError, reason } from '../errors/mail-setup-error';
import { forUser, type AccountSettings } from './account-settings';
import { formatFor, type FormatName } from '../../shared/model/export-formats';
import { buildExport, FORMAT_INFO, type SigningIdentity } from './export-formats';
import { safeFileName, type ExportFile } from './export-file';
import { WriteError, writeExportFile, writeExportFiles } from './write-export-file';
import { readUsersCsv, type CsvProblem } from './users-csv';

export type BatchEvent =
  | { type: 'domain'; domain: string; ok: true }
  | { type: 'domain'; domain: string; ok: false; reason: Message }
  | { type: 'user'; index: number; total: number; email: string; row: number; files: string[] }
  | { type: 'problem'; row: number; email?: string; message: Message }
  /** Two addresses of the list make the same file name (a'b@ and a_b@, Alice@ and alice@): the later one's files get a suffix. */
  | { type: 'renamed'; row: number; email: string; name: string; taken: string };

export interface BatchSummary {
  users: number;
  written: number;
  failed: number;
  files: string[];
  problems: CsvProblem[];
  /** Users whose files carry a suffix because their plain name was taken. */
  renamed: number;
}

/**
 * File names for the users of one list that never collide, on any file system: an address's safe name, or, when an
 * earlier user of the list has it already (compared without case, as Windows and macOS compare), that name with a
 * short tag derived from the address itself, so the same list always gives the same names.
 */
class UniqueNames {
  private readonly taken = new Map<string, string>();

  nameFor(address: string): { name: string; plain: string } {
    const plain = safeFileName(address);
    let name = plain;
    for (let attempt = 0; this.isTakenByOther(name, address); attempt++) {
      const tag = createHash('sha256').update(`${address}\u0000${attempt}`).digest('hex').slice(0, 8);
      name = `${plain}-${tag}`;
    }
    this.taken.set(name.toLowerCase(), address);
    return { name, plain };
  }

  private isTakenByOther(name: string, address: string): boolean {
    const owner = this.taken.get(name.toLowerCase());
    return owner !== undefined && owner !== address;
  }
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
  /** The web server that hosts the autoconfig and Autodiscover files (the DNS records). */
  webHost?: string;
  language?: Language;
  onEvent?: (event: BatchEvent) => void;
}): Promise<BatchSummary> {
  const { users, problems } = readUsersCsv(options.csv);
  const summary: BatchSummary = { users: users.length, written: 0, failed: 0, files: [], problems: [...problems], renamed: 0 };
  const names = new UniqueNames();
  const companionsWritten = new Set<string>();
  for (const p of problems) options.onEvent?.({ type: 'problem', row: p.row, message: p.message });
  const build = (settings: AccountSettings, format: FormatName) =>
    buildExport(settings, format, {
      signing: format === 'apple' ? options.signing : undefined,
      webHost: options.webHost,
      language: options.language,
    });
  const templates = new Map<string, AccountSettings | Message>();
  for (const domain of [...new Set(users.map((u) => u.email.domain))]) {
    try {
      const template = await options.settingsFor(domain);
      templates.set(domain, template);
      const domainDir = join(options.outDir, safeFileName(domain));
      for (const format of options.formats.filter((f) => FORMAT_INFO[formatFor(f)].domainWide)) {
        summary.files.push(...(await writeExportFiles(domainDir, (await build(template, format)).file)));
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
    const note = (message: Message) => {
      summary.problems.push({ row: user.row, message });
      options.onEvent?.({ type: 'problem', row: user.row, email: user.email.address, message });
    };
    const fail = (message: Message) => {
      summary.failed++;
      note(message);
    };
    if (!('incoming' in template)) {
      fail({ key: 'export:batch.no-settings', params: { email: user.email.address, domain: user.email.domain, reason: template } });
      continue;
    }
    try {
      const settings = forUser(template, user.email, user.displayName, user.login);
      const userDir = join(options.outDir, safeFileName(user.email.domain), 'users');
      const { name: stem, plain } = names.nameFor(user.email.address);
      // Every file of the user is made before any is written: a format that fails leaves no half set behind.
      // A format refused for this account (a PRF for a STARTTLS-only server) is reported; the others are written.
      const built: ExportFile[] = [];
      const refused: Message[] = [];
      for (const format of options.formats.filter((f) => f !== 'dns')) {
        try {
          built.push((await build(settings, format)).file);
        } catch (error) {
          if (!(error instanceof MailSetupError) || error.code !== 'EINPUT') throw error;
          refused.push({ key: 'export:batch.format-refused', params: { email: user.email.address, format, reason: error.failure.reason } });
        }
      }
      if (built.length === 0 && refused.length > 0) {
        summary.failed++;
        for (const message of refused) note(message);
        continue;
      }
      if (stem !== plain) {
        summary.renamed++;
        options.onEvent?.({ type: 'renamed', row: user.row, email: user.email.address, name: stem, taken: plain });
      }
      const files: string[] = [];
      for (const file of built) {
        // Files named without the address (domain-wide formats, policies.json) get it in front, so users' files do
        // not overwrite each other.
        const name = file.name.startsWith(plain) ? `${stem}${file.name.slice(plain.length)}` : `${stem}-${file.name}`;
        files.push(await writeExportFile(userDir, { ...file, name, companions: undefined }));
        // Files that belong next to it (a certificate the policy installs) are the same for every user: written once.
        for (const companion of file.companions ?? []) {
          if (companionsWritten.has(join(userDir, companion.name))) continue;
          companionsWritten.add(join(userDir, companion.name));
          files.push(await writeExportFile(userDir, companion));
        }
      }
      summary.written++;
      summary.files.push(...files);
      for (const message of refused) note(message);
      options.onEvent?.({ type: 'user', index, total: users.length, email: user.email.address, row: user.row, files });
    } catch (error) {
      if (error instanceof WriteError) throw error;
      fail({ key: 'export:batch.failed', params: { email: user.email.address, reason: whyNot(error) } });
    }
  }
  return summary;
}
