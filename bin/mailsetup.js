#!/usr/bin/env node
'use strict';
// Runs the compiled CLI; "npm ci" builds it (prepare script), "npm run build" rebuilds it.
const { main } = require('../dist/main/cli/main.js');
main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
  // Sockets of cancelled probes may take a moment to close; the answer is already printed.
  setTimeout(() => process.exit(code), 200).unref();
});
