import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { CHANNELS, METHODS, PROGRESS_CHANNEL, type InvokeApi, type MailSetupApi, type ProgressEvent } from '../shared/ipc/channels';

// Only these named functions reach the page, one per channel of the contract; ipcRenderer itself never does.
const methods = Object.fromEntries(
  METHODS.map((method) => [method, (argument?: unknown) => ipcRenderer.invoke(CHANNELS[method], argument)]),
) as InvokeApi;

const api: MailSetupApi = {
  ...methods,
  onProgress: (listener) => {
    const forward = (_event: IpcRendererEvent, progress: ProgressEvent) => listener(progress);
    ipcRenderer.on(PROGRESS_CHANNEL, forward);
    return () => {
      ipcRenderer.off(PROGRESS_CHANNEL, forward);
    };
  },
};

contextBridge.exposeInMainWorld('mailSetup', api);
