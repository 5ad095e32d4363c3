import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assertNoPassword } from '../../helpers/discover-in-world';
import { world } from '../../helpers/world-client';
import { runCli as run, worldArgs } from '../../helpers/run-cli';
import { USERS } from '../../world/world-plan';

test('discover --json prints the documented object and exits 0 for verified settings', async () => {
  const { code, stdout, stderr } = await run(
    ['discover', USERS.alice.login, '--password-stdin', '--json', ...worldArgs()],
    `${USERS.alice.password}\n`,
  );
  assert.equal(code, 0, stderr);
  const out = JSON.parse(stdout);
  assert.equal(out.email, 'alice@guess.test');
  for (const key of ['protocol', 'host', 'port', 'security', 'username', 'verified']) assert.ok(key in out.incoming, key);
  assert.deepEqual(
    [out.incoming.protocol, out.incoming.host, out.incoming.port, out.incoming.security, out.incoming.verified],
    ['imap', 'imap.guess.test', 993, 'tls', true],
  );
  assert.deepEqual([out.outgoing.protocol, out.outgoing.port, out.outgoing.verified], ['smtp', 465, true]);
  assert.ok(
    Array.isArray(out.candidates) && out.candidates.every((c: { source: string; outcome: { code: string } }) => c.source && c.outcome.code),
  );
  assert.ok(Array.isArray(out.warnings));
  assert.equal(stderr, '', 'no progress on a non-terminal stderr with --json');
  assertNoPassword(stdout + stderr, USERS.alice.password);
});

test('the human summary shows progress and the verdict; the trailing newline of stdin is not part of the password', async () => {
  const { code, stdout, stderr } = await run(
    ['discover', USERS.eve.login, '--password-stdin', ...worldArgs()],
    `${USERS.eve.password}\r\n`,
  );
  assert.equal(code, 0, stdout + stderr);
  assert.match(stdout, /Incoming: IMAP\n {2}server {4}imap\.guess\.test/);
  assert.match(stdout, /Verified settings found\./);
  assert.match(stderr, /… asking srv/);
  assert.match(stderr, /✔ IMAP imap\.guess\.test:993 TLS: OK/);
  assertNoPassword(stdout + stderr, USERS.eve.password);
});

test('without a password the servers are found but not verified (exit 1); a wrong password says so', async () => {
  const none = await run(['discover', USERS.alice.login, '--json', ...worldArgs()]);
  assert.equal(none.code, 1);
  assert.equal(JSON.parse(none.stdout).incoming.verified, false);
  const wrong = await run(['discover', USERS.alice.login, '--password-stdin', ...worldArgs()], 'nope');
  assert.equal(wrong.code, 1);
  assert.match(wrong.stdout, /rejected the login/);
});

test('nothing found exits 2; the plaintext server is refused by default and allowed per host', async () => {
  const nothing = await run(['discover', 'x@nothing-here.test', '--json', ...worldArgs()]);
  assert.equal(nothing.code, 2);
  const refused = await run(['discover', USERS.paul.login, '--password-stdin', '--json', ...worldArgs()], USERS.paul.password);
  assert.equal(JSON.parse(refused.stdout).incoming.verified, false);
  const allowed = await run(
    ['discover', USERS.paul.login, '--password-stdin', '--json', '--allow-plaintext=mail.plain.test', ...worldArgs()],
    USERS.paul.password,
  );
  assert.equal(allowed.code, 0, allowed.stderr);
  assert.equal(JSON.parse(allowed.stdout).incoming.security, 'plain');
});

test('a self-signed certificate is explained with its fingerprint, and --trust-cert accepts exactly it', async () => {
  const first = await run(['discover', USERS.sid.login, '--password-stdin', ...worldArgs()], USERS.sid.password);
  assert.equal(first.code, 1);
  const fingerprint = /SHA-256 fingerprint ([0-9A-F:]{95})/.exec(first.stdout)?.[1];
  assert.ok(fingerprint, first.stdout);
  assert.match(first.stdout, /self-signed certificate/);
  const trusted = await run(
    ['discover', USERS.sid.login, '--password-stdin', '--trust-cert', fingerprint, ...worldArgs()],
    USERS.sid.password,
  );
  assert.equal(trusted.code, 0, trusted.stdout);
});

test('bad command lines get a clear message and exit 64', async () => {
  for (const args of [
    ['discover'],
    ['discover', 'not-an-address'],
    ['discover', 'a@b.test', '--dns', 'dns.example'],
    ['discover', 'a@b.test', '--timeout', 'soon'],
    ['discover', 'a@b.test', '--timeout', String(2 ** 31)],
    ['discover', 'a@b.test', '--dns', '127.0.0.1:99999'],
    ['discover', 'a@b.test', '--sources', 'guess,telepathy'],
    ['discover', 'a@b.test', '--lang', 'xx'],
    ['frobnicate'],
    ['discover', 'a@b.test', '--bogus'],
  ]) {
    const { code, stderr } = await run(args);
    assert.equal(code, 64, `${args.join(' ')}: ${stderr}`);
    assert.match(stderr, /^mailsetup: /, args.join(' '));
  }
});

test('files that cannot be read exit 74; a CA file with a broken certificate is a clear usage error', async () => {
  const missing = await run(['discover', 'a@b.test', '--ca', '/nonexistent/ca.pem']);
  assert.equal(missing.code, 74, missing.stderr);
  assert.match(missing.stderr, /^mailsetup: cannot read the CA file \/nonexistent\/ca\.pem: ENOENT/);
  const dir = await mkdtemp(join(tmpdir(), 'mailsetup-ca-'));
  const garbage = join(dir, 'garbage.pem');
  await writeFile(
    garbage,
    `${await readFile(world().caCert, 'utf8')}\n-----BEGIN CERTIFICATE-----\nbm90IGEgY2VydGlmaWNhdGU=\n-----END CERTIFICATE-----\n`,
  );
  const broken = await run(['discover', 'a@b.test', '--ca', garbage]);
  assert.equal(broken.code, 64, broken.stderr);
  assert.match(broken.stderr, /holds a PEM block that is not a certificate: PEM block 2/);
});

test('the CLI speaks the language of --lang or the locale: help, progress and the summary', async () => {
  const help = await run(['--lang', 'zh-CN', 'discover', '--help']);
  assert.equal(help.code, 0);
  assert.match(help.stdout, /^用法：/);
  assert.match(help.stdout, /查找选项：/);
  const { code, stdout } = await run(
    ['discover', USERS.alice.login, '--password-stdin', '--lang=zh-CN', ...worldArgs()],
    USERS.alice.password,
  );
  assert.equal(code, 0);
  assert.match(stdout, /^alice@guess\.test 的邮件设置/);
  assert.match(stdout, /已找到并验证了设置。/);
  assert.doesNotMatch(stdout, /Verified|Incoming/);
});
