'use strict';
// `npm ci` leaves out Electron's own install script (package.json "allowScripts"), because it downloads a
// 100 MB runtime that offline mirrors, company proxies and build machines cannot fetch, and nothing but the
// desktop window needs it. Before the window starts, fetch it once; where that cannot work, say so plainly.
const { spawnSync } = require('node:child_process');
const { dirname, join } = require('node:path');

function binaryPresent() {
  try {
    // electron's index.js throws when the runtime it points to was never unpacked.
    require('electron');
    return true;
  } catch {
    return false;
  }
}

/** The most telling line of the installer's output, without its stack trace. */
function reason(output) {
  const lines = output
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  const error = lines.find((line) => /error|ENOTFOUND|ECONN|ETIMEDOUT|EAI_AGAIN|certificate|status code/i.test(line) && !/^at /.test(line));
  return (error ?? lines[0] ?? 'no output').replace(/^\w*Error:\s*/, '').slice(0, 200);
}

if (!binaryPresent()) {
  process.stdout.write('Fetching the Electron runtime (once, about 100 MB)...\n');
  const installer = join(dirname(require.resolve('electron/package.json')), 'install.js');
  const result = spawnSync(process.execPath, [installer], {
    encoding: 'utf8',
    env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '' },
  });
  if (result.status !== 0 || !binaryPresent()) {
    const why = reason(`${result.stderr ?? ''}\n${result.stdout ?? ''}\n${result.error?.message ?? ''}`);
    process.stderr.write(
      `\nMail Setup's window cannot start yet: it needs the Electron runtime, which is downloaded once on first ` +
        `start, and the download did not work on this machine (${why}). Connect to the internet and run ` +
        `"npm start" again, or point ELECTRON_MIRROR at a mirror your network allows. Everything else works ` +
        `without it: "npx mailsetup discover you@example.com" finds and tests the settings from the command ` +
        `line, "npx mailsetup --help" lists the other commands, and "npm test" runs the whole test suite.\n\n`,
    );
    process.exit(1);
  }
}
