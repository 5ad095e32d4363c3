import { readFile } from 'node:fs/promises';
import { isIP } from 'node:net';
import type { ParseArgsConfig } from 'node:util';
import type { DiscoverOptions, DiscoveryResult } from '../engine/discovery-types';
import { discover } from '../engine/run-discovery';
import type { SourceName } from '../discovery/sources/source';
import { readPassword } from './read-password';

/** The options every command that runs discovery accepts. */
export const DISCOVERY_FLAGS = {
  'password-stdin': { type: 'boolean' },
  username: { type: 'string' },
  dns: { type: 'string', multiple: true },
  ca: { type: 'string', multiple: true },
  timeout: { type: 'string' },
  'allow-plaintext': { type: 'boolean' },
  'allow-plaintext-host': { type: 'string', multiple: true },
  consent: { type: 'string', multiple: true },
  'trust-cert': { type: 'string', multiple: true },
  ispdb: { type: 'string' },
  pop3: { type: 'boolean' },
  all: { type: 'boolean' },
  sources: { type: 'string' },
} satisfies ParseArgsConfig['options'];

export class UsageError extends Error {}

type Values = {
  [K in keyof typeof DISCOVERY_FLAGS]?: (typeof DISCOVERY_FLAGS)[K] extends { multiple: true }
    ? string[]
    : (typeof DISCOVERY_FLAGS)[K] extends { type: 'boolean' }
      ? boolean
      : string;
};

const SOURCE_NAMES: SourceName[] = ['provider', 'srv', 'autoconfig', 'ispdb', 'autodiscover', 'microsoft365', 'mx', 'guess'];

/** "--allow-plaintext=HOST,HOST" is accepted too; util.parseArgs has no optional values, so rewrite it first. */
export function normalizeArgv(argv: string[]): string[] {
  return argv.flatMap((arg) => {
    const match = /^--allow-plaintext=(.+)$/.exec(arg);
    return match ? match[1].split(',').flatMap((h) => ['--allow-plaintext-host', h.trim()]) : [arg];
  });
}

function checkDnsServer(server: string): string {
  const hostPart = server.startsWith('[')
    ? server.slice(1, server.indexOf(']'))
    : server.includes(':') && server.split(':').length === 2
      ? server.split(':')[0]
      : server;
  if (!isIP(hostPart)) throw new UsageError(`--dns wants an IP address with an optional port (IP[:PORT]), not "${server}"`);
  return server;
}

/** Turns command-line values into engine options, reading the password and CA files. */
export async function discoveryOptions(email: string, values: Values): Promise<DiscoverOptions> {
  const options: DiscoverOptions = { email };
  if (values['password-stdin']) options.password = await readPassword();
  if (values.username) options.username = values.username;
  if (values.dns) options.dnsServers = values.dns.flatMap((d) => d.split(',')).map(checkDnsServer);
  if (values.ca) {
    options.extraCa = await Promise.all(
      values.ca.map(async (file) => {
        const text = await readFile(file, 'utf8').catch((error: Error) => {
          throw new UsageError(`cannot read the CA file ${file}: ${error.message}`);
        });
        if (!text.includes('-----BEGIN CERTIFICATE-----')) throw new UsageError(`${file} is not a PEM certificate file`);
        return text;
      }),
    );
  }
  if (values.timeout !== undefined) {
    const ms = Number(values.timeout);
    if (!Number.isInteger(ms) || ms <= 0) throw new UsageError('--timeout wants a whole number of milliseconds');
    options.timeoutMs = ms;
  }
  if (values['allow-plaintext']) options.allowPlaintext = 'all';
  else if (values['allow-plaintext-host']) options.allowPlaintext = values['allow-plaintext-host'];
  if (values.consent) options.consent = values.consent.includes('all') ? 'all' : values.consent.flatMap((c) => c.split(','));
  if (values['trust-cert']) options.trustedFingerprints = values['trust-cert'];
  if (values.ispdb) options.ispdbBaseUrl = values.ispdb;
  if (values.pop3) options.preferPop3 = true;
  if (values.all) options.exhaustive = true;
  if (values.sources) {
    const names = values.sources.split(',').map((s) => s.trim());
    const unknown = names.filter((n) => !SOURCE_NAMES.includes(n as SourceName));
    if (unknown.length > 0) throw new UsageError(`unknown source ${unknown.join(', ')}; choose from ${SOURCE_NAMES.join(', ')}`);
    options.sources = names as SourceName[];
  }
  return options;
}

export const DISCOVERY_HELP = `  --password-stdin         read the password from standard input (prompted, hidden, at a terminal)
  --username NAME          log in with this name instead of the address
  --dns IP[:PORT]          ask this DNS server instead of the system resolver (repeatable)
  --ca FILE                also trust the certificate authority in this PEM file (repeatable)
  --timeout MS             overall time limit (default 45000)
  --allow-plaintext[=HOST,...]
                           allow sending the password without encryption (to these hosts only)
  --consent HOST[,HOST]    allow sending the password to hosts from untrusted sources ("all" for every host shown)
  --trust-cert SHA256      trust exactly the certificate with this fingerprint (repeatable)
  --ispdb URL              base URL of the ISPDB (default https://autoconfig.thunderbird.net/v1.1/)
  --pop3                   prefer POP3 over IMAP
  --all                    probe every candidate, even after the best settings are proven
  --sources LIST           ask only these sources: provider,srv,autoconfig,ispdb,autodiscover,mx,guess`;

/** Runs discovery for a command: Ctrl-C cancels it cleanly, and a refused address is a usage error. */
export async function discoverForCli(options: DiscoverOptions): Promise<DiscoveryResult> {
  const controller = new AbortController();
  const onSigint = () => controller.abort();
  process.once('SIGINT', onSigint);
  const response = await discover({ ...options, signal: controller.signal }).finally(() => process.off('SIGINT', onSigint));
  if (!response.ok) throw new UsageError(response.error.message);
  return response.result;
}
