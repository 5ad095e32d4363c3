import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { buildReport } from '../../../main/report/build-report';
import { renderHtml } from '../../../main/report/render-html';
import { renderText } from '../../../main/report/render-text';
import { assertNoPassword, discoverInWorld } from '../../helpers/discover-in-world';
import { runCli, worldArgs } from '../../helpers/run-cli';
import { USERS } from '../../world/world-plan';

const schema = JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'docs', 'diagnostic-v1.schema.json'), 'utf8'));
const ajv = new Ajv2020({ strict: true });
addFormats(ajv);
const validate = ajv.compile(schema);

async function reportFor(address: string, password: string | undefined) {
  const { result } = await discoverInWorld(address, password, { exhaustive: true });
  return buildReport(result, { passwordGiven: password !== undefined, secrets: password ? [password] : [] });
}

/** Every rendering of the report: none may hold the password or its base64 forms. */
function renderings(report: ReturnType<typeof buildReport>): string[] {
  return [renderText(report), renderHtml(report), JSON.stringify(report)];
}

test('a working account: verdict ok, every step in order, valid JSON, password nowhere', async () => {
  const report = await reportFor(USERS.alice.login, USERS.alice.password);
  assert.ok(validate(report), JSON.stringify(validate.errors));
  assert.equal(report.verdict.status, 'ok');
  assert.equal(report.verdict.headline, 'Your mail settings work.');
  const kinds = new Set(report.steps.map((s) => s.kind));
  assert.deepEqual([...kinds].sort(), ['connection', 'dns', 'http']);
  assert.ok(
    report.steps.every((s, i) => i === 0 || report.steps[i - 1].at <= s.at),
    'steps in order',
  );
  const imap = report.steps.find((s) => s.kind === 'connection' && s.host === 'imap.guess.test' && s.port === 993);
  assert.ok(imap && imap.kind === 'connection');
  assert.match(imap.tls?.protocol ?? '', /TLSv1\.[23]/);
  assert.ok(imap.tls?.certificate?.fingerprint256);
  assert.match(imap.greeting ?? '', /^\* OK/);
  assert.ok(imap.authMechanisms?.includes('PLAIN'));
  assert.equal(imap.logins[0].ok, true);
  assert.equal(imap.logins[0].reading, 'Accepted: the password works.');
  const http = report.steps.find((s) => s.kind === 'http' && s.url.startsWith('https://ispdb.test/'));
  assert.ok(http && http.kind === 'http' && http.status === 404 && http.tlsVerified === true);
  for (const text of renderings(report)) assertNoPassword(text, USERS.alice.password);
});

test('verdicts a non-expert can act on: wrong password, expired certificate, blocked port, nothing found', async () => {
  const wrong = await reportFor(USERS.alice.login, 'wrong password here');
  assert.equal(wrong.verdict.status, 'problem');
  assert.match(wrong.verdict.headline, /^Your password is wrong \(or the username\)/);
  const login = wrong.steps.find((s) => s.kind === 'connection' && s.logins.length > 0);
  assert.ok(login && login.kind === 'connection');
  assert.match(login.logins[0].serverReply ?? login.outcome.serverReply ?? '', /AUTHENTICATIONFAILED|failed|535|ERR/i);
  for (const text of renderings(wrong)) assertNoPassword(text, 'wrong password here');

  const expired = await reportFor('ed@expired.test', 'irrelevant');
  assert.match(expired.verdict.headline, /^The certificate of mail\.expired\.test expired on \d{4}-\d{2}-\d{2}\./);

  const firewalled = await reportFor(USERS.fay.login, USERS.fay.password);
  assert.equal(firewalled.verdict.status, 'ok');
  assert.ok(
    firewalled.verdict.findings.includes('Port 465 is blocked on this network; use 587 with STARTTLS (smtp.firewalled.test).'),
    JSON.stringify(firewalled.verdict),
  );
  assert.ok(firewalled.verdict.findings.some((f) => /^Port 993 is blocked on this network; use 143 with STARTTLS/.test(f)));

  const nothing = await reportFor('x@nothing-here.test', undefined);
  assert.equal(nothing.verdict.status, 'not-found');
  assert.match(nothing.verdict.headline, /The domain nothing-here\.test does not exist\. Check the part after the @/);

  const noPassword = await reportFor(USERS.alice.login, undefined);
  assert.equal(noPassword.verdict.status, 'unverified');
  assert.match(noPassword.verdict.headline, /give your password/);
  for (const r of [expired, firewalled, nothing, noPassword]) assert.ok(validate(r), JSON.stringify(validate.errors));
});

test('the HTML report is one self-contained page', async () => {
  const html = renderHtml(await reportFor(USERS.sid.login, USERS.sid.password));
  assert.ok(html.startsWith('<!DOCTYPE html>'));
  assert.ok(!/<(script|link|img|iframe|object)\b/i.test(html), 'no external assets or scripts');
  assert.ok(!/(src|href)=|url\(/i.test(html), 'nothing fetched');
  assert.match(html, /@media print/);
  assert.match(html, /self-signed certificate/);
});

test('diagnose CLI: every format on stdout is clean and free of the password; --out writes the file', async () => {
  for (const format of ['text', 'html', 'json']) {
    const run = await runCli(['diagnose', USERS.eve.login, '--password-stdin', '--format', format, ...worldArgs()], USERS.eve.password);
    assert.equal(run.code, 0, run.stderr);
    assertNoPassword(run.stdout + run.stderr, USERS.eve.password);
    if (format === 'json') assert.ok(validate(JSON.parse(run.stdout)), 'stdout is exactly the JSON report');
  }
  const wrong = await runCli(['diagnose', USERS.alice.login, '--password-stdin', '--json', ...worldArgs()], 'nope nope');
  assert.equal(wrong.code, 1);
  assert.equal(JSON.parse(wrong.stdout).verdict.status, 'problem');
  const missing = await runCli(['diagnose', 'x@nothing-here.test', ...worldArgs()]);
  assert.equal(missing.code, 2);
  assert.match(missing.stdout, /^VERDICT: The domain nothing-here\.test does not exist/m);
});
