'use strict';
// npm 11 no longer runs dependencies' install scripts unless approved, so Electron's own postinstall
// (which downloads the binary) may not have run. Before starting the app, fetch it if it is missing.
const { spawnSync } = require('node:child_process');
const { join } = require('node:path');

function binaryPresent() {
  try {
    require('electron');
    return true;
  } catch {
    return false;
  }
}

if (!binaryPresent()) {
  console.log('Fetching the Electron binary (once)...');
  const installer = join(require.resolve('electron/package.json'), '..', 'install.js');
  const result = spawnSync(process.execPath, [installer], { stdio: 'inherit', env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '' } });
  if (result.status !== 0 || !binaryPresent()) {
    console.error('The Electron binary could not be installed; the app cannot start on this machine. The CLI (npx mailsetup) works without it.');
    process.exit(1);
  }
}
