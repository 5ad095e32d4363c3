import { BrowserWindow, ipcMain, type IpcMainInvokeEvent } from 'electron';
import { CHANNELS, METHODS, type Handlers } from '../../shared/ipc/channels';
import { reason } from '../errors/mail-setup-error';
import type { Log } from '../log/logger';
import { dispatch } from '../ipc/dispatch';

/** Accepts IPC only from our own window showing our own page: not from other frames, windows or webviews. */
function fromOurPage(event: IpcMainInvokeEvent, window: BrowserWindow, pageUrl: string): boolean {
  return BrowserWindow.fromWebContents(event.sender) === window && event.senderFrame?.url.split('#')[0] === pageUrl;
}

const REFUSED = { ok: false, error: { code: 'EINPUT', reason: reason('not-our-window') } } as const;

/** One handler per channel of the contract; each checks the sender, then its argument (dispatch), then runs. */
export function registerIpc(window: BrowserWindow, pageUrl: string, handlers: Handlers, log: Log): void {
  for (const method of METHODS) {
    ipcMain.handle(CHANNELS[method], (event, argument: unknown) =>
      fromOurPage(event, window, pageUrl) ? dispatch(handlers, method, argument, log) : REFUSED,
    );
  }
}
