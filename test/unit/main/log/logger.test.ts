import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLog } from '../../../../main/log/create-log';
import { SILENT_LOG } from '../../../../main/log/logger';
import { redactText } from '../../../../main/privacy/secret-forms';

const PASSWORD = 'p a"s\\s \'w0rd\\ 密码';

/** Every form the password could take in a log line, including inside a SASL PLAIN token. */
function leaks(text: string): string[] {
  const token = Buffer.from(`\0alice@example.test\0${PASSWORD}`).toString('base64');
  return [PASSWORD, JSON.stringify(PASSWORD).slice(1, -1), Buffer.from(PASSWORD).toString('base64'), token].filter((form) =>
    text.includes(form),
  );
}

test('the log writes JSON lines to a file; credential fields are redacted, and registered secrets are scrubbed from every text', async () => {
  const file = join(await mkdtemp(join(tmpdir(), 'mailsetup-log-')), 'logs', 'mail-setup.log');
  const log = createLog({ to: { file }, level: 'debug' });
  log.addSecrets(PASSWORD, undefined);
  const child = log.child({ run: 1 });
  child.debug('login tried', { host: 'imap.example.test', password: 'other secret', auth: { user: 'alice', pass: 'third secret' } });
  child.info(`the server said: NO ${PASSWORD}`);
  child.warn('a library error', {
    err: new Error(`AUTH PLAIN ${Buffer.from(`\0alice@example.test\0${PASSWORD}`).toString('base64')} refused`),
  });
  child.error('internal error', { err: new TypeError('x is not a function') });
  await new Promise((resolve) => setTimeout(resolve, 200));
  const text = await readFile(file, 'utf8');
  const lines = text
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Record<string, unknown>);
  assert.equal(lines.length, 4);
  assert.deepEqual(
    lines.map((l) => l.msg),
    ['login tried', `the server said: NO [hidden]`, 'a library error', 'internal error'],
  );
  assert.equal(lines[0].password, '[hidden]');
  assert.equal((lines[0].auth as { pass: string }).pass, '[hidden]');
  assert.equal(lines[0].run, 1);
  assert.match(JSON.stringify(lines[3].err), /TypeError: x is not a function/);
  assert.deepEqual(leaks(text), []);
  assert.ok(!text.includes('other secret') && !text.includes('third secret'));
});

test('secret forms cover the password inside a SASL PLAIN token at any offset', () => {
  for (const user of ['a', 'ab', 'abc', 'alice@example.test']) {
    const token = Buffer.from(`\0${user}\0${PASSWORD}`).toString('base64');
    assert.equal(leaks(redactText(`AUTH PLAIN ${token}`, [PASSWORD])).length, 0, user);
  }
});

test('the silent log is the default and costs nothing', () => {
  SILENT_LOG.addSecrets('x');
  SILENT_LOG.child({ a: 1 }).error('nothing', { err: new Error('x') });
  assert.equal(SILENT_LOG.child({}), SILENT_LOG);
});
