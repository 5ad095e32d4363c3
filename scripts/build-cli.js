#!/usr/bin/env node
'use strict';
// Bundles the command-line tool into one file (dist/cli/mailsetup.js), so `mailsetup --help` reads one file instead of
// a few hundred: Node spends most of a short run finding and loading modules. The libraries a command needs only
// once it runs (mail protocols, certificates, XML, zod, pino with its worker files) stay outside the bundle and load
// from node_modules when that command asks for them; the two every run needs (commander, i18next) are inside.
const { readFileSync } = require('node:fs');
const { join } = require('node:path');
const esbuild = require('esbuild');

const root = join(__dirname, '..');
const INSIDE = new Set(['commander', 'i18next']);
const { dependencies } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

esbuild
  .build({
    entryPoints: [join(root, 'main', 'cli', 'main.ts')],
    outfile: join(root, 'dist', 'cli', 'mailsetup.js'),
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    external: ['electron', ...Object.keys(dependencies).filter((name) => !INSIDE.has(name))],
    logLevel: 'warning',
  })
  .catch(() => process.exit(1));
