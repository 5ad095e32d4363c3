import { EXPORT_FORMATS, formatFor, isFormatName, type FormatName } from '../../shared/model/export-formats';
import type { SavedResult } from '../../shared/model/saved-result';
import type { DiscoverOptions } from '../engine/discovery-types';
import { settingsFromResult, type AccountSettings } from '../export/account-settings';
import type { SigningIdentity } from '../export/export-formats';
import { MailSetupError } from '../errors/mail-setup-error';
import { UsageError } from './cli-errors';
import type { CliIo } from './cli-io';
import { discoverForCli } from './discovery-options';
import { toJson } from './discover-json';
import { FILE_LIMITS, readNamedFile } from './read-file';

/** Options shared by `export` and `batch`, as commander hands them over. */
export interface ExportValues {
  format?: string[];
  from?: string;
  out?: string;
  signCert?: string;
  signKey?: string;
  signChain?: string;
  webHost?: string;
}

/** The formats asked for; old names (thunderbird-prefs) are kept, so the export can say what they write now. */
export function parseFormats(values: string[] | undefined): FormatName[] {
  const choices = [...EXPORT_FORMATS];
  if (!values || values.length === 0) throw new UsageError({ key: 'cli:error.no-format', params: { choices } });
  const names = values
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean);
  if (names.includes('all')) return choices;
  const unknown = names.filter((n) => !isFormatName(n));
  if (unknown.length > 0) throw new UsageError({ key: 'cli:error.bad-format', params: { names: unknown, choices } });
  // An old name and the format it now writes are one file: asked for twice, it is written once.
  const written = new Set<string>();
  return (names as FormatName[]).filter((n) => !written.has(formatFor(n)) && written.add(formatFor(n)));
}

export async function signingFrom(values: ExportValues): Promise<SigningIdentity | undefined> {
  if (!values.signCert && !values.signKey) return undefined;
  if (!values.signCert || !values.signKey) throw new UsageError({ key: 'cli:error.sign-both' });
  const identity = {
    certPem: await readNamedFile(values.signCert, { key: 'cli:what.signCert' }, FILE_LIMITS.signing),
    keyPem: await readNamedFile(values.signKey, { key: 'cli:what.signKey' }, FILE_LIMITS.signing),
    chainPem: values.signChain ? await readNamedFile(values.signChain, { key: 'cli:what.signChain' }, FILE_LIMITS.signing) : undefined,
  };
  // Checked now, before any discovery or file: a key that does not fit is the command line's mistake (exit 64).
  const { readSigningIdentity } = await import('../export/sign-profile');
  try {
    readSigningIdentity(identity.certPem, identity.keyPem, identity.chainPem);
  } catch (error) {
    if (error instanceof MailSetupError) throw new UsageError(error.failure.reason);
    throw error;
  }
  return identity;
}

/** Reads a result saved by `discover --json`, checking every field exports rely on before anything is written. */
export async function readResultFile(path: string): Promise<SavedResult> {
  const text = await readNamedFile(path, { key: 'cli:what.result' }, FILE_LIMITS.result);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new UsageError({ key: 'cli:error.not-json', params: { file: path, error: (error as Error).message } });
  }
  // zod is loaded only here: the commands that do not read a saved result do not pay for it.
  const { savedResultSchema } = await import('../../shared/model/saved-result');
  const checked = savedResultSchema.safeParse(data);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    const where = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
    throw new UsageError({ key: 'cli:error.not-a-result', params: { file: path, issue: `${where}${issue.message}` } });
  }
  return checked.data;
}

/** The settings for an address: from a saved result, or by discovering now. */
export async function resultFor(email: string, from: string | undefined, discovery: DiscoverOptions, io: CliIo): Promise<SavedResult> {
  if (from) return readResultFile(from);
  return toJson(await discoverForCli({ ...discovery, email }, io.t), io.t);
}

/** Export settings from a result; "nothing to export" is the user's problem to see, as a usage error. */
export function settingsOrUsage(result: SavedResult, options: Parameters<typeof settingsFromResult>[1]): AccountSettings {
  try {
    return settingsFromResult(result, options);
  } catch (error) {
    if (error instanceof MailSetupError) throw new UsageError(error.failure.reason);
    throw error;
  }
}
