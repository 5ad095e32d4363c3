import { BrowserWindow, ipcMain, type IpcMainInvokeEvent } from 'electron';
import { IPC } from '../../preload/contract';
import type { MailSetupService } from '../ipc/mail-setup-service';

/** Accepts IPC only from our own window showing our own page: not from other frames, windows or webviews. */
function fromOurPage(event: IpcMainInvokeEvent, window: BrowserWindow, pageUrl: string): boolean {
  return BrowserWindow.fromWebContents(event.sender) === window && event.senderFrame?.url.split('#')[0] === pageUrl;
}

const REFUSED = { ok: false, error: { code: 'EINPUT', message: 'refused: not from the Mail Setup window' } } as const;

export function registerIpc(window: BrowserWindow, pageUrl: string, service: MailSetupService): void {
  // Every handler takes unknown arguments; the service checks them before anything else.
  const handlers: Record<string, (arg: unknown) => Promise<unknown>> = {
    [IPC.discover]: (arg) => service.discover(arg),
    [IPC.retest]: (arg) => service.retest(arg),
    [IPC.testServer]: (arg) => service.testServer(arg),
    [IPC.cancel]: () => service.cancel(),
    [IPC.exportFiles]: (arg) => service.exportFiles(arg),
    [IPC.copyReport]: () => service.copyReport(),
    [IPC.saveReport]: (arg) => service.saveReport(arg),
    [IPC.openExternal]: (arg) => service.openExternal(arg),
  };
  for (const [channel, handle] of Object.entries(handlers)) {
    ipcMain.handle(channel, (event, arg: unknown) => (fromOurPage(event, window, pageUrl) ? handle(arg) : REFUSED));
  }
}
