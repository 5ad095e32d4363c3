import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { buildReport } from '../report/build-report';
import { renderHtml } from '../report/render-html';
import { renderText } from '../report/render-text';
import { DISCOVERY_FLAGS, DISCOVERY_HELP, discoverForCli, discoveryOptions, normalizeArgv, UsageError } from './discovery-options';
import { progressPrinter } from './progress-printer';
import { EXIT } from './exit-codes';

export const DIAGNOSE_USAGE = `Usage: mailsetup diagnose <email> [--password-stdin] [--format text|html|json] [--out FILE]

For IT support: probes every server it can find for the address and writes a step-by-step report (DNS
answers, web lookups, each connection with its TLS certificate, greeting, capabilities and login attempts,
with timings) under a verdict a non-expert can act on. The password is never in the report.

  --format F               text (default), html (one self-contained page) or json (mailsetup-diagnostic/1)
  --json                   the same as --format json
  --out FILE               write the report to FILE instead of standard output
  --quiet                  no progress display
${DISCOVERY_HELP}

Exit codes: 0 the settings work; 1 a problem was found (see the verdict); 2 no mail server found; 64 bad command line.`;

const RENDER = { text: renderText, html: renderHtml, json: (r: Parameters<typeof renderText>[0]) => `${JSON.stringify(r, null, 2)}\n` };

export async function diagnoseCommand(argv: string[], stdout: NodeJS.WritableStream, stderr: NodeJS.WriteStream): Promise<number> {
  const { values, positionals } = parseArgs({
    args: normalizeArgv(argv),
    allowPositionals: true,
    strict: true,
    options: {
      ...DISCOVERY_FLAGS,
      format: { type: 'string' },
      json: { type: 'boolean' },
      out: { type: 'string' },
      quiet: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    stdout.write(`${DIAGNOSE_USAGE}\n`);
    return EXIT.verified;
  }
  if (positionals.length !== 1) throw new UsageError('diagnose wants exactly one email address');
  const format = values.json ? 'json' : (values.format ?? 'text');
  if (!(format in RENDER)) throw new UsageError('--format is text, html or json');
  const options = await discoveryOptions(positionals[0], values);
  // A diagnosis wants the whole picture, not just the first working pair.
  options.exhaustive = true;
  if (!values.quiet && stderr.isTTY) options.onEvent = progressPrinter(stderr);
  const result = await discoverForCli(options);
  const report = buildReport(result, {
    passwordGiven: options.password !== undefined,
    secrets: options.password ? [options.password] : [],
  });
  const text = RENDER[format as keyof typeof RENDER](report);
  if (values.out) {
    await writeFile(values.out, text);
    stderr.write(`Report written to ${values.out}\nVerdict: ${report.verdict.headline}\n`);
  } else {
    stdout.write(text);
  }
  return report.verdict.status === 'ok' ? EXIT.verified : report.verdict.status === 'not-found' ? EXIT.nothing : EXIT.unverified;
}
