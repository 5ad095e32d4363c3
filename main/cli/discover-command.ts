import type { DiscoveryResult } from '../../shared/model/discovery';
import { discoverForCli, discoveryOptions, type DiscoveryValues } from './discovery-options';
import type { CliIo } from './cli-io';
import { toJson } from './discover-json';
import { progressPrinter } from './progress-printer';
import { formatSummary } from './summary';
import { EXIT } from './exit-codes';

export function exitCodeFor(result: DiscoveryResult): number {
  if (result.incoming?.verified && result.outgoing?.verified) return EXIT.verified;
  if (result.incoming || result.outgoing) return EXIT.unverified;
  return EXIT.nothing;
}

function verdictKey(result: DiscoveryResult, hadPassword: boolean) {
  if (result.incoming?.verified && result.outgoing?.verified) return 'cli:verdict.verified' as const;
  if (!result.incoming && !result.outgoing) return 'cli:verdict.nothing' as const;
  return hadPassword ? ('cli:verdict.unproven' as const) : ('cli:verdict.no-password' as const);
}

export async function discoverCommand(
  email: string,
  values: DiscoveryValues & { json?: boolean; quiet?: boolean },
  io: CliIo,
): Promise<number> {
  const options = await discoveryOptions(email, values, io);
  // Progress goes to stderr: on a terminal always, otherwise only for the human-readable form.
  if (!values.quiet && (io.stderr.isTTY || !values.json)) options.onEvent = progressPrinter(io.stderr, io.t);
  const result = await discoverForCli(options);
  if (values.json) io.stdout.write(`${JSON.stringify(toJson(result, io.t), null, 2)}\n`);
  else io.stdout.write(`${formatSummary(result, io.t)}\n${io.t.t(verdictKey(result, options.password !== undefined))}\n`);
  return exitCodeFor(result);
}
