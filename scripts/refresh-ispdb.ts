/**
 * Refreshes the bundled ISPDB snapshot (main/discovery/ispdb-snapshot.json) from Thunderbird's public
 * ISPDB, the ispdb/ folder of github.com/thunderbird/autoconfig. Run by a maintainer:
 *
 *   npx tsx scripts/refresh-ispdb.ts                     download the default branch from GitHub
 *   npx tsx scripts/refresh-ispdb.ts ~/src/autoconfig    a local clone (work tree or bare): its HEAD commit
 *   npx tsx scripts/refresh-ispdb.ts autoconfig.tar.gz   a tarball as GitHub or `git archive` makes it
 *   npx tsx scripts/refresh-ispdb.ts DIR --commit SHA --date ISO-DATE   a plain copy of the tree
 *
 * Options: --out FILE (default: the bundled snapshot), --api URL (GitHub's REST API, or a mirror of it), --help.
 * Every file is read with the app's own safe XML parser; files that do not parse are reported and left
 * out. Everything is sorted so that a refresh changes only the lines whose facts changed.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { format, resolveConfig } from 'prettier';
import { readIspdbEntry } from '../main/discovery/ispdb-entry';
import { IspdbSnapshot, SNAPSHOT_FORMAT, type SnapshotFile, type SnapshotProvider } from '../main/discovery/ispdb-snapshot';

const REPOSITORY = 'thunderbird/autoconfig';
const DEFAULT_OUT = join(__dirname, '..', 'main', 'discovery', 'ispdb-snapshot.json');
const GITHUB_API = 'https://api.github.com';
const USER_AGENT = 'mailsetup-refresh-ispdb';
const DOWNLOAD_TIMEOUT_MS = 60_000;
const COMMENT =
  "Facts from Thunderbird's ISPDB (the ispdb/ folder of github.com/thunderbird/autoconfig), written by scripts/refresh-ispdb.ts: " +
  'do not edit by hand. servers: [protocol, host (%EMAILDOMAIN% is the address domain), port, security, username template, authentication methods].';

class RefreshError extends Error {}

interface Tree {
  /** The folder holding the clientConfig files. */
  dir: string;
  commit: string;
  commitDate: string;
}

function run(command: string, args: string[], input?: Buffer): string {
  const result = spawnSync(command, args, { input, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (result.error) throw new RefreshError(`${command} could not run: ${result.error.message}`);
  if (result.status !== 0) throw new RefreshError(`${command} ${args.join(' ')} failed: ${result.stderr.trim()}`);
  return result.stdout.trim();
}

function git(repo: string, ...args: string[]): string {
  return run('git', ['-C', repo, ...args]);
}

/** True when the directory is a git repository of its own (bare, or the top of a work tree). */
function isOwnGitRepository(dir: string): boolean {
  const ask = (flag: string) => spawnSync('git', ['-C', dir, 'rev-parse', flag], { encoding: 'utf8' });
  if (ask('--is-bare-repository').stdout?.trim() === 'true') return true;
  // A folder inside some other work tree (a test fixture in this project, say) is not a clone.
  const top = ask('--show-toplevel');
  return top.status === 0 && realpathSync(top.stdout.trim()) === realpathSync(dir);
}

/** The ispdb folder inside an unpacked tree: at its top, or one level down as in GitHub's tarballs. */
function findIspdbFolder(root: string): string {
  const direct = join(root, 'ispdb');
  if (isDirectory(direct)) return direct;
  for (const name of readdirSync(root)) {
    const nested = join(root, name, 'ispdb');
    if (isDirectory(nested)) return nested;
  }
  throw new RefreshError(`no ispdb folder in ${root}`);
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

const isoDate = (value: string, what: string): string => {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) throw new RefreshError(`${what} "${value}" is not a date`);
  return date.toISOString().replace('.000Z', 'Z');
};

function checkCommit(commit: string): string {
  if (!/^[0-9a-f]{40}$/.test(commit)) throw new RefreshError(`"${commit}" is not a full commit id (40 hex digits)`);
  return commit;
}

/** Unpacks a .tar.gz with the system's tar; the commit comes from the archive's own record when not given. */
function unpackTarball(file: string, work: string, known: Partial<Tree>): Tree {
  run('tar', ['-xzf', file, '-C', work]);
  const dir = findIspdbFolder(work);
  const commit =
    known.commit ?? spawnSync('git', ['get-tar-commit-id'], { input: gunzipSync(readFileSync(file)), encoding: 'utf8' }).stdout?.trim();
  if (!commit) throw new RefreshError('the tarball does not record its commit: give it with --commit');
  // git archive (and so GitHub) stamps every entry with the commit's time.
  return {
    dir,
    commit: checkCommit(commit),
    commitDate: known.commitDate ?? isoDate(statSync(dir).mtime.toISOString(), 'the tarball time'),
  };
}

/** One JSON answer of GitHub's REST API. */
async function getJson<T>(url: string, signal: AbortSignal): Promise<T> {
  const response = await fetch(url, { headers: { 'user-agent': USER_AGENT, accept: 'application/vnd.github+json' }, signal });
  if (!response.ok) throw new RefreshError(`${url} answered ${response.status}`);
  return (await response.json()) as T;
}

/** The default branch's newest commit, then the tarball of exactly that commit. */
async function download(api: string, work: string): Promise<Tree> {
  const signal = AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS);
  const repo = `${api.replace(/\/$/, '')}/repos/${REPOSITORY}`;
  const { default_branch: branch } = await getJson<{ default_branch: string }>(repo, signal);
  const latest = await getJson<{ sha: string; commit: { committer: { date: string } } }>(
    `${repo}/commits/${encodeURIComponent(branch)}`,
    signal,
  );
  const commit = checkCommit(latest.sha);
  console.log(`Downloading ${REPOSITORY} at ${commit} (${branch})`);
  // GitHub answers with a redirect to its download host, which fetch follows.
  const tarball = await fetch(`${repo}/tarball/${commit}`, { headers: { 'user-agent': USER_AGENT }, signal });
  if (!tarball.ok) throw new RefreshError(`the tarball of ${commit} answered ${tarball.status}`);
  const file = join(work, 'autoconfig.tar.gz');
  writeFileSync(file, Buffer.from(await tarball.arrayBuffer()));
  return unpackTarball(file, work, { commit, commitDate: isoDate(latest.commit.committer.date, 'the commit date') });
}

async function obtainTree(
  source: string | undefined,
  flags: { commit?: string; date?: string; api?: string },
  work: string,
): Promise<Tree> {
  const given = { commit: flags.commit && checkCommit(flags.commit), commitDate: flags.date && isoDate(flags.date, '--date') };
  if (source === undefined) return download(flags.api ?? GITHUB_API, work);
  const path = resolve(source);
  if (!isDirectory(path)) return unpackTarball(path, work, given);
  if (isOwnGitRepository(path)) {
    // The committed tree, not the work tree: the snapshot must be exactly what the recorded commit holds.
    const commit = git(path, 'rev-parse', 'HEAD^{commit}');
    const archive = join(work, 'ispdb.tar');
    git(path, 'archive', '--format=tar', '-o', archive, 'HEAD', 'ispdb');
    run('tar', ['-xf', archive, '-C', work]);
    return { dir: findIspdbFolder(work), commit, commitDate: isoDate(git(path, 'log', '-1', '--format=%cI', commit), 'the commit date') };
  }
  if (!given.commit || !given.commitDate)
    throw new RefreshError(`${path} is not a git clone: give --commit and --date for the snapshot record`);
  return { dir: findIspdbFolder(path), commit: given.commit, commitDate: given.commitDate };
}

interface Report {
  providers: SnapshotProvider[];
  failed: string[];
  notes: string[];
}

/** Reads every file of the ispdb folder; one provider per file, each domain kept by one provider only. */
function readProviders(dir: string): Report {
  const report: Report = { providers: [], failed: [], notes: [] };
  const byId = new Map<string, SnapshotProvider>();
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (!statSync(path).isFile()) continue;
    // The file name is the id: the ISPDB's own emailProvider ids repeat across files (zoho.com, zoho.eu…).
    const entry = readIspdbEntry(readFileSync(path, 'utf8'), name.replace(/\.xml$/i, ''));
    report.notes.push(...entry.notes.map((n) => `${name}: ${n}`));
    if (!entry.ok) {
      report.failed.push(`${name}: ${entry.reason}`);
      continue;
    }
    if (byId.has(entry.provider.id)) {
      report.failed.push(`${name}: provider id "${entry.provider.id}" is used by another file`);
      continue;
    }
    byId.set(entry.provider.id, entry.provider);
  }
  const providers = [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  // A domain listed by two providers: the one named after it keeps it, else the first by id.
  const owner = new Map<string, SnapshotProvider>();
  for (const p of providers) {
    for (const d of p.domains) {
      const current = owner.get(d);
      if (!current) owner.set(d, p);
      else {
        const winner = p.id === d ? p : current;
        report.notes.push(`domain ${d} is listed by ${current.id} and ${p.id}; kept for ${winner.id}`);
        owner.set(d, winner);
      }
    }
  }
  for (const p of providers) p.domains = p.domains.filter((d) => owner.get(d) === p);
  report.providers = providers.filter((p) => {
    if (p.domains.length > 0) return true;
    report.failed.push(`${p.id}: every domain it lists belongs to another provider`);
    return false;
  });
  return report;
}

async function writeSnapshot(file: SnapshotFile, out: string): Promise<number> {
  // Checked with the same reader the app uses, so a broken file is never written.
  IspdbSnapshot.fromData(file);
  // The project's Prettier settings wherever the file goes, so `prettier --check` passes on the real one.
  const options = (await resolveConfig(DEFAULT_OUT)) ?? {};
  const text = await format(JSON.stringify(file, null, 2), { ...options, filepath: out });
  writeFileSync(out, text);
  return Buffer.byteLength(text);
}

const USAGE = `Usage: npx tsx scripts/refresh-ispdb.ts [CLONE | TARBALL | DIR --commit SHA --date DATE] [--out FILE] [--api URL]
Without a source, downloads the default branch of github.com/${REPOSITORY} (through --api, default ${GITHUB_API}).`;

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      out: { type: 'string' },
      commit: { type: 'string' },
      date: { type: 'string' },
      api: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (positionals.length > 1) throw new RefreshError(`one source at most\n${USAGE}`);
  const work = mkdtempSync(join(tmpdir(), 'mailsetup-ispdb-'));
  try {
    const tree = await obtainTree(positionals[0], values, work);
    const report = readProviders(tree.dir);
    const out = resolve(values.out ?? DEFAULT_OUT);
    const snapshot: SnapshotFile = {
      $comment: COMMENT,
      format: SNAPSHOT_FORMAT,
      source: {
        repository: REPOSITORY,
        commit: tree.commit,
        commitDate: tree.commitDate,
        retrieved: new Date().toISOString().slice(0, 10),
      },
      providers: report.providers,
    };
    const bytes = await writeSnapshot(snapshot, out);
    for (const note of report.notes) console.log(`note: ${note}`);
    for (const failure of report.failed) console.error(`left out: ${failure}`);
    const domains = report.providers.reduce((n, p) => n + p.domains.length, 0);
    console.log(
      `Wrote ${out}: ${report.providers.length} providers, ${domains} domains, ${report.failed.length} files left out, ` +
        `${(bytes / 1024).toFixed(1)} KiB, commit ${tree.commit} of ${tree.commitDate}.`,
    );
    return 0;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: Error) => {
    console.error(
      `refresh-ispdb: ${error instanceof RefreshError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS') ? error.message : error.stack}`,
    );
    process.exitCode = 1;
  },
);
