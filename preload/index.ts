import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { IPC, type MailSetupApi, type ProgressEvent } from './contract';

// Only these named functions reach the page; ipcRenderer itself never does.
const api: MailSetupApi = {
  discover: (request) => ipcRenderer.invoke(IPC.discover, request),
  retest: (request) => ipcRenderer.invoke(IPC.retest, request),
  cancel: () => ipcRenderer.invoke(IPC.cancel),
  onProgress: (listener) => {
    const forward = (_event: IpcRendererEvent, progress: ProgressEvent) => listener(progress);
    ipcRenderer.on(IPC.progress, forward);
    return () => {
      ipcRenderer.off(IPC.progress, forward);
    };
  },
};

contextBridge.exposeInMainWorld('mailSetup', api);
