import { parseArgs } from 'node:util';
import type { DiscoveryResult } from '../engine/discovery-types';
import { DISCOVERY_FLAGS, DISCOVERY_HELP, discoverForCli, discoveryOptions, normalizeArgv, UsageError } from './discovery-options';
import { progressPrinter } from './progress-printer';
import { formatSummary } from './summary';
import { EXIT } from './exit-codes';

export const DISCOVER_USAGE = `Usage: mailsetup discover <email> [options]

Finds the incoming and outgoing mail servers for an address, proves them with trial logins when a
password is given, and explains the choice.

  --json                   print one JSON object on standard output (progress stays on the terminal)
  --quiet                  no progress display
${DISCOVERY_HELP}

Exit codes: 0 verified incoming and outgoing servers; 1 servers found but not verified;
2 no usable server found; 64 bad command line.`;

/** What the JSON output promises: the documented fields first, then the details. */
export function toJson(result: DiscoveryResult): object {
  return {
    email: result.email,
    incoming: result.incoming,
    outgoing: result.outgoing,
    candidates: result.candidates.map((c) => ({
      protocol: c.protocol,
      host: c.host,
      port: c.port,
      security: c.security,
      username: c.username,
      verified: c.verified,
      source: c.source,
      outcome: c.outcome,
      sourceDetail: c.sourceDetail,
      alsoFrom: c.alsoFrom,
      trust: c.trust,
      addresses: c.addresses,
      probe: c.probe,
      logins: c.logins,
      ms: c.ms,
      startedAt: c.startedAt,
    })),
    warnings: result.warnings,
    providers: result.providers,
    elapsedMs: result.elapsedMs,
    cancelled: result.cancelled,
  };
}

export function exitCodeFor(result: DiscoveryResult): number {
  if (result.incoming?.verified && result.outgoing?.verified) return EXIT.verified;
  if (result.incoming || result.outgoing) return EXIT.unverified;
  return EXIT.nothing;
}

function verdict(result: DiscoveryResult, hadPassword: boolean): string {
  if (result.incoming?.verified && result.outgoing?.verified) return 'Verified settings found.';
  if (!result.incoming && !result.outgoing) return 'No usable mail server was found for this address.';
  if (!hadPassword) return 'Servers found, but not verified: give the password with --password-stdin to prove them.';
  return 'Servers found, but the login was not proven; see the reasons above.';
}

export async function discoverCommand(argv: string[], stdout: NodeJS.WritableStream, stderr: NodeJS.WriteStream): Promise<number> {
  const { values, positionals } = parseArgs({
    args: normalizeArgv(argv),
    allowPositionals: true,
    strict: true,
    options: { ...DISCOVERY_FLAGS, json: { type: 'boolean' }, quiet: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    stdout.write(`${DISCOVER_USAGE}\n`);
    return EXIT.verified;
  }
  if (positionals.length !== 1) throw new UsageError('discover wants exactly one email address');
  const options = await discoveryOptions(positionals[0], values);
  // Progress goes to stderr: on a terminal always, otherwise only for the human-readable form.
  if (!values.quiet && (stderr.isTTY || !values.json)) options.onEvent = progressPrinter(stderr);
  const result = await discoverForCli(options);
  if (values.json) stdout.write(`${JSON.stringify(toJson(result), null, 2)}\n`);
  else stdout.write(`${formatSummary(result)}\n${verdict(result, options.password !== undefined)}\n`);
  return exitCodeFor(result);
}
