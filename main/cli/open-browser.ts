import { spawn } from 'node:child_process';

/**
 * Opens a URL in the system browser: `open` (macOS), `start` (Windows), `xdg-open` (elsewhere), or the command in
 * $BROWSER (`BROWSER=none` opens nothing, for scripts and tests). Failures are tolerated: the URL is always
 * printed too, and the person can open it by hand.
 */
export function openInBrowser(url: string, env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): void {
  const chosen = env.BROWSER?.trim();
  if (chosen === 'none') return;
  const [command, args]: [string, string[]] = chosen
    ? [chosen, [url]]
    : platform === 'darwin'
      ? ['open', [url]]
      : platform === 'win32'
        ? ['cmd', ['/c', 'start', '""', url.replace(/&/g, '^&')]]
        : ['xdg-open', [url]];
  try {
    const child = spawn(command, args, { stdio: 'ignore', detached: true, windowsHide: true });
    child.on('error', () => undefined);
    child.unref();
  } catch {
    // No such command here: the printed URL is enough.
  }
}
