import { BrowserWindow, ipcMain, type IpcMainInvokeEvent } from 'electron';
import { IPC } from '../../preload/contract';
import type { MailSetupService } from '../ipc/mail-setup-service';

/** Accepts IPC only from our own window showing our own page: not from other frames, windows or webviews. */
function fromOurPage(event: IpcMainInvokeEvent, window: BrowserWindow, pageUrl: string): boolean {
  return BrowserWindow.fromWebContents(event.sender) === window && event.senderFrame?.url.split('#')[0] === pageUrl;
}

const REFUSED = { ok: false, error: { code: 'EINPUT', message: 'refused: not from the Mail Setup window' } } as const;

export function registerIpc(window: BrowserWindow, pageUrl: string, service: MailSetupService): void {
  ipcMain.handle(IPC.discover, (event, request: unknown) => (fromOurPage(event, window, pageUrl) ? service.discover(request) : REFUSED));
  ipcMain.handle(IPC.retest, (event, request: unknown) => (fromOurPage(event, window, pageUrl) ? service.retest(request) : REFUSED));
  ipcMain.handle(IPC.cancel, (event) => (fromOurPage(event, window, pageUrl) ? service.cancel() : undefined));
}
