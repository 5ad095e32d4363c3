import { app, BrowserWindow } from 'electron';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { IPC } from '../../preload/contract';
import { MailSetupService } from '../ipc/mail-setup-service';
import { hardenWindow } from './harden-window';
import { registerIpc } from './register-ipc';
import { electronShell } from './desktop-shell';

// The Electron entry: the only engine file besides register-ipc that imports electron.
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
  const service = new MailSetupService({ shell: electronShell(window) }, (event) => {
    if (!window.isDestroyed()) window.webContents.send(IPC.progress, event);
  });
  registerIpc(window, pageUrl, service);
  window.on('closed', () => service.forget());
  window.once('ready-to-show', () => window.show());
  void window.loadURL(pageUrl);
}

app.enableSandbox();
void app.whenReady().then(createWindow);
app.on('window-all-closed', () => app.quit());
