import { readFile } from 'node:fs/promises';
import type { ParseArgsConfig } from 'node:util';
import type { DiscoverOptions } from '../engine/discovery-types';
import { settingsFromResult, type AccountSettings, type ResultLike } from '../export/account-settings';
import { EXPORT_FORMATS, isExportFormat, type ExportFormat, type SigningIdentity } from '../export/export-formats';
import { MailSetupError } from '../errors/error-codes';
import { discoverForCli, UsageError } from './discovery-options';
import { toJson } from './discover-command';

/** Options shared by `export` and `batch`. */
export const EXPORT_FLAGS = {
  format: { type: 'string', multiple: true },
  from: { type: 'string' },
  out: { type: 'string' },
  'sign-cert': { type: 'string' },
  'sign-key': { type: 'string' },
  'sign-chain': { type: 'string' },
  'web-host': { type: 'string' },
} satisfies ParseArgsConfig['options'];

export const EXPORT_HELP = `  --format LIST            ${EXPORT_FORMATS.join(', ')}, or all (comma-separated or repeated)
  --from FILE              use a saved result (mailsetup discover --json > FILE) instead of discovering again
  --out PATH               output folder (or a file name, for one format); default: the current folder
  --sign-cert FILE         sign Apple profiles with this certificate (PEM; intermediates may follow it)
  --sign-key FILE          the signing certificate's private key (PEM, RSA or ECDSA)
  --sign-chain FILE        more intermediate certificates to include (PEM)
  --web-host HOST          the web server that will host autoconfig/autodiscover files (dns format)`;

export function parseFormats(values: string[] | undefined): ExportFormat[] {
  if (!values || values.length === 0) throw new UsageError(`--format is required: ${EXPORT_FORMATS.join(', ')} or all`);
  const names = values
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean);
  if (names.includes('all')) return [...EXPORT_FORMATS];
  const unknown = names.filter((n) => !isExportFormat(n));
  if (unknown.length > 0) throw new UsageError(`unknown format ${unknown.join(', ')}; choose from ${EXPORT_FORMATS.join(', ')}, all`);
  return [...new Set(names)] as ExportFormat[];
}

async function readText(path: string, what: string): Promise<string> {
  return readFile(path, 'utf8').catch((error: Error) => {
    throw new UsageError(`cannot read ${what} ${path}: ${error.message}`);
  });
}

export async function signingFrom(values: {
  'sign-cert'?: string;
  'sign-key'?: string;
  'sign-chain'?: string;
}): Promise<SigningIdentity | undefined> {
  if (!values['sign-cert'] && !values['sign-key']) return undefined;
  if (!values['sign-cert'] || !values['sign-key']) throw new UsageError('signing needs both --sign-cert and --sign-key');
  return {
    certPem: await readText(values['sign-cert'], 'the signing certificate'),
    keyPem: await readText(values['sign-key'], 'the signing key'),
    chainPem: values['sign-chain'] ? await readText(values['sign-chain'], 'the certificate chain') : undefined,
  };
}

/** Reads a result saved by `discover --json`, checking the fields exports rely on. */
export async function readResultFile(path: string): Promise<ResultLike> {
  let data: unknown;
  try {
    data = JSON.parse(await readText(path, 'the result file'));
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`${path} is not JSON: ${(error as Error).message}`);
  }
  const r = data as Partial<ResultLike>;
  const serverOk = (s: unknown) =>
    s === null ||
    (typeof s === 'object' && s !== null && ['protocol', 'host', 'port', 'security', 'username'].every((k) => k in (s as object)));
  if (typeof r !== 'object' || r === null || typeof r.email !== 'string' || !serverOk(r.incoming) || !serverOk(r.outgoing)) {
    throw new UsageError(`${path} is not a result saved by "mailsetup discover --json"`);
  }
  return r as ResultLike;
}

/** The settings for an address: from a saved result, or by discovering now. */
export async function resultFor(email: string, from: string | undefined, discovery: DiscoverOptions): Promise<ResultLike> {
  if (from) return readResultFile(from);
  return toJson(await discoverForCli({ ...discovery, email })) as ResultLike;
}

export function settingsOrUsage(result: ResultLike, options: Parameters<typeof settingsFromResult>[1]): AccountSettings {
  try {
    return settingsFromResult(result, options);
  } catch (error) {
    if (error instanceof MailSetupError) throw new UsageError(error.message);
    throw error;
  }
}
