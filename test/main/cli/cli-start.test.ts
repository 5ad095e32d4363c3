import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..', '..');

/** A copy of the built command line (bin/ and dist/cli/, node_modules linked), to break its files without harm. */
function installedCopy(): { bin: string; cli: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'mailsetup-cli-'));
  cpSync(join(ROOT, 'bin'), join(dir, 'bin'), { recursive: true });
  mkdirSync(join(dir, 'dist'));
  cpSync(join(ROOT, 'dist', 'cli'), join(dir, 'dist', 'cli'), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  return {
    bin: join(dir, 'bin', 'mailsetup.js'),
    cli: join(dir, 'dist', 'cli'),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

function run(bin: string, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

test('the build ships each language as its own file beside the bundle, and the bundle without any of them', () => {
  const cli = join(ROOT, 'dist', 'cli');
  assert.deepEqual(readdirSync(join(cli, 'messages')).sort(), ['de.json', 'en.json', 'es.json', 'fr.json', 'ja.json', 'zh-CN.json']);
  const bundle = readFileSync(join(cli, 'mailsetup.js'), 'utf8');
  // A sentence each catalog holds (the program's one-line description) is in no language inside the bundle.
  for (const file of readdirSync(join(cli, 'messages'))) {
    const catalog = JSON.parse(readFileSync(join(cli, 'messages', file), 'utf8')) as { cli: Record<string, unknown> };
    const sentence = Object.values(catalog.cli).find((v): v is string => typeof v === 'string' && v.length > 20);
    assert.ok(sentence, file);
    assert.ok(!bundle.includes(sentence), `${file}: "${sentence}" is compiled into the bundle`);
  }
});

test('a code cache that is corrupt or from another Node costs nothing but a normal start, and is written anew', async () => {
  const copy = installedCopy();
  try {
    const cache = join(copy.cli, 'mailsetup.code-cache');
    writeFileSync(cache, Buffer.alloc(4096, 7));
    const first = await run(copy.bin, ['--lang', 'de', '--help']);
    assert.equal(first.code, 0, first.stderr);
    assert.match(first.stdout, /^Aufruf: mailsetup/);
    assert.notDeepEqual(readFileSync(cache), Buffer.alloc(4096, 7), 'the broken cache was replaced');
    const again = await run(copy.bin, ['--lang', 'ja', '--help']);
    assert.equal(again.code, 0, again.stderr);
    assert.match(again.stdout, /^使い方/);
    rmSync(cache);
    const without = await run(copy.bin, ['--help']);
    assert.equal(without.code, 0, without.stderr);
    assert.match(without.stdout, /^Usage: mailsetup/);
  } finally {
    copy.remove();
  }
});

test('a reader that goes away (mailsetup --help | head -1) ends the command quietly, not with a stack trace', async () => {
  const child = spawn(process.execPath, [join(ROOT, 'bin', 'mailsetup.js'), '--help'], { stdio: ['ignore', 'pipe', 'pipe'] });
  // Closed before the command writes anything, so its write meets a closed pipe (EPIPE).
  child.stdout.destroy();
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  const code = await new Promise<number>((resolve) => child.on('close', (c) => resolve(c ?? -1)));
  assert.equal(stderr, '');
  assert.equal(code, 0);
});
