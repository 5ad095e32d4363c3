import { isIP } from 'node:net';
import type { DiscoveryResult } from '../../shared/model/discovery';
import { isSourceName, SOURCE_NAMES, type SourceName } from '../../shared/model/sources';
import type { DiscoverOptions } from '../engine/discovery-types';
import type { Translator } from '../../shared/messages/translator';
import { parsePemCertificates, PemError } from '../net/pem';
import { UsageError } from './cli-errors';
import type { CliIo } from './cli-io';
import { FILE_LIMITS, readNamedFile } from './read-file';
import { readPassword } from './read-password';
import { checkFingerprint, checkHosts, checkTimeout, checkUrl } from './option-checks';

/** The options every command that runs discovery accepts, as commander hands them over. */
export interface DiscoveryValues {
  passwordStdin?: boolean;
  username?: string;
  dns?: string[];
  ca?: string[];
  timeout?: string;
  allowPlaintext?: boolean;
  allowPlaintextHost?: string[];
  consent?: string[];
  trustCert?: string[];
  ispdb?: string;
  pop3?: boolean;
  all?: boolean;
  sources?: string;
}

/** "--allow-plaintext=HOST,HOST" is accepted too; rewritten to the hidden repeatable option before parsing. */
export function normalizeArgv(argv: readonly string[]): string[] {
  return argv.flatMap((arg) => {
    const match = /^--allow-plaintext=(.+)$/s.exec(arg);
    return match ? match[1].split(',').flatMap((h) => ['--allow-plaintext-host', h.trim()]) : [arg];
  });
}

function checkDnsServer(server: string): string {
  const bracketed = /^\[([^\]]+)\](?::(\d+))?$/.exec(server);
  const [host, port] = bracketed ? [bracketed[1], bracketed[2]] : server.split(':').length === 2 ? server.split(':') : [server, undefined];
  const portOk = port === undefined || (/^\d+$/.test(port) && Number(port) > 0 && Number(port) < 65536);
  if (!isIP(host) || !portOk) throw new UsageError({ key: 'cli:error.bad-dns', params: { value: server } });
  return server;
}

/** The certificates of a CA file, each one checked: a block that is not a certificate is the user's to fix. */
async function readCaFile(file: string): Promise<string> {
  const text = await readNamedFile(file, { key: 'cli:what.ca' }, FILE_LIMITS.ca);
  try {
    if (parsePemCertificates(text).length === 0) throw new UsageError({ key: 'cli:error.not-pem', params: { file } });
  } catch (error) {
    if (error instanceof PemError) throw new UsageError({ key: 'cli:error.bad-pem', params: { file, error: error.message } });
    throw error;
  }
  return text;
}

/** Turns command-line values into engine options, reading the password and CA files. */
export async function discoveryOptions(email: string, values: DiscoveryValues, io: CliIo): Promise<DiscoverOptions> {
  const options: DiscoverOptions = { email, log: io.log };
  if (values.dns) options.dnsServers = values.dns.flatMap((d) => d.split(',')).map(checkDnsServer);
  if (values.ca) options.extraCa = await Promise.all(values.ca.map(readCaFile));
  if (values.timeout !== undefined) options.timeoutMs = checkTimeout(values.timeout);
  if (values.sources) {
    const names = values.sources.split(',').map((s) => s.trim());
    const unknown = names.filter((n) => !isSourceName(n));
    if (unknown.length > 0) throw new UsageError({ key: 'cli:error.bad-source', params: { names: unknown, choices: [...SOURCE_NAMES] } });
    options.sources = names as SourceName[];
  }
  if (values.username) options.username = values.username;
  if (values.allowPlaintext) options.allowPlaintext = 'all';
  else if (values.allowPlaintextHost) options.allowPlaintext = checkHosts('--allow-plaintext', values.allowPlaintextHost);
  if (values.consent) {
    const all = values.consent.some((c) => c.split(',').some((h) => h.trim() === 'all'));
    options.consent = all ? 'all' : checkHosts('--consent', values.consent);
  }
  if (values.trustCert) options.trustedFingerprints = values.trustCert.map(checkFingerprint);
  if (values.ispdb !== undefined) options.ispdbBaseUrl = checkUrl('--ispdb', values.ispdb);
  if (values.pop3) options.preferPop3 = true;
  if (values.all) options.exhaustive = true;
  // Last: everything else is checked before anyone is asked for a password.
  if (values.passwordStdin) options.password = await readPassword(io.t);
  return options;
}

/** Runs discovery for a command: Ctrl-C cancels it cleanly, and a refused address is a usage error. */
export async function discoverForCli(options: DiscoverOptions, t: Translator): Promise<DiscoveryResult> {
  const { discover } = await import('../engine/discover');
  const controller = new AbortController();
  const onSigint = () => controller.abort();
  process.once('SIGINT', onSigint);
  const running = discover({ ...options, signal: controller.signal });
  // The run has sent its first questions; the words for its answer are readied while they travel.
  setImmediate(() => t.prepare());
  const response = await running.finally(() => process.off('SIGINT', onSigint));
  if (!response.ok) throw new UsageError(response.error.reason);
  return response.result;
}
