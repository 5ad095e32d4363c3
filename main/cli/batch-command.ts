import { parseEmail } from '../../shared/email/parse-email';
import { batchExport } from '../export/batch-export';
import { failWith } from '../errors/mail-setup-error';
import { UsageError } from './cli-errors';
import type { CliIo } from './cli-io';
import { discoveryOptions, type DiscoveryValues } from './discovery-options';
import { settingsFromResult } from '../export/account-settings';
import { parseFormats, resultFor, signingFrom, type ExportValues } from './export-options';
import { FILE_LIMITS, readNamedFile } from './read-file';
import { EXIT } from './exit-codes';
import { checkWebHost } from './option-checks';
import { readUsersCsv } from '../export/users-csv';

export async function batchCommand(csvPath: string, values: DiscoveryValues & ExportValues, io: CliIo): Promise<number> {
  const { t } = io;
  if (!values.out) throw new UsageError({ key: 'cli:error.batch-needs-out' });
  if (values.passwordStdin) throw new UsageError({ key: 'cli:error.batch-no-password' });
  const formats = parseFormats(values.format);
  const signing = await signingFrom(values);
  const csv = await readNamedFile(csvPath, { key: 'cli:what.csv' }, FILE_LIMITS.csv);
  // A list without a single row is a mistake (the wrong file, an export that went wrong), never "all done".
  const rows = readUsersCsv(csv);
  if (rows.users.length === 0 && rows.problems.length === 0) throw new UsageError({ key: 'cli:error.no-users', params: { file: csvPath } });
  const webHost = values.webHost === undefined ? undefined : checkWebHost(values.webHost);
  // Checked (and CA files read) once, before the first domain; each domain then only changes the address.
  const discovery = await discoveryOptions('', values, io);
  const summary = await batchExport({
    csv,
    formats,
    outDir: values.out,
    signing,
    webHost,
    language: t.language,
    settingsFor: async (domain) => {
      const address = `postmaster@${domain}`;
      const result = await resultFor(address, values.from, { ...discovery, email: address }, io);
      const parsed = parseEmail(result.email);
      if (values.from && (!parsed.ok || parsed.email.domain !== domain))
        throw failWith('EINPUT', { key: 'cli:error.result-other-domain', params: { saved: result.email, domain } });
      return settingsFromResult(result, { domainWide: true });
    },
    onEvent: (event) => {
      if (event.type === 'domain')
        io.stderr.write(
          `${event.ok ? t.t('cli:batch.domain-ready', { domain: event.domain }) : t.t('cli:batch.domain-failed', { domain: event.domain, reason: event.reason })}\n`,
        );
      if (event.type === 'user')
        io.stderr.write(
          `${t.t('cli:batch.user', { index: event.index, total: event.total, email: event.email, count: event.files.length })}\n`,
        );
      if (event.type === 'problem') io.stderr.write(`${t.t('cli:batch.problem', { row: event.row, problem: event.message })}\n`);
      if (event.type === 'renamed')
        io.stderr.write(`${t.t('cli:batch.renamed', { row: event.row, email: event.email, name: event.name, taken: event.taken })}\n`);
    },
  });
  for (const file of summary.files) io.stdout.write(`${file}\n`);
  const totals = { written: summary.written, users: summary.users };
  io.stderr.write(
    `${summary.problems.length > 0 ? t.t('cli:batch.writtenProblems', { ...totals, count: summary.problems.length }) : t.t('cli:batch.written', totals)}\n`,
  );
  return summary.problems.length === 0 ? EXIT.verified : EXIT.unverified;
}
