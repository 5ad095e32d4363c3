#!/usr/bin/env node
'use strict';
// Bundles the command-line tool into one file (dist/cli/mailsetup.js), so `mailsetup --help` reads one file instead of
// a few hundred: Node spends most of a short run finding and loading modules. The libraries a command needs only
// once it runs (mail protocols, certificates, XML, zod, pino with its worker files) stay outside the bundle and load
// from node_modules when that command asks for them; the two every run needs (commander, i18next) are inside.
//
// The words of each language go beside the bundle as JSON (dist/cli/messages/<code>.json), read the first time
// that language is asked for: a run speaks one language (and English behind it), and parsing JSON is several
// times cheaper for Node than compiling the same text as JavaScript.
const { execFileSync } = require('node:child_process');
const { mkdirSync, readFileSync, rmSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');
const esbuild = require('esbuild');

const root = join(__dirname, '..');
const outDir = join(root, 'dist', 'cli');
const INSIDE = new Set(['commander', 'i18next']);
const { dependencies } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const CATALOG_INDEX = /[\\/]shared[\\/]messages[\\/]([A-Za-z-]+)[\\/]index\.ts$/;

/** Every language's catalog as plain data, keyed by its folder name (the language code). */
async function catalogs() {
  const built = await esbuild.build({
    stdin: { contents: "export { LANGUAGES } from './languages';", resolveDir: join(root, 'shared', 'messages'), loader: 'ts' },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    write: false,
    logLevel: 'warning',
  });
  const module = { exports: {} };
  new Function('module', 'exports', 'require', built.outputFiles[0].text)(module, module.exports, require);
  return Object.fromEntries(module.exports.LANGUAGES.map((l) => [l.code, l.catalog]));
}

/**
 * Stands in for shared/messages/<code>/index.ts in the bundle: the same export, an object whose namespaces are
 * read from the language's JSON file on first use. i18next only looks into the languages a run speaks.
 */
function lazyCatalogPlugin(byCode) {
  return {
    name: 'lazy-catalogs',
    setup(build) {
      build.onLoad({ filter: CATALOG_INDEX }, (args) => {
        const code = CATALOG_INDEX.exec(args.path)[1];
        const source = readFileSync(args.path, 'utf8');
        const exported = /export const (\w+)\b/.exec(source)?.[1];
        if (!byCode[code] || !exported) throw new Error(`${args.path}: not a language catalog this build knows`);
        const namespaces = JSON.stringify(Object.keys(byCode[code]));
        return {
          loader: 'js',
          contents: `
const { readFileSync } = require('node:fs');
const { join } = require('node:path');
let words;
const read = () => (words ??= JSON.parse(readFileSync(join(__dirname, 'messages', ${JSON.stringify(`${code}.json`)}), 'utf8')));
export const ${exported} = {};
for (const name of ${namespaces}) Object.defineProperty(${exported}, name, { enumerable: true, get: () => read()[name] });
`,
        };
      });
    },
  };
}

async function main() {
  const byCode = await catalogs();
  rmSync(join(outDir, 'messages'), { recursive: true, force: true });
  mkdirSync(join(outDir, 'messages'), { recursive: true });
  for (const [code, catalog] of Object.entries(byCode)) writeFileSync(join(outDir, 'messages', `${code}.json`), JSON.stringify(catalog));
  await esbuild.build({
    entryPoints: [join(root, 'main', 'cli', 'main.ts')],
    outfile: join(outDir, 'mailsetup.js'),
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    external: ['electron', ...Object.keys(dependencies).filter((name) => !INSIDE.has(name))],
    plugins: [lazyCatalogPlugin(byCode)],
    logLevel: 'warning',
  });
  // bin/mailsetup.js compiles the bundle through vm.Script (for V8's code cache), where import() has no loader.
  if (/\bimport\(/.test(readFileSync(join(outDir, 'mailsetup.js'), 'utf8')))
    throw new Error('the CLI bundle contains import(): load that module with require() instead');
  // The code cache for this bundle: written by a first run (bin/mailsetup.js), here so no user's first run pays.
  rmSync(join(outDir, 'mailsetup.code-cache'), { force: true });
  execFileSync(process.execPath, [join(root, 'bin', 'mailsetup.js'), '--help'], { stdio: 'ignore' });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
