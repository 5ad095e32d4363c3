import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TestBrowser } from '../../helpers/oauth-browser';
import { worldArgs } from '../../helpers/run-cli';
import { world } from '../../helpers/world-client';
import { OAUTH_USERS } from '../../world/world-plan';
import { issuedSecretsFile, STATIC_CLIENT_IDS } from '../../world/oauth-server';

const BIN = join(__dirname, '..', '..', '..', 'bin', 'mailsetup.js');
// No browser is started (the printed address is the way in) and the user's own client-ID file stays out of it.
const ENV = { ...process.env, BROWSER: 'none', XDG_CONFIG_HOME: '/nonexistent/mailsetup-tests' };

/** Runs the CLI; the test browser opens the sign-in address as soon as the CLI prints it. */
function runWithBrowser(args: string[], browser?: TestBrowser): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: ENV, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let opened = false;
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => {
      stderr += d;
      const url = /^\s+(https:\/\/\S+)$/m.exec(stderr)?.[1];
      if (url && browser && !opened) {
        opened = true;
        browser.open(url);
      }
    });
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

function issuedSecrets(): string[] {
  const path = issuedSecretsFile(world().dir);
  return existsSync(path)
    ? readFileSync(path, 'utf8')
        .split('\n')
        .filter((s) => s.length >= 20)
    : [];
}

test('discover --oauth: prints the sign-in address, waits for the browser, proves IMAP and SMTP with the token, exits 0', async () => {
  const olivia = OAUTH_USERS.olivia;
  const browser = new TestBrowser({ email: olivia.login, password: olivia.password, consent: 'allow' });
  const args = [
    'discover',
    olivia.login,
    '--oauth',
    '--oauth-client-id',
    `auth.oauth.test=${STATIC_CLIENT_IDS.configured}`,
    ...worldArgs(),
  ];
  const json = await runWithBrowser([...args, '--json'], browser);
  assert.equal(json.code, 0, json.stderr);
  const answer = JSON.parse(json.stdout);
  assert.equal(answer.signIn.status, 'verified', json.stdout);
  assert.ok(answer.signIn.proofs.some((p: { protocol: string; ok: boolean }) => p.protocol === 'imap' && p.ok));
  assert.ok(answer.signIn.proofs.some((p: { protocol: string; ok: boolean }) => p.protocol === 'smtp' && p.ok));
  assert.match(json.stderr, /Sign in in your browser/);
  const trip = await browser.trip;
  assert.ok(trip.visited.length > 1);

  const text = await runWithBrowser(args, new TestBrowser({ email: olivia.login, password: olivia.password, consent: 'allow' }));
  assert.equal(text.code, 0, text.stderr);
  assert.match(text.stdout, /Verified by signing in/);

  // Whatever the authorization server issued (codes, access and refresh tokens) appears in no output.
  const secrets = issuedSecrets();
  assert.ok(secrets.length > 0, 'the authorization server issued nothing: the sign-in did not happen');
  for (const out of [json.stdout, json.stderr, text.stdout, text.stderr])
    for (const secret of secrets) assert.ok(!out.includes(secret), 'a token or code appeared in the CLI output');
});

test('discover --oauth with the sign-in refused in the browser, and with no client ID at all: a plain answer, exit 1', async () => {
  const olivia = OAUTH_USERS.olivia;
  const denied = await runWithBrowser(
    ['discover', olivia.login, '--oauth', '--oauth-client-id', `auth.oauth.test=${STATIC_CLIENT_IDS.configured}`, '--json', ...worldArgs()],
    new TestBrowser({ email: olivia.login, password: olivia.password, consent: 'deny' }),
  );
  assert.equal(denied.code, 1, denied.stderr);
  assert.equal(JSON.parse(denied.stdout).signIn.status, 'sign-in-failed');

  const none = await runWithBrowser(['discover', 'someone@guess.test', '--oauth', '--json', ...worldArgs()]);
  const answer = JSON.parse(none.stdout);
  assert.equal(answer.signIn.status, 'no-sign-in', none.stdout);
  assert.notEqual(none.code, 0);
});
