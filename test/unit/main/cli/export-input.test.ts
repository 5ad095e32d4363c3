import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { XMLValidator } from 'fast-xml-parser';
import { main } from '../../../../main/cli/main';
import { candidate, CONTROL_NAME, savedResult } from '../../helpers/export-fixtures';

/** Runs the CLI in this process with captured output, in English; only what needs no network. */
async function cli(args: string[]) {
  const saved = { LC_ALL: process.env.LC_ALL, LANG: process.env.LANG };
  Object.assign(process.env, { LC_ALL: '', LANG: 'C.UTF-8' });
  const out = new PassThrough();
  const err = Object.assign(new PassThrough(), { isTTY: false }) as unknown as NodeJS.WriteStream;
  let stdout = '';
  let stderr = '';
  out.on('data', (d) => (stdout += d));
  (err as unknown as PassThrough).on('data', (d: Buffer) => (stderr += d));
  const started = Date.now();
  try {
    const code = await main(args, out, err);
    return { code, stdout, stderr, ms: Date.now() - started };
  } finally {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}

const tempDir = () => mkdtemp(join(tmpdir(), 'mailsetup-input-'));

async function resultFile(content: unknown = savedResult()): Promise<{ dir: string; file: string }> {
  const dir = await tempDir();
  const file = join(dir, 'result.json');
  await writeFile(file, typeof content === 'string' ? content : JSON.stringify(content));
  return { dir, file };
}

test('every option is range-checked: exit 64 and one line saying what is wrong', async () => {
  for (const [args, line] of [
    [['discover', 'a@b.test', '--timeout', '2147483648'], /--timeout wants a whole number of milliseconds from 1 to 2147483647/],
    [['discover', 'a@b.test', '--timeout', '1e3'], /--timeout wants a whole number/],
    [['discover', 'a@b.test', '--dns', '127.0.0.1:99999'], /--dns wants an IP address/],
    [['discover', 'a@b.test', '--trust-cert', 'garbage'], /--trust-cert wants a SHA-256 fingerprint .*not "garbage"/],
    [['discover', 'a@b.test', '--trust-cert', 'AB:CD'], /--trust-cert wants a SHA-256 fingerprint/],
    [['discover', 'a@b.test', '--consent', 'mail.example.test,evil host'], /--consent wants host names, not "evil host"/],
    [['discover', 'a@b.test', '--allow-plaintext=mail.example.test,a\nb'], /--allow-plaintext wants host names, not "a\?b"/],
    [['discover', 'a@b.test', '--ispdb', 'file:///etc/passwd'], /--ispdb wants an https:\/\/ or http:\/\/ address/],
    [['diagnose', 'a@b.test', '--format', '__proto__'], /--format is text, html or json/],
    [['export', 'a@b.test', '--format', 'dns', '--web-host', 'www.b.test\n@ IN A 192.0.2.1'], /--web-host wants host names/],
    [['export', 'a@b.test', '--format', 'apple', '--name', 'x'.repeat(300)], /--name is longer than 256 characters/],
  ] as const) {
    const run = await cli([...args]);
    assert.equal(run.code, 64, `${args.join(' ')}: ${run.stderr}`);
    assert.match(run.stderr.split('\n')[0], line);
  }
});

test('files named on the command line: regular files only, and never more than a cap — /dev/zero fails at once', async () => {
  const dir = await tempDir();
  const fifo = join(dir, 'pipe');
  execFileSync('mkfifo', [fifo]);
  for (const [args, what] of [
    [['export', 'a@b.test', '--format', 'json', '--from', '/dev/zero'], 'the result file /dev/zero'],
    [['discover', 'a@b.test', '--ca', '/dev/zero'], 'the CA file /dev/zero'],
    [['batch', '/dev/zero', '--format', 'apple', '--out', dir], 'the user list /dev/zero'],
    [['export', 'a@b.test', '--format', 'json', '--from', dir], `the result file ${dir}`],
    [['export', 'a@b.test', '--format', 'json', '--from', fifo], `the result file ${fifo}`],
  ] as const) {
    const run = await cli([...args]);
    assert.equal(run.code, 74, run.stderr);
    assert.equal(run.stderr, `mailsetup: cannot read ${what}: not a regular file (a folder, a device or a pipe)\n`);
    assert.ok(run.ms < 5000, `${what}: failed fast (${run.ms} ms)`);
  }
  // /proc files call themselves empty regular files and still have content: the cap holds while reading.
  const big = join(dir, 'big.json');
  await writeFile(big, Buffer.alloc(33 * 1024 * 1024, 0x20));
  const run = await cli(['export', 'a@b.test', '--format', 'json', '--from', big]);
  assert.equal(run.code, 74);
  assert.match(run.stderr, /cannot read the result file .*big\.json: larger than 32 MiB/);
});

test('export --from with wrong types is a usage error, and nothing is written', async () => {
  const good = savedResult();
  for (const [broken, issue] of [
    [{ ...good, incoming: { ...good.incoming, port: '993' } }, /incoming\.port/],
    [{ ...good, incoming: { ...good.incoming, host: null } }, /incoming\.host/],
    [{ ...good, outgoing: { ...good.outgoing, security: 'ssl' } }, /outgoing\.security/],
    [{ ...good, candidates: [null] }, /candidates\.0/],
    [{ ...good, candidates: { length: 1 } }, /candidates/],
    [{ ...good, incoming: { ...good.incoming, port: 143, host: 'imap.example.test\r\n[Evil]' } }, /incoming\.host/],
    [{ ...good, outgoing: { ...good.outgoing, username: 'a\nSMTPServer=evil' } }, /outgoing\.username/],
    [{ ...good, providers: [{ name: 'Evil\r\nCo' }] }, /providers\.0\.name/],
    [[good], /expected object/],
  ] as const) {
    const { dir, file } = await resultFile(broken);
    const out = join(dir, 'out');
    const run = await cli(['export', 'alice@example.test', '--from', file, '--format', 'all', '--out', out]);
    assert.equal(run.code, 64, run.stderr);
    assert.match(run.stderr.split('\n')[0], /is not a result saved by "mailsetup discover --json"/);
    assert.match(run.stderr.split('\n')[0], issue);
    await assert.rejects(readdir(out), 'nothing was written');
  }
});

test('a name with control characters: every file is written, the XML files are XML, exit 0', async () => {
  const { dir, file } = await resultFile();
  const out = join(dir, 'out');
  const run = await cli(['export', 'alice@example.test', '--from', file, '--format', 'all', '--out', out, '--name', CONTROL_NAME]);
  assert.equal(run.code, 0, run.stderr);
  assert.match(run.stderr, /The name held line breaks or other control characters/);
  const files = await readdir(out);
  assert.equal(files.length, 11);
  for (const name of ['alice@example.test.mobileconfig', 'autodiscover.xml', 'config-v1.1.xml', 'example.test.xml'])
    assert.equal(XMLValidator.validate(await readFile(join(out, name), 'utf8')), true, name);
});

test('a format this account cannot have is refused with its reason; the others are written (exit 1), or exit 64 when it was the only one', async () => {
  const startTlsOnly = savedResult({
    incoming: { ...savedResult().incoming!, port: 143, security: 'starttls' },
    candidates: [candidate('imap', 'imap.example.test', 143, 'starttls', 'OK'), candidate('smtp', 'smtp.example.test', 465, 'tls', 'OK')],
  });
  const { dir, file } = await resultFile(startTlsOnly);
  const only = await cli(['export', 'alice@example.test', '--from', file, '--format', 'outlook-prf', '--out', join(dir, 'a')]);
  assert.equal(only.code, 64, only.stderr);
  assert.match(only.stderr, /^mailsetup: cannot write outlook-prf for this account: a PRF file can say only/);
  await assert.rejects(readdir(join(dir, 'a')));
  const several = await cli([
    'export',
    'alice@example.test',
    '--from',
    file,
    '--format',
    'outlook-prf,apple,summary',
    '--out',
    join(dir, 'b'),
  ]);
  assert.equal(several.code, 1, several.stderr);
  assert.deepEqual((await readdir(join(dir, 'b'))).sort(), ['alice@example.test-settings.txt', 'alice@example.test.mobileconfig']);
  assert.match(several.stderr, /mailsetup: cannot write outlook-prf for this account/);
});

test('batch: names that map to one file name never overwrite each other; each is written and the renaming reported', async () => {
  const { dir, file } = await resultFile(savedResult({ email: 'postmaster@example.test' }));
  const csv = join(dir, 'users.csv');
  await writeFile(
    csv,
    ['email,name', "a'b@example.test,First", 'a_b@example.test,Second', 'Carol@example.test,Third', 'carol@example.test,Fourth'].join('\n'),
  );
  const out = join(dir, 'out');
  const run = await cli(['batch', csv, '--from', file, '--format', 'apple,summary,thunderbird-policies', '--out', out]);
  assert.equal(run.code, 0, run.stderr);
  assert.match(run.stderr, /4 of 4 users written\./);
  assert.match(
    run.stderr,
    /row 3: a_b@example\.test: its files are named a_b@example\.test-[0-9a-f]{8}…, since a_b@example\.test… already belongs/,
  );
  assert.match(run.stderr, /row 5: carol@example\.test: its files are named carol@example\.test-[0-9a-f]{8}…/);
  const users = await readdir(join(out, 'example.test', 'users'));
  assert.equal(users.length, 12, users.join(', '));
  assert.equal(new Set(users.map((u) => u.toLowerCase())).size, 12, 'distinct even where case does not count');
  const names = await Promise.all(
    users
      .filter((u) => u.endsWith('-settings.txt'))
      .map(async (u) => (await readFile(join(out, 'example.test', 'users', u), 'utf8')).match(/Name +(\w+)/)![1]),
  );
  assert.deepEqual(names.sort(), ['First', 'Fourth', 'Second', 'Third']);
});

test('batch: an empty list is an error; a UTF-16 list (Excel "Unicode text") is read as text', async () => {
  const { dir, file } = await resultFile(savedResult({ email: 'postmaster@example.test' }));
  for (const content of ['', '\n\n', 'email,name\n', '\ufeff']) {
    const csv = join(dir, 'empty.csv');
    await writeFile(csv, content);
    const run = await cli(['batch', csv, '--from', file, '--format', 'apple', '--out', join(dir, 'none')]);
    assert.equal(run.code, 64, JSON.stringify(content));
    assert.match(run.stderr, /^mailsetup: .*empty\.csv lists no users/);
    await assert.rejects(readdir(join(dir, 'none')));
  }
  const rows = 'Email\tName\tLogin\r\nzoë@example.test\tZoë Ölmann\t\r\n张伟@example.test\t张伟\tzhang\r\n';
  for (const [encoding, bytes] of [
    ['UTF-16LE', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(rows, 'utf16le')])],
    ['UTF-16BE', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(rows, 'utf16le').swap16()])],
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(rows, 'utf8')])],
  ] as const) {
    const csv = join(dir, `${encoding}.csv`);
    await writeFile(csv, bytes);
    const out = join(dir, encoding);
    const run = await cli(['batch', csv, '--from', file, '--format', 'summary', '--out', out]);
    assert.equal(run.code, 0, `${encoding}: ${run.stderr}`);
    const users = (await readdir(join(out, 'example.test', 'users'))).sort();
    assert.deepEqual(users, ['zoë@example.test-settings.txt', '张伟@example.test-settings.txt'], encoding);
    assert.match(await readFile(join(out, 'example.test', 'users', '张伟@example.test-settings.txt'), 'utf8'), /Username +zhang/);
  }
});

test("batch: a login name with a line break is that row's problem; the others are written", async () => {
  const { dir, file } = await resultFile(savedResult({ email: 'postmaster@example.test' }));
  const csv = join(dir, 'users.csv');
  await writeFile(csv, 'email,name,login\nann@example.test,Ann,ann\n"bob@example.test",Bob,"bob\nSMTPServer=evil"\n');
  const out = join(dir, 'out');
  const run = await cli(['batch', csv, '--from', file, '--format', 'outlook-prf', '--out', out]);
  assert.equal(run.code, 1, run.stderr);
  assert.match(run.stderr, /bob@example\.test: the login name holds a line break or another control character/);
  assert.deepEqual(await readdir(join(out, 'example.test', 'users')), ['ann@example.test.prf']);
});
