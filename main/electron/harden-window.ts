import { shell, type BrowserWindow } from 'electron';

/** Only https links leave the app, and only to the system browser. */
export function openExternalSafely(url: string): void {
  try {
    // No browser, or the system refused: nothing the page can do about it, and no reason to stop the app.
    if (new URL(url).protocol === 'https:') shell.openExternal(url).catch(() => undefined);
  } catch {
    // not a URL: ignore
  }
}

/** No navigation away from our page, no new windows, no permissions, no remote content. */
export function hardenWindow(window: BrowserWindow, pageUrl: string): void {
  const contents = window.webContents;
  contents.setWindowOpenHandler(({ url }) => {
    openExternalSafely(url);
    return { action: 'deny' };
  });
  contents.on('will-navigate', (event, url) => {
    if (url !== pageUrl) {
      event.preventDefault();
      openExternalSafely(url);
    }
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  contents.session.webRequest.onBeforeRequest((details, callback) => {
    // The page is a local file; anything fetched from the network would be remote content.
    callback({ cancel: !details.url.startsWith('file://') && !details.url.startsWith('devtools://') });
  });
}
