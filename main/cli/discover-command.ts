import type { DiscoveryResult } from '../../shared/model/discovery';
import { discoverForCli, discoveryOptions, type DiscoveryValues } from './discovery-options';
import type { CliIo } from './cli-io';
import { toJson } from './discover-json';
import { progressPrinter } from './progress-printer';
import { formatSummary } from './summary';
import { EXIT } from './exit-codes';
import { checkProofValues, proofLines, runProofs, signInJson, type Proofs, type ProofValues } from './proof-steps';
import { printable } from '../../shared/text/printable';

/**
 * 0 when incoming and outgoing are verified (by the password, or by signing in with the provider) and a test
 * message asked for arrived; 1 when servers were found but something is not proven; 2 when nothing was found.
 */
export function exitCodeFor(result: DiscoveryResult, proofs: Proofs = {}): number {
  if (!result.incoming && !result.outgoing) return EXIT.nothing;
  const verified = (result.incoming?.verified && result.outgoing?.verified) || proofs.signIn?.status === 'verified';
  if (!verified) return EXIT.unverified;
  if (proofs.sendTest && proofs.sendTest.status !== 'delivered') return EXIT.unverified;
  return EXIT.verified;
}

function verdictKey(result: DiscoveryResult, hadPassword: boolean, proofs: Proofs) {
  if (!result.incoming && !result.outgoing) return 'cli:verdict.nothing' as const;
  if (proofs.sendTest && proofs.sendTest.status !== 'delivered' && result.incoming?.verified && result.outgoing?.verified)
    return 'cli:proof.verdict.test-message-failed' as const;
  if (result.incoming?.verified && result.outgoing?.verified) return 'cli:verdict.verified' as const;
  if (proofs.signIn?.status === 'verified') return 'cli:proof.verdict.signed-in' as const;
  return hadPassword ? ('cli:verdict.unproven' as const) : ('cli:verdict.no-password' as const);
}

export async function discoverCommand(
  email: string,
  values: DiscoveryValues & ProofValues & { json?: boolean; quiet?: boolean },
  io: CliIo,
): Promise<number> {
  checkProofValues(values);
  const options = await discoveryOptions(email, values, io);
  // Progress goes to stderr: on a terminal always, otherwise only for the human-readable form.
  if (!values.quiet && (io.stderr.isTTY || !values.json)) options.onEvent = progressPrinter(io.stderr, io.t);
  const result = await discoverForCli(options, io.t);
  const proofs = await runProofs(result, options, values, io);
  if (values.json) {
    const json = {
      ...toJson(result, io.t),
      ...(proofs.signIn ? { signIn: signInJson(proofs.signIn, io.t) } : {}),
      ...(proofs.sendTest ? { sendTest: proofs.sendTest } : {}),
    };
    io.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
  } else {
    const extra = proofLines(result, proofs, io.t).map(printable);
    const lines = [
      formatSummary(result, io.t),
      ...(extra.length > 0 ? [...extra, ''] : []),
      io.t.t(verdictKey(result, options.password !== undefined, proofs)),
    ];
    io.stdout.write(`${lines.join('\n')}\n`);
  }
  return exitCodeFor(result, proofs);
}
