import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

// Needs the built command line (npm test builds first), so it runs with the world-backed suites.
test('starting the command line does not read the snapshot; the first discovery does', () => {
  // The built CLI, as `mailsetup --help` runs it: the data file must not be among the loaded modules.
  const cli = join(__dirname, '..', '..', '..', 'dist', 'main', 'cli', 'main.js');
  const probe = `
    const loaded = () => Object.keys(require.cache).some((k) => k.endsWith('ispdb-snapshot.json'));
    require(${JSON.stringify(cli)});
    const atStart = loaded();
    require(${JSON.stringify(cli.replace(/cli[/\\]main\.js$/, 'discovery/bundled-snapshot.js'))})
      .loadBundledSnapshot().then((s) => console.log(JSON.stringify({ atStart, afterLookup: loaded(), domains: s.domainCount })));`;
  const run = spawnSync(process.execPath, ['-e', probe], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  const seen = JSON.parse(run.stdout) as { atStart: boolean; afterLookup: boolean; domains: number };
  assert.equal(seen.atStart, false);
  assert.equal(seen.afterLookup, true);
  assert.ok(seen.domains > 0);
});
