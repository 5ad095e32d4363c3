import type { PasswordNote } from '../../shared/model/provider';
import type { Protocol, Security } from '../../shared/model/server';
import { baseDomain } from './in-domain';
import { isValidHostName, isValidPort } from '../../shared/model/valid-endpoint';

/** The placeholder ISPDB host names may carry; it stands for the address's domain. */
export const DOMAIN_PLACEHOLDER = '%EMAILDOMAIN%';

/** [protocol, host (may contain %EMAILDOMAIN%), port, security, username template, authentication methods] */
export type SnapshotServer = [Protocol, string, number, Security, string, string[]];

export interface SnapshotProvider {
  /** The ISPDB's emailProvider id, e.g. "googlemail.com". */
  id: string;
  /** Its display name (may carry %EMAILDOMAIN%). */
  name: string;
  domains: string[];
  servers: SnapshotServer[];
  /** Set when every server accepts only OAuth2: a password cannot work. */
  passwordNote?: Extract<PasswordNote, 'oauth2-only'>;
}

/** Where a snapshot came from: the repository, the commit it was taken at, and when. */
export interface SnapshotOrigin {
  repository: string;
  commit: string;
  /** ISO date-time of that commit. */
  commitDate: string;
  /** ISO date the snapshot was taken. */
  retrieved: string;
}

/** The data file's shape (written by scripts/refresh-ispdb.ts). */
export interface SnapshotFile {
  $comment?: string;
  format: 1;
  source: SnapshotOrigin;
  providers: SnapshotProvider[];
}

export const SNAPSHOT_FORMAT = 1;
const PROTOCOLS: readonly string[] = ['imap', 'pop3', 'smtp'];
const SECURITIES: readonly string[] = ['tls', 'starttls', 'plain'];

/** A provider matched for a domain: the entry and the exact ISPDB domain that matched. */
export interface SnapshotMatch {
  provider: SnapshotProvider;
  domain: string;
}

function fail(where: string, what: string): never {
  throw new Error(`ISPDB snapshot: ${where}: ${what}`);
}

const isString = (v: unknown): v is string => typeof v === 'string';

/** Checks one server tuple; host templates are checked with an example domain filled in. */
function checkServer(value: unknown, where: string): SnapshotServer {
  if (!Array.isArray(value) || value.length !== 6) fail(where, 'a server is not a six-element list');
  const [protocol, host, port, security, username, auth] = value as unknown[];
  if (!isString(protocol) || !PROTOCOLS.includes(protocol)) fail(where, `unknown protocol ${String(protocol)}`);
  if (!isString(host) || !isValidHostName(host.split(DOMAIN_PLACEHOLDER).join('example.com'))) fail(where, `bad host ${String(host)}`);
  if (typeof port !== 'number' || !isValidPort(port)) fail(where, `bad port ${String(port)}`);
  if (!isString(security) || !SECURITIES.includes(security)) fail(where, `bad security ${String(security)}`);
  if (!isString(username) || username === '') fail(where, 'missing username template');
  if (!Array.isArray(auth) || !auth.every(isString)) fail(where, 'authentication methods are not a list of names');
  return value as SnapshotServer;
}

function checkProvider(value: unknown, index: number): SnapshotProvider {
  const p = value as Partial<SnapshotProvider> | null;
  const where = `provider ${index}${p && isString(p.id) ? ` (${p.id})` : ''}`;
  if (!p || typeof p !== 'object') fail(where, 'not an object');
  if (!isString(p.id) || p.id === '') fail(where, 'missing id');
  if (!isString(p.name)) fail(where, 'missing name');
  if (!Array.isArray(p.domains) || p.domains.length === 0) fail(where, 'no domains');
  for (const d of p.domains) if (!isString(d) || d !== d.toLowerCase() || !isValidHostName(d)) fail(where, `bad domain ${String(d)}`);
  if (!Array.isArray(p.servers) || p.servers.length === 0) fail(where, 'no servers');
  p.servers.forEach((s) => checkServer(s, where));
  if (p.passwordNote !== undefined && p.passwordNote !== 'oauth2-only') fail(where, `unknown passwordNote ${String(p.passwordNote)}`);
  return p as SnapshotProvider;
}

/**
 * A read-only view of an ISPDB snapshot: domain → provider. The index is built on the first lookup, so
 * loading the module or the data costs nothing until a domain is actually asked about.
 */
export class IspdbSnapshot {
  private index: Map<string, SnapshotProvider> | undefined;

  private constructor(
    readonly origin: SnapshotOrigin | undefined,
    readonly providers: readonly SnapshotProvider[],
    /** Why the snapshot is empty, when it could not be read. */
    readonly problem?: string,
  ) {}

  /** Validates parsed data file content; throws with the first problem found. */
  static fromData(data: unknown): IspdbSnapshot {
    const file = data as Partial<SnapshotFile> | null;
    if (!file || typeof file !== 'object') fail('file', 'not a JSON object');
    if (file.format !== SNAPSHOT_FORMAT) fail('file', `format ${String(file.format)} is not ${SNAPSHOT_FORMAT}`);
    const source = file.source;
    if (!source || ![source.repository, source.commit, source.commitDate, source.retrieved].every(isString))
      fail('file', 'the source record (repository, commit, commitDate, retrieved) is incomplete');
    if (!Array.isArray(file.providers)) fail('file', 'no providers list');
    return new IspdbSnapshot(source, file.providers.map(checkProvider));
  }

  /** A snapshot that knows no domain (nothing bundled, or the bundled file was unreadable). */
  static empty(problem?: string): IspdbSnapshot {
    return new IspdbSnapshot(undefined, [], problem);
  }

  /** The day the snapshot's source commit was made, e.g. "2026-03-12". */
  get date(): string | undefined {
    return this.origin?.commitDate.slice(0, 10);
  }

  get domainCount(): number {
    return this.lookupTable().size;
  }

  private lookupTable(): Map<string, SnapshotProvider> {
    if (!this.index) {
      this.index = new Map();
      // Providers are sorted by id in the file; on a (reported) conflict the first one keeps the domain.
      for (const provider of this.providers)
        for (const domain of provider.domains) if (!this.index.has(domain)) this.index.set(domain, provider);
    }
    return this.index;
  }

  /** The provider listing exactly this domain (ISPDB lookups are by exact domain, like the live service). */
  forDomain(domain: string): SnapshotProvider | undefined {
    return this.lookupTable().get(domain.toLowerCase().replace(/\.$/, ''));
  }

  /**
   * The provider whose domains hold a mail exchanger: the MX host's parent names from the longest down to
   * its registrable domain, so "x.mail.protection.outlook.com" finds "mail.protection.outlook.com" before
   * "outlook.com".
   */
  forMxHost(mxHost: string): SnapshotMatch | undefined {
    const host = mxHost.toLowerCase().replace(/\.$/, '');
    const base = baseDomain(host);
    const labels = host.split('.');
    for (let i = host === base ? 0 : 1; i < labels.length; i++) {
      const suffix = labels.slice(i).join('.');
      if (suffix.length < base.length) break;
      const provider = this.lookupTable().get(suffix);
      if (provider) return { provider, domain: suffix };
    }
    return undefined;
  }
}
