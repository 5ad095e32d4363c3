import { clipboard, dialog, shell, type BrowserWindow } from 'electron';
import { createTranslator } from '../../shared/messages/translator';
import type { DesktopShell } from '../ipc/mail-setup-service';

/** The native dialogs, clipboard and browser behind the service's DesktopShell. */
export function electronShell(window: BrowserWindow): DesktopShell {
  return {
    async chooseFolder(language) {
      const buttonLabel = createTranslator(language).t('wizard:export.saveHere');
      const answer = await dialog.showOpenDialog(window, { properties: ['openDirectory', 'createDirectory'], buttonLabel });
      return answer.canceled ? undefined : answer.filePaths[0];
    },
    async chooseSaveFile(suggestedName, extension) {
      const answer = await dialog.showSaveDialog(window, {
        defaultPath: suggestedName,
        filters: [{ name: extension.toUpperCase(), extensions: [extension] }],
      });
      return answer.canceled ? undefined : answer.filePath;
    },
    writeClipboard: (text) => clipboard.writeText(text),
    // The system browser's failure is not the page's to handle: the link simply does not open.
    openExternal: (url) => {
      shell.openExternal(url).catch(() => undefined);
    },
  };
}
