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
    // The sign-in page goes to the system browser, never an embedded window (providers block those); a browser
    // that cannot open is the sign-in's failure to report ("browser-failed").
    openBrowser: (url) => shell.openExternal(url, { activate: true }),
    // shell.openPath answers with an error text instead of throwing; an empty text means it opened.
    openFolder: async (path) => {
      const problem = await shell.openPath(path);
      if (problem) throw new Error(problem);
    },
    showFile: (path) => shell.showItemInFolder(path),
  };
}
