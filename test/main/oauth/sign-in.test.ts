import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { world } from '../../helpers/world-client';
import { issuedSecretsFile } from '../../world/oauth-server';

/**
 * Runs every sign-in flow (sign-in-flows.ts) in a child process and keeps all it prints, then checks that no
 * access token, refresh token or authorization code the test authorization server ever issued appears in that
 * output or in the mail servers' logs: a token is used for the trial logins and never shown or kept.
 */
test('provider sign-in flows pass, and no token or code appears in any of their output', async () => {
  const flows = join(__dirname, 'sign-in-flows.ts');
  // The child is a test run of its own, not a subtest of this one (node:test marks nested runs through this variable).
  const env = { ...process.env };
  delete env.NODE_TEST_CONTEXT;
  const child = spawn(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', flows], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const code = await new Promise<number>((resolve) => child.on('close', (c) => resolve(c ?? 1)));
  // The flows' own report, so a failure there reads as clearly as anywhere else.
  process.stdout.write(output.replace(/^/gm, '    '));
  assert.equal(code, 0, 'a sign-in flow failed (see above)');

  const secretsPath = issuedSecretsFile(world().dir);
  assert.ok(existsSync(secretsPath), 'the test authorization server recorded no issued tokens');
  const secrets = readFileSync(secretsPath, 'utf8')
    .split('\n')
    .filter((s) => s.length >= 20);
  assert.ok(secrets.length >= 10, `only ${secrets.length} tokens and codes were issued; the flows did not really sign in`);
  const logs = [join(world().dir, 'dovecot', 'dovecot.log'), join(world().dir, 'postfix', 'maillog')]
    .filter((f) => existsSync(f))
    .map((f) => readFileSync(f, 'utf8'));
  const everything = [output, ...logs].join('\n');
  for (const secret of secrets) {
    for (const form of [secret, Buffer.from(secret).toString('base64')]) {
      assert.ok(!everything.includes(form), 'an issued token or code appears in the output of the sign-in flows or a server log');
    }
  }
});
