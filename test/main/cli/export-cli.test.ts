import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli, worldArgs } from '../../helpers/run-cli';
import { readPlist, xpath } from '../../helpers/real-parsers';
import { assertNoPassword } from '../../helpers/discover-in-world';
import { USERS } from '../../world/world-plan';

const tempDir = () => mkdtemp(join(tmpdir(), 'mailsetup-cli-'));

/** Alice's verified result, saved by `discover --json` into a fresh folder: the input of `export --from`. */
async function savedResult(): Promise<{ dir: string; file: string; json: string }> {
  const dir = await tempDir();
  const saved = await runCli(['discover', USERS.alice.login, '--password-stdin', '--json', ...worldArgs()], USERS.alice.password);
  assert.equal(saved.code, 0, saved.stderr);
  const file = join(dir, 'result.json');
  await writeFile(file, saved.stdout);
  return { dir, file, json: saved.stdout };
}

test('export --format all from a saved result writes every format, none holding the password', async () => {
  const { dir, file } = await savedResult();
  const out = join(dir, 'out');
  const run = await runCli(['export', USERS.alice.login, '--from', file, '--format', 'all', '--out', out, '--name', 'Alice A.']);
  assert.equal(run.code, 0, run.stderr);
  const files = (await readdir(out)).sort();
  assert.deepEqual(files, [
    'alice@guess.test-settings.html',
    'alice@guess.test-settings.txt',
    'alice@guess.test-thunderbird.zip',
    'alice@guess.test.json',
    'alice@guess.test.mobileconfig',
    'alice@guess.test.prf',
    'autodiscover.xml',
    'config-v1.1.xml',
    'guess.test.xml',
    'guess.test.zone',
    'policies.json',
  ]);
  assert.match(run.stderr, /importprf/);
  assert.equal(
    await xpath(await readFile(join(out, 'config-v1.1.xml'), 'utf8'), 'string(//incomingServer[1]/hostname)'),
    'imap.guess.test',
  );
  for (const f of files) assertNoPassword(await readFile(join(out, f), 'utf8'), USERS.alice.password);
});

test('export with --include-password: the password goes into the Apple profile, with a warning and owner-only permissions', async () => {
  const dir = await tempDir();
  const run = await runCli(
    [
      'export',
      USERS.alice.login,
      '--password-stdin',
      '--include-password',
      '--format',
      'apple,thunderbird-prefs',
      '--out',
      dir,
      ...worldArgs(),
    ],
    USERS.alice.password,
  );
  assert.equal(run.code, 0, run.stderr);
  const profile = join(dir, 'alice@guess.test.mobileconfig');
  const [mail] = (await readPlist(await readFile(profile))).PayloadContent as Record<string, string>[];
  assert.equal(mail.IncomingPassword, USERS.alice.password);
  assert.equal((await stat(profile)).mode & 0o777, 0o600);
  assert.match(run.stderr, /WARNING: This file contains the password/);
  assert.match(run.stderr, /no place for a password/);
  // The old name still works; it now writes the enterprise policy, and says so.
  assert.match(run.stderr, /"thunderbird-prefs" now writes Thunderbird enterprise policy \(policies\.json\)/);
  assertNoPassword(await readFile(join(dir, 'policies.json'), 'utf8'), USERS.alice.password);
});

test('export to one named file, and domain-wide files without personal data', async () => {
  const dir = await tempDir();
  const single = await runCli(
    ['export', 'dave@guess.test', '--password-stdin', '--format', 'outlook-prf', '--out', join(dir, 'dave.prf'), ...worldArgs()],
    USERS.dave.password,
  );
  assert.equal(single.code, 0, single.stderr);
  assert.equal(single.stdout.trim(), join(dir, 'dave.prf'));
  const wide = await runCli(
    ['export', 'dave@guess.test', '--password-stdin', '--domain-wide', '--format', 'thunderbird,outlook-prf', '--out', dir, ...worldArgs()],
    USERS.dave.password,
  );
  assert.equal(wide.code, 0, wide.stderr);
  assert.match(wide.stderr, /skipped outlook-prf/);
  const xml = await readFile(join(dir, 'config-v1.1.xml'), 'utf8');
  assert.ok(!xml.includes('dave'));
  assert.match(xml, /%EMAILLOCALPART%/);
});

test('batch: templates per domain, files per user, and bad rows reported without stopping the others', async () => {
  const dir = await tempDir();
  const csv = join(dir, 'users.csv');
  await writeFile(
    csv,
    [
      'Display Name,Email,Login',
      '"Alice, A.",alice@guess.test,',
      'Broken Row,not-an-address,',
      'Carol Smith,carol@guess.test,c.smith',
      '"Zoë ""Z"" O\'Brien",zoe@guess.test,',
      'Again,alice@guess.test,',
      'Nobody,nobody@nothing-here.test,',
    ].join('\n'),
  );
  const out = join(dir, 'out');
  const run = await runCli([
    'batch',
    csv,
    '--format',
    'apple,thunderbird,outlook-prf,thunderbird-policies,dns',
    '--out',
    out,
    ...worldArgs(),
  ]);
  assert.equal(run.code, 1, 'problems make the exit code non-zero');
  assert.match(run.stderr, /row 3: "not-an-address": An email address needs an @/);
  assert.match(run.stderr, /row 6: alice@guess\.test is listed twice/);
  assert.match(run.stderr, /row 7: nobody@nothing-here\.test: no settings for nothing-here\.test/);
  assert.match(run.stderr, /3 of 4 users written, 3 problems/);
  const domainFiles = (await readdir(join(out, 'guess.test'))).filter((f) => f !== 'users').sort();
  assert.deepEqual(domainFiles, ['config-v1.1.xml', 'guess.test.mobileconfig', 'guess.test.zone']);
  const users = (await readdir(join(out, 'guess.test', 'users'))).sort();
  assert.equal(users.length, 12);
  // Every user's policies.json keeps its own name: the address goes in front instead of overwriting.
  assert.deepEqual(
    users.filter((f) => f.endsWith('policies.json')),
    ['alice@guess.test-policies.json', 'carol@guess.test-policies.json', 'zoe@guess.test-policies.json'],
  );
  const carol = await readPlist(await readFile(join(out, 'guess.test', 'users', 'carol@guess.test.mobileconfig')));
  const [mail] = carol.PayloadContent as Record<string, string>[];
  assert.equal(mail.IncomingMailServerUsername, 'c.smith');
  assert.equal(mail.EmailAccountName, 'Carol Smith');
  const zoe = await readPlist(await readFile(join(out, 'guess.test', 'users', 'zoe@guess.test.mobileconfig')));
  assert.equal((zoe.PayloadContent as Record<string, string>[])[0].EmailAccountName, 'Zoë "Z" O\'Brien');
  const template = await readFile(join(out, 'guess.test', 'guess.test.mobileconfig'), 'utf8');
  assert.ok(!/alice|carol|zoe|Smith/i.test(template), 'the domain template holds no personal data');
});

test('export and batch usage errors', async () => {
  for (const args of [
    ['export', 'a@b.test'],
    ['export', 'a@b.test', '--format', 'word'],
    ['export', 'a@b.test', '--format', 'apple', '--include-password'],
    ['export', 'a@b.test', '--format', 'apple', '--sign-cert', 'x.pem'],
    ['batch', 'x.csv', '--format', 'apple'],
  ]) {
    const run = await runCli(args);
    assert.equal(run.code, 64, `${args.join(' ')}: ${run.stderr}`);
    assert.match(run.stderr, /^mailsetup: /);
  }
  for (const args of [
    ['batch', 'missing.csv', '--format', 'apple', '--out', '/tmp/x'],
    ['export', 'a@b.test', '--format', 'apple', '--from', '/nonexistent.json'],
  ]) {
    const run = await runCli(args);
    assert.equal(run.code, 74, `${args.join(' ')}: ${run.stderr}`);
    assert.match(run.stderr, /^mailsetup: cannot read /);
  }
});

test('a saved result is checked field by field: a line break in a host name is refused before any file is written', async () => {
  const { dir, json } = await savedResult();
  const hostile = JSON.parse(json);
  hostile.incoming.host = 'imap.guess.test\r\n[Evil]';
  await writeFile(join(dir, 'hostile.json'), JSON.stringify(hostile));
  const out = join(dir, 'out');
  const run = await runCli(['export', USERS.alice.login, '--from', join(dir, 'hostile.json'), '--format', 'outlook-prf', '--out', out]);
  assert.equal(run.code, 64, run.stderr);
  assert.match(run.stderr, /is not a result saved by "mailsetup discover --json" \(incoming\.host: not a valid host name\)/);
  await assert.rejects(readdir(out), 'nothing was written');
});

test('a file that cannot be written exits 73, not "nothing found"', async () => {
  const { dir, file } = await savedResult();
  const blocker = join(dir, 'a-file');
  await writeFile(blocker, 'not a folder');
  const run = await runCli(['export', USERS.alice.login, '--from', file, '--format', 'apple,json', '--out', join(blocker, 'out')]);
  assert.equal(run.code, 73, run.stderr);
  assert.match(run.stderr, /^mailsetup: cannot write .*a-file\/out\/alice@guess\.test\.mobileconfig: ENOTDIR/m);
});
