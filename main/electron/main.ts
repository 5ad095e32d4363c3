import { app, BrowserWindow } from 'electron';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PROGRESS_CHANNEL } from '../../shared/ipc/channels';
import { MailSetupService } from '../ipc/mail-setup-service';
import { createLog } from '../log/create-log';
import { hardenWindow } from './harden-window';
import { registerIpc } from './register-ipc';
import { electronShell } from './desktop-shell';

// The Electron entry: with register-ipc, desktop-shell and harden-window, the only engine files that import electron.
const RENDERER = join(__dirname, '..', '..', 'renderer', 'index.html');
const PRELOAD = join(__dirname, '..', '..', 'preload', 'index.js');

function createWindow(): void {
  const window = new BrowserWindow({
    width: 880,
    height: 760,
    minWidth: 560,
    minHeight: 560,
    title: 'Mail Setup',
    show: false,
    webPreferences: {
      preload: PRELOAD,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
    },
  });
  const pageUrl = pathToFileURL(RENDERER).href;
  hardenWindow(window, pageUrl);
  // The technical log, for support: in the user-data folder, never with the password.
  const log = createLog({ to: { file: join(app.getPath('userData'), 'logs', 'mail-setup.log') }, level: 'info' });
  const service = new MailSetupService({ shell: electronShell(window), log }, (event) => {
    if (!window.isDestroyed()) window.webContents.send(PROGRESS_CHANNEL, event);
  });
  registerIpc(window, pageUrl, service, log);
  window.on('closed', () => service.forget());
  window.once('ready-to-show', () => window.show());
  window.loadURL(pageUrl).catch((error: unknown) => log.error('the page did not load', { err: error }));
}

app.enableSandbox();
app
  .whenReady()
  .then(createWindow)
  .catch((error: unknown) => {
    // Without a window there is nothing to show the person; say why where a terminal shows it, and stop.
    console.error('Mail Setup could not open its window:', error);
    app.exit(70);
  });
app.on('window-all-closed', () => app.quit());
