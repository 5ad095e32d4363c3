import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { check, resolveConfig } from 'prettier';
import { IspdbSnapshot, type SnapshotFile } from '../../main/discovery/ispdb-snapshot';

const ROOT = join(__dirname, '..', '..');
const SCRIPT = join(ROOT, 'scripts', 'refresh-ispdb.ts');
const FIXTURE = join(ROOT, 'test', 'fixtures', 'ispdb-tree');
const COMMIT_DATE = '2026-02-03T04:05:06Z';

function refresh(args: string[]): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, ['--import', 'tsx', SCRIPT, ...args], { encoding: 'utf8', cwd: ROOT });
}

function git(dir: string, ...args: string[]): string {
  const run = spawnSync(
    'git',
    ['-C', dir, '-c', 'user.name=Test', '-c', 'user.email=test@example.invalid', '-c', 'commit.gpgsign=false', ...args],
    {
      encoding: 'utf8',
      env: { ...process.env, GIT_COMMITTER_DATE: COMMIT_DATE, GIT_AUTHOR_DATE: COMMIT_DATE },
    },
  );
  assert.equal(run.status, 0, run.stderr);
  return run.stdout.trim();
}

function scratch(): string {
  return mkdtempSync(join(tmpdir(), 'refresh-ispdb-test-'));
}

/** A git clone of the fixture tree with one commit. */
function fixtureClone(dir: string): { repo: string; commit: string } {
  const repo = join(dir, 'autoconfig');
  cpSync(FIXTURE, repo, { recursive: true });
  git(repo, 'init', '-q');
  git(repo, 'add', '.');
  git(repo, 'commit', '-q', '-m', 'fixture');
  return { repo, commit: git(repo, 'rev-parse', 'HEAD') };
}

const readOut = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as SnapshotFile;

const EXPECTED_PROVIDERS = [
  {
    id: 'alpha.test',
    name: 'Alpha Mail',
    domains: ['alpha-mail.test', 'alpha.test', 'contested.test'],
    servers: [
      ['imap', 'imap.alpha.test', 993, 'tls', '%EMAILADDRESS%', ['password-cleartext']],
      ['smtp', 'smtp.alpha.test', 465, 'tls', '%EMAILADDRESS%', ['password-cleartext']],
    ],
  },
  {
    id: 'beta.test',
    name: 'Beta %EMAILDOMAIN%',
    // contested.test stays with alpha.test, the first by id; neither is named after it.
    domains: ['beta.test'],
    servers: [
      ['pop3', 'pop.%EMAILDOMAIN%', 995, 'tls', '%EMAILLOCALPART%', ['password-cleartext']],
      ['smtp', 'smtp.%EMAILDOMAIN%', 587, 'starttls', '%EMAILLOCALPART%', ['password-cleartext']],
    ],
  },
  {
    id: 'shared.test',
    name: 'Shared',
    // Named after shared.test, so it keeps that domain although alpha.test lists it too.
    domains: ['shared.test'],
    servers: [
      ['imap', 'mail.shared.test', 993, 'tls', '%EMAILADDRESS%', ['OAuth2']],
      ['smtp', 'mail.shared.test', 587, 'starttls', '%EMAILADDRESS%', ['OAuth2']],
    ],
    passwordNote: 'oauth2-only',
  },
];

test('a plain copy of the tree: facts of every file that parses, the others reported; the record as given', async () => {
  const dir = scratch();
  try {
    const out = join(dir, 'snapshot.json');
    const refused = refresh([FIXTURE, '--out', out]);
    assert.equal(refused.status, 1);
    assert.match(refused.stderr, /not a git clone: give --commit and --date/);
    assert.equal(refresh([FIXTURE, '--out', out, '--commit', 'abc', '--date', COMMIT_DATE]).status, 1, 'a short commit id is refused');

    const run = refresh([FIXTURE, '--out', out, '--commit', 'a'.repeat(40), '--date', '2026-02-03']);
    assert.equal(run.status, 0, run.stderr);
    const file = readOut(out);
    assert.deepEqual(file.providers, EXPECTED_PROVIDERS);
    assert.deepEqual(
      { ...file.source, retrieved: undefined },
      {
        repository: 'thunderbird/autoconfig',
        commit: 'a'.repeat(40),
        commitDate: '2026-02-03T00:00:00Z',
        retrieved: undefined,
      },
    );
    assert.match(file.source.retrieved, /^\d{4}-\d{2}-\d{2}$/);
    assert.match(run.stderr, /left out: broken\.test\.xml: .*not well-formed/);
    assert.match(run.stderr, /left out: exchange-only\.test\.xml: names no usable IMAP, POP3 or SMTP server/);
    assert.match(run.stdout, /note: shared\.test\.xml: server of type "ews"/);
    assert.match(run.stdout, /note: domain contested\.test is listed by alpha\.test and beta\.test; kept for alpha\.test/);
    assert.match(run.stdout, /3 providers, 5 domains, 2 files left out/);
    // What the app reads, and what the project's format check accepts.
    const snapshot = IspdbSnapshot.fromData(file);
    assert.equal(snapshot.forDomain('contested.test')?.id, 'alpha.test');
    assert.equal(snapshot.forDomain('broken.test'), undefined);
    const text = readFileSync(out, 'utf8');
    assert.ok(
      await check(text, { ...(await resolveConfig(join(ROOT, 'main', 'discovery', 'x.json'))), filepath: out }),
      'Prettier-formatted',
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a git clone (work tree or bare) or its tarball: the committed tree and its commit, the same bytes each time', () => {
  const dir = scratch();
  try {
    const { repo, commit } = fixtureClone(dir);
    // Uncommitted edits are not part of the recorded commit, so they must not reach the snapshot.
    writeFileSync(join(repo, 'ispdb', 'alpha.test.xml'), 'not committed');
    const outputs: string[] = [];
    const sources: [string, string][] = [['work tree', repo]];
    const bare = join(dir, 'bare.git');
    assert.equal(spawnSync('git', ['clone', '-q', '--bare', repo, bare]).status, 0);
    sources.push(['bare clone', bare]);
    const tarball = join(dir, 'autoconfig.tar.gz');
    git(repo, 'archive', '--format=tar.gz', '--prefix=thunderbird-autoconfig-0000000/', '-o', tarball, 'HEAD');
    sources.push(['tarball', tarball]);
    for (const [what, source] of sources) {
      const out = join(dir, `${what.replace(/\W/g, '-')}.json`);
      const run = refresh([source, '--out', out]);
      assert.equal(run.status, 0, `${what}: ${run.stderr}`);
      const file = readOut(out);
      assert.equal(file.source.commit, commit, what);
      assert.equal(file.source.commitDate, COMMIT_DATE, what);
      assert.deepEqual(file.providers, EXPECTED_PROVIDERS, what);
      outputs.push(readFileSync(out, 'utf8'));
    }
    assert.equal(new Set(outputs).size, 1, 'every way in gives the same file');
    const again = join(dir, 'again.json');
    assert.equal(refresh([repo, '--out', again]).status, 0);
    assert.equal(readFileSync(again, 'utf8'), outputs[0], 'a refresh of the same commit changes nothing');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a source without an ispdb folder is refused clearly', () => {
  const dir = scratch();
  try {
    const run = refresh([dir, '--out', join(dir, 'x.json'), '--commit', 'b'.repeat(40), '--date', COMMIT_DATE]);
    assert.equal(run.status, 1);
    assert.match(run.stderr, /refresh-ispdb: no ispdb folder in /);
    assert.doesNotMatch(run.stderr, /^\s+at /m, 'no stack trace');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("the download: the default branch's newest commit from the API, then the tarball of exactly that commit", async () => {
  const dir = scratch();
  // A stand-in for GitHub's API on loopback, serving the fixture clone; it answers the tarball with a
  // redirect to another path, as GitHub sends it to its download host.
  const { repo, commit } = fixtureClone(dir);
  const tarball = join(dir, 'served.tar.gz');
  git(repo, 'archive', '--format=tar.gz', '--prefix=thunderbird-autoconfig-abcdef0/', '-o', tarball, 'HEAD');
  const asked: string[] = [];
  const server = createServer((req, res) => {
    asked.push(req.url ?? '');
    const routes: Record<string, () => void> = {
      '/repos/thunderbird/autoconfig': () => res.end(JSON.stringify({ default_branch: 'master' })),
      '/repos/thunderbird/autoconfig/commits/master': () =>
        res.end(JSON.stringify({ sha: commit, commit: { committer: { date: COMMIT_DATE } } })),
      [`/repos/thunderbird/autoconfig/tarball/${commit}`]: () => res.writeHead(302, { location: '/download/autoconfig.tar.gz' }).end(),
      '/download/autoconfig.tar.gz': () => res.end(readFileSync(tarball)),
    };
    const route = routes[req.url ?? ''];
    if (route) route();
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const out = join(dir, 'downloaded.json');
    const api = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const child = spawn(process.execPath, ['--import', 'tsx', SCRIPT, '--api', api, '--out', out], { cwd: ROOT });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    assert.equal(code, 0, stderr);
    assert.deepEqual(asked, [
      '/repos/thunderbird/autoconfig',
      '/repos/thunderbird/autoconfig/commits/master',
      `/repos/thunderbird/autoconfig/tarball/${commit}`,
      '/download/autoconfig.tar.gz',
    ]);
    const file = readOut(out);
    assert.equal(file.source.commit, commit);
    assert.equal(file.source.commitDate, COMMIT_DATE);
    assert.deepEqual(file.providers, EXPECTED_PROVIDERS);
  } finally {
    server.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
