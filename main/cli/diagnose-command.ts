import { buildReport } from '../report/build-report';
import { renderHtml } from '../report/render-html';
import { renderText } from '../report/render-text';
import type { DiagnosticReport } from '../report/report-types';
import { UsageError } from './cli-errors';
import type { CliIo } from './cli-io';
import { discoverForCli, discoveryOptions, type DiscoveryValues } from './discovery-options';
import { progressPrinter } from './progress-printer';
import { EXIT } from './exit-codes';
import { writeWhole } from '../export/write-export-file';
import { checkProofValues, runProofs, type ProofValues } from './proof-steps';

const RENDER: Record<'text' | 'html' | 'json', (report: DiagnosticReport) => string> = {
  text: renderText,
  html: renderHtml,
  json: (report) => `${JSON.stringify(report, null, 2)}\n`,
};

const isReportFormat = (value: string): value is keyof typeof RENDER => Object.hasOwn(RENDER, value);

export async function diagnoseCommand(
  email: string,
  values: DiscoveryValues & ProofValues & { format?: string; json?: boolean; out?: string; quiet?: boolean },
  io: CliIo,
): Promise<number> {
  const format = values.json ? 'json' : (values.format ?? 'text');
  if (!isReportFormat(format)) throw new UsageError({ key: 'cli:error.bad-report-format' });
  checkProofValues(values);
  const options = await discoveryOptions(email, values, io);
  // A diagnosis wants the whole picture, not just the first working pair.
  options.exhaustive = true;
  if (!values.quiet && io.stderr.isTTY) options.onEvent = progressPrinter(io.stderr, io.t);
  const result = await discoverForCli(options, io.t);
  const proofs = await runProofs(result, options, values, io);
  const report = buildReport(result, {
    passwordGiven: options.password !== undefined,
    secrets: options.password ? [options.password] : [],
    language: io.t.language,
    proofs,
  });
  const text = RENDER[format](report);
  if (values.out) {
    await writeWhole(values.out, text);
    io.stderr.write(
      `${io.t.t('cli:diagnose.written', { path: values.out })}\n${io.t.t('cli:diagnose.verdict', { headline: report.verdict.headline })}\n`,
    );
  } else {
    io.stdout.write(text);
  }
  return report.verdict.status === 'ok' ? EXIT.verified : report.verdict.status === 'not-found' ? EXIT.nothing : EXIT.unverified;
}
