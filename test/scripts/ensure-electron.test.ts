import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

const SCRIPT = join(__dirname, '..', '..', 'scripts', 'ensure-electron.js');

/** Electron's package records where it unpacked the runtime in path.txt; without it there is no runtime. */
function electronPresent(): boolean {
  return existsSync(join(dirname(require.resolve('electron/package.json')), 'path.txt'));
}

test('npm start without the Electron runtime: one clear paragraph, no stack trace, a non-zero exit', (t) => {
  if (electronPresent()) {
    t.diagnostic('the Electron runtime is installed here, so there is nothing to fetch');
    assert.equal(spawnSync(process.execPath, [SCRIPT]).status, 0);
    return;
  }
  // A closed loopback port stands in for a network without the download: refused at once, nothing leaves the machine.
  const run = spawnSync(process.execPath, [SCRIPT], { encoding: 'utf8', env: { ...process.env, ELECTRON_MIRROR: 'http://127.0.0.1:9/' } });
  assert.equal(run.status, 1);
  const paragraphs = run.stderr.trim().split(/\n\s*\n/);
  assert.equal(paragraphs.length, 1, run.stderr);
  assert.match(run.stderr, /cannot start yet/);
  assert.match(run.stderr, /ECONNREFUSED 127\.0\.0\.1:9/, 'the reason is named');
  assert.match(run.stderr, /npx mailsetup discover/, 'points to the command line');
  assert.doesNotMatch(run.stderr, /^\s+at /m, 'no stack trace');
});
