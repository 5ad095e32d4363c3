import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { IPC, type MailSetupApi, type ProgressEvent } from './contract';

// Only these named functions reach the page; ipcRenderer itself never does.
const api: MailSetupApi = {
  discover: (request) => ipcRenderer.invoke(IPC.discover, request),
  retest: (request) => ipcRenderer.invoke(IPC.retest, request),
  testServer: (edit) => ipcRenderer.invoke(IPC.testServer, edit),
  cancel: () => ipcRenderer.invoke(IPC.cancel),
  onProgress: (listener) => {
    const forward = (_event: IpcRendererEvent, progress: ProgressEvent) => listener(progress);
    ipcRenderer.on(IPC.progress, forward);
    return () => {
      ipcRenderer.off(IPC.progress, forward);
    };
  },
  exportFiles: (request) => ipcRenderer.invoke(IPC.exportFiles, request),
  copyReport: () => ipcRenderer.invoke(IPC.copyReport),
  saveReport: (format) => ipcRenderer.invoke(IPC.saveReport, format),
  openExternal: (url) => ipcRenderer.invoke(IPC.openExternal, url),
};

contextBridge.exposeInMainWorld('mailSetup', api);
