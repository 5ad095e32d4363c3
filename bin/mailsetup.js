#!/usr/bin/env node
'use strict';
// Node keeps the compiled code of the bundle between runs where it can (Node 22.1 and later): a second start is faster.
try {
  require('node:module').enableCompileCache?.();
} catch {
  // No cache directory to write to: start without one.
}
// Runs the bundled CLI; "npm ci" builds it (prepare script), "npm run build" rebuilds it.
const { main } = require('../dist/cli/mailsetup.js');
main(process.argv.slice(2)).then((code) => {
  // The answer is printed; sockets of cancelled probes need not close politely. Exit as soon as what was written
  // has left the process (pipes can be asynchronous on some systems).
  const pending = [process.stdout, process.stderr].filter((s) => s.writableLength > 0);
  if (pending.length === 0) process.exit(code);
  let left = pending.length;
  for (const stream of pending) stream.once('drain', () => --left === 0 && process.exit(code));
  process.exitCode = code;
});
