#!/usr/bin/env node
'use strict';
const { readFileSync, renameSync, writeFileSync } = require('node:fs');
const { dirname, join } = require('node:path');
const Module = require('node:module');
const vm = require('node:vm');

// Node keeps the compiled code of the modules the bundle loads between runs where it can (Node 22.1 and later).
try {
  Module.enableCompileCache?.();
} catch {
  // No cache directory to write to: start without one.
}

const BUNDLE = join(__dirname, '..', 'dist', 'cli', 'mailsetup.js');
const CODE_CACHE = join(__dirname, '..', 'dist', 'cli', 'mailsetup.code-cache');

/**
 * Runs the bundled CLI ("npm ci" builds it with the prepare script, "npm run build" rebuilds it), compiled with
 * V8's code cache: compiling the bundle is most of what a start costs beyond Node's own, and Node 20 has no
 * compile cache of its own. The cache is written by the build, and again by any run whose Node rejects it (another
 * version); V8 checks it against the source and its own version, so a stale one only costs a normal compile.
 */
function loadBundle() {
  const source = readFileSync(BUNDLE, 'utf8');
  let cachedData;
  try {
    cachedData = readFileSync(CODE_CACHE);
  } catch {
    // No cache yet: this run writes one.
  }
  const script = new vm.Script(Module.wrap(source), { filename: BUNDLE, cachedData });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, Module.createRequire(BUNDLE), module, BUNDLE, dirname(BUNDLE));
  const saveCache = () => {
    if (cachedData && !script.cachedDataRejected) return;
    try {
      // Through a temporary file, so a run starting meanwhile never reads half a cache.
      const partial = `${CODE_CACHE}.${process.pid}`;
      writeFileSync(partial, script.createCachedData());
      renameSync(partial, CODE_CACHE);
    } catch {
      // A read-only installation: every run compiles, as without a cache.
    }
  };
  return { main: module.exports.main, saveCache };
}

const { main, saveCache } = loadBundle();
// A reader that went away (`mailsetup --help | head`) is no error of ours: stop quietly.
for (const stream of [process.stdout, process.stderr]) stream.on('error', (error) => error.code === 'EPIPE' && process.exit(0));
main(process.argv.slice(2)).then((code) => {
  // After the run, so the cache holds the functions it compiled too.
  saveCache();
  // The answer is printed; sockets of cancelled probes need not close politely. Exit as soon as what was written
  // has left the process (pipes can be asynchronous on some systems).
  const pending = [process.stdout, process.stderr].filter((s) => s.writableLength > 0);
  if (pending.length === 0) process.exit(code);
  let left = pending.length;
  for (const stream of pending) stream.once('drain', () => --left === 0 && process.exit(code));
  process.exitCode = code;
});
