import { spawn } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';

/**
 * Runs the tests in two tiers. The unit tier (test/unit/) needs no root, no servers and no network and runs in
 * seconds, in parallel. The world tier (every other test) runs one file at a time against the real test
 * servers, which are started only when a chosen test needs them.
 *
 *   tsx scripts/run-tests.ts              both tiers, unit first
 *   tsx scripts/run-tests.ts --unit       the unit tier only
 *   tsx scripts/run-tests.ts <part> ...   the test files whose path contains a part
 */
function findTests(dir: string): string[] {
  return readdirSync(dir)
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return findTests(path);
      return name.endsWith('.test.ts') ? [path] : [];
    })
    .sort();
}

const UNIT_DIR = join('test', 'unit');

function runNodeTest(files: string[], concurrency: number, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  if (files.length === 0) return Promise.resolve(0);
  const child = spawn(process.execPath, ['--import', 'tsx', '--test', `--test-concurrency=${concurrency}`, ...files], {
    stdio: 'inherit',
    env,
  });
  return new Promise<number>((resolve) => child.once('exit', (code) => resolve(code ?? 1)));
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const unitOnly = args.includes('--unit');
  const filter = args.filter((a) => a !== '--unit');
  const chosen = findTests('test').filter((f) => filter.length === 0 || filter.some((part) => f.includes(part)));
  const unit = chosen.filter((f) => f.startsWith(UNIT_DIR));
  const world = unitOnly ? [] : chosen.filter((f) => !f.startsWith(UNIT_DIR));
  // Unit test files wait mostly on process start-up, so they run side by side even on a small machine.
  const unitCode = await runNodeTest(unit, Math.max(2, availableParallelism()));
  if (unitCode !== 0 || world.length === 0) return unitCode;
  // Loaded only now: the unit tier must not need anything the world needs.
  const { startWorld, WORLD_ENV } = await import('../test/world/world');
  const running = await startWorld();
  try {
    return await runNodeTest(world, 1, { ...process.env, [WORLD_ENV]: `${running.dir}/world.json` });
  } finally {
    await running.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
