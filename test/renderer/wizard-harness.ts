import { createServer, type Server } from 'node:http';
import { readFile, mkdtemp, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { MailSetupService, type DesktopShell } from '../../main/ipc/mail-setup-service';
import { dispatch } from '../../main/ipc/dispatch';
import { METHODS, type ProgressEvent } from '../../shared/ipc/channels';
import { loopbackOnly, world } from '../helpers/world-client';

const RENDERER = join(__dirname, '..', '..', 'dist', 'renderer');
const AXE = require.resolve('axe-core/axe.min.js');
export const SCREENSHOTS = join(__dirname, '..', '..', 'docs', 'screenshots');
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml' };

/** Serves the built renderer (and axe-core for the accessibility check) from one origin, as Electron loads one file tree. */
export async function serveRenderer(): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    const file = path === '/__axe.js' ? AXE : join(RENDERER, normalize(path === '/' ? '/index.html' : path).replace(/^(\.\.[/\\])+/, ''));
    readFile(file).then(
      (body) => {
        res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
        res.end(body);
      },
      () => res.writeHead(404).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address() as { port: number };
  return { url: `http://127.0.0.1:${address.port}/`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

export function launchChromium(): Promise<Browser> {
  // Debian's Chromium, never a downloaded one; no background traffic on this closed network.
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

// The same surface the preload exposes, generated from the contract's method list like the preload itself.
const PRELOAD_SHIM = `(() => {
  const invoke = window.__mailSetupInvoke;
  const listeners = new Set();
  window.__progress = (event) => listeners.forEach((listener) => listener(event));
  const methods = ${JSON.stringify(METHODS)};
  window.mailSetup = Object.fromEntries(methods.map((method) => [method, (arg) => invoke(method, arg)]));
  window.mailSetup.onProgress = (listener) => { listeners.add(listener); return () => listeners.delete(listener); };
})();`;

export interface Wizard {
  page: Page;
  context: BrowserContext;
  service: MailSetupService;
  clipboard: string[];
  opened: string[];
  exportDir: string;
}

/**
 * Opens the wizard with `window.mailSetup` bound to the real main-process service (the same class the
 * Electron main process uses), which talks to the real test servers.
 */
export async function openWizard(
  browser: Browser,
  baseUrl: string,
  options: { locale?: string; colorScheme?: 'light' | 'dark' } = {},
): Promise<Wizard> {
  const context = await browser.newContext({
    locale: options.locale ?? 'en-US',
    colorScheme: options.colorScheme ?? 'light',
    viewport: { width: 960, height: 860 },
  });
  const page = await context.newPage();
  const w = world();
  const clipboard: string[] = [];
  const opened: string[] = [];
  const exportDir = await mkdtemp(join(tmpdir(), 'mailsetup-export-'));
  const shell: DesktopShell = {
    chooseFolder: async () => exportDir,
    chooseSaveFile: async (name) => join(exportDir, name),
    writeClipboard: (text) => clipboard.push(text),
    openExternal: (url) => opened.push(url),
  };
  const service = new MailSetupService(
    { dnsServers: [w.dns], extraCa: [await readFile(w.caCert, 'utf8')], ispdbBaseUrl: w.ispdbBaseUrl, allowAddress: loopbackOnly, shell },
    (event: ProgressEvent) => void page.evaluate(`window.__progress && window.__progress(${JSON.stringify(event)})`).catch(() => undefined),
  );
  // The same door into main as Electron IPC (register-ipc.ts): the contract's schemas, then the handler.
  await page.exposeBinding('__mailSetupInvoke', (_source, method: unknown, arg: unknown) => dispatch(service, method, arg));
  // The preload's surface over the binding instead of Electron IPC. A string, not a function: the test
  // runner's transpiler decorates functions with helpers the page does not have.
  await page.addInitScript(PRELOAD_SHIM);
  await page.goto(baseUrl);
  return { page, context, service, clipboard, opened, exportDir };
}

/** axe-core on the current screen: the serious and critical violations, described. */
export async function accessibilityProblems(page: Page): Promise<string[]> {
  await page.addScriptTag({ url: '/__axe.js' });
  const results = (await page.evaluate(`axe.run({ resultTypes: ['violations'] })`)) as {
    violations: { id: string; impact: string; nodes: { target: string[] }[] }[];
  };
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await mkdir(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}
