import { after, before, test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { discover } from '../../../main/engine/discover';
import { COMMAND_TIMEOUT_MS } from '../../../main/net/timeouts';
import { say } from '../../helpers/english';
import { assertNoPasswordIn } from '../../helpers/password-leaks';
import { runCli, worldArgs, type CliRun } from '../../helpers/run-cli';
import { world } from '../../helpers/world-client';
import { ESCAPES, startHostileMailServers, type HostileServers } from '../../world/hostile-mail-servers';
import { ADDR } from '../../world/world-plan';

// Every hostile-server run is a real CLI process, so its peak memory is the whole app's, measured by the kernel.
const PEAK_RSS_LIMIT_MIB = 150;

let servers: HostileServers;
before(async () => {
  servers = await startHostileMailServers(world().caCert);
});
after(async () => {
  await servers.stop();
});

interface Candidate {
  host: string;
  port: number;
  protocol: string;
  outcome: { code: string; detail?: string; message: string; serverReply?: string; certProblem?: string };
  logins: { username: string; ok: boolean; serverReply?: string }[];
  probe?: { greeting?: string };
  ms: number;
}

function parsed(run: CliRun): { candidates: Candidate[]; refusedLogins: number } {
  assert.ok(run.stdout.trim().startsWith('{'), `no JSON: ${run.stderr}`);
  return JSON.parse(run.stdout) as { candidates: Candidate[]; refusedLogins: number };
}

const at = (json: { candidates: Candidate[] }, host: string, port: number) => {
  const found = json.candidates.find((c) => c.host === host && c.port === port);
  assert.ok(found, `no candidate ${host}:${port}`);
  return found;
};

function boundedMemory(run: CliRun, t: TestContext): void {
  assert.ok(run.peakRssMiB !== undefined, 'peak memory measured');
  t.diagnostic(`peak RSS of the CLI process: ${run.peakRssMiB.toFixed(0)} MiB`);
  assert.ok(run.peakRssMiB < PEAK_RSS_LIMIT_MIB, `peak memory ${run.peakRssMiB.toFixed(0)} MiB`);
}

const discoverCli = (address: string, password: string, extra: string[] = []) =>
  runCli(
    ['discover', address, '--password-stdin', '--json', '--sources', 'guess,autoconfig', ...worldArgs(), ...extra],
    password,
    undefined,
    {
      measure: true,
    },
  );

test('an IMAP greeting that never ends: dropped at the line limit before any login, on both ports; memory stays bounded', async (t) => {
  const run = await discoverCli('flo@floodline.test', 'Qz7!first-secret');
  boundedMemory(run, t);
  const json = parsed(run);
  for (const port of [993, 143]) {
    const imap = at(json, 'mail.floodline.test', port);
    assert.equal(imap.outcome.code, 'EPROTOCOL', JSON.stringify(imap.outcome));
    assert.match(imap.outcome.detail ?? '', /over-long line/);
    assert.deepEqual(imap.logins, [], 'no password was sent');
    // Ended by the limit, not by waiting for a command's time limit.
    assert.ok(imap.ms < COMMAND_TIMEOUT_MS, `${port}: ${imap.ms} ms`);
  }
  assertNoPasswordIn(run.stdout + run.stderr, 'Qz7!first-secret');
});

test('a literal of almost a gigabyte (before login and as the answer to the login) and an endless EHLO: refused unread', async (t) => {
  const run = await discoverCli('lit@floodliteral.test', 'Wv3!second-secret');
  boundedMemory(run, t);
  const json = parsed(run);
  // On 143 the literal comes where the probe asks CAPABILITY, before STARTTLS: anyone on the path could send it.
  const clear = at(json, 'mail.floodliteral.test', 143);
  assert.equal(clear.outcome.code, 'EPROTOCOL');
  assert.match(clear.outcome.detail ?? '', /announced 999999999 bytes/);
  // On 993 it is the answer to AUTHENTICATE: the login ends there, without reading it.
  const login = at(json, 'mail.floodliteral.test', 993);
  assert.equal(login.logins.length, 1);
  assert.equal(login.logins[0].ok, false);
  assert.match(JSON.stringify(login.outcome), /999999999/);
  const smtp = at(json, 'mail.floodliteral.test', 465);
  assert.equal(smtp.outcome.code, 'EPROTOCOL');
  assert.match(smtp.outcome.detail ?? '', /too (long|many lines)/);
  for (const c of [clear, login, smtp]) assert.ok(c.ms < COMMAND_TIMEOUT_MS, `${c.port}: ${c.ms} ms`);
});

test('servers that echo the password back — raw across the 200th character, as a SASL token at every alignment, as AUTH LOGIN base64 — leave no trace of it in any output', async (t) => {
  const password = 'Tr0ub4dor&3 echo-me';
  const received = servers.received(ADDR.echo).length;
  const run = await discoverCli('echo.user@echo.test', password, ['--debug']);
  boundedMemory(run, t);
  const json = parsed(run);
  // The servers did get (and echo) the credentials: the replies are there, cleaned.
  const pop3 = at(json, 'mail.echo.test', 995);
  const imap = at(json, 'mail.echo.test', 993);
  const smtp = at(json, 'mail.echo.test', 465);
  const replies = [...pop3.logins, ...imap.logins, ...smtp.logins].map((l) => l.serverReply ?? '');
  assert.ok(
    replies.some((r) => r.includes('[hidden]')),
    JSON.stringify(replies),
  );
  assert.ok(servers.received(ADDR.echo).length > received, 'the servers were asked');
  assertNoPasswordIn(run.stdout, password, 'discover --json', { cutOff: true });
  assertNoPasswordIn(run.stderr, password, 'the --debug log', { cutOff: true });
  // A wrong password costs at most three refused logins, and the count is reported.
  assert.ok(json.refusedLogins >= 1 && json.refusedLogins <= 3, `${json.refusedLogins} refused logins`);

  for (const format of ['text', 'html', 'json']) {
    const report = await runCli(['diagnose', 'echo.user@echo.test', '--password-stdin', '--format', format, ...worldArgs()], password);
    assert.match(report.stdout, /echo/);
    assertNoPasswordIn(report.stdout, password, `diagnose --format ${format}`, { cutOff: true });
    assertNoPasswordIn(report.stderr, password, `diagnose --format ${format} (stderr)`, { cutOff: true });
  }
});

test('CR, LF or NUL in a user name or password: refused with a clear message before any connection', async () => {
  const received = servers.received(ADDR.echo).length;
  for (const [username, password, field] of [
    ['alice\r\nDELE 1', 'fine password', /user name contains a line break/],
    [undefined, 'pass\r\nDELE 1', /password contains a line break/],
    [undefined, 'pass\0word', /password contains a line break or a NUL/],
  ] as const) {
    const response = await discover({ email: 'x@echo.test', username, password, dnsServers: [world().dns], allowAddress: () => true });
    assert.equal(response.ok, false);
    if (!response.ok) {
      assert.equal(response.error.code, 'EINPUT');
      assert.match(say(response.error.reason), field);
    }
  }
  const cli = await runCli(['discover', 'x@echo.test', '--username', 'alice\r\nDELE 1', '--password-stdin', ...worldArgs()], 'pw');
  assert.equal(cli.code, 64, cli.stderr);
  assert.match(cli.stderr, /user name contains a line break/);
  // A password read from standard input loses one line ending, not the lines inside it.
  const piped = await runCli(['discover', 'x@echo.test', '--password-stdin', ...worldArgs()], 'pass\nDELE 1\n');
  assert.equal(piped.code, 64, piped.stderr);
  assert.match(piped.stderr, /password contains a line break/);
  assert.equal(servers.received(ADDR.echo).length, received, 'not one line reached the server');
});

test('a certificate that names its host only in the CN (no subjectAltName) is refused for mail and for web lookups', async (t) => {
  const before = servers.received(ADDR.cnOnly).length;
  const run = await discoverCli('cn@cnonly.test', 'cn-only-password');
  boundedMemory(run, t);
  const json = parsed(run);
  for (const port of [993, 465]) {
    const c = at(json, 'mail.cnonly.test', port);
    assert.equal(c.outcome.code, 'ETLS', JSON.stringify(c.outcome));
    assert.equal(c.outcome.certProblem, 'wrong-host');
    assert.deepEqual(c.logins, []);
  }
  // The HTTPS autoconfig file behind the same certificate was not read: none of its servers became candidates.
  assert.ok(!json.candidates.some((c) => c.host.endsWith('cnonly-settings.test')));
  const lines = servers.received(ADDR.cnOnly).slice(before);
  assert.ok(!lines.some((l) => /AUTHENTICATE|^AUTH|^HTTP/.test(l)), JSON.stringify(lines));

  const report = await runCli(['diagnose', 'cn@cnonly.test', '--password-stdin', ...worldArgs()], 'cn-only-password');
  assert.match(report.stdout, /only in the old Common Name field/);
});

test('terminal escape sequences, C1 controls and a right-to-left override from a server are shown escaped, never acted on', async () => {
  const raw = /[\x1b\x07\x9b\u202e]/;
  const report = await runCli(['diagnose', 'esc@escapes.test', '--password-stdin', ...worldArgs()], 'escape-password');
  assert.doesNotMatch(report.stdout, raw);
  assert.match(report.stdout, /\\x1b\[2J\\x1b\]0;owned\\x07\\x9b31m\\u202eevil/);
  const html = await runCli(['diagnose', 'esc@escapes.test', '--password-stdin', '--format', 'html', ...worldArgs()], 'escape-password');
  assert.doesNotMatch(html.stdout, raw);
  const json = await runCli(['discover', 'esc@escapes.test', '--password-stdin', '--json', ...worldArgs()], 'escape-password');
  assert.doesNotMatch(json.stdout, raw);
  assert.ok(json.stdout.includes('\\\\x1b[2J'), 'the JSON keeps the escaped form');
  assert.ok(ESCAPES.includes('\x1b[2J'));
  const summary = await runCli(['discover', 'esc@escapes.test', '--password-stdin', ...worldArgs()], 'escape-password');
  assert.doesNotMatch(summary.stdout + summary.stderr, raw);
});
