import { createServer, type Server } from 'node:http';
import { connect } from 'node:tls';
import { createHash, X509Certificate } from 'node:crypto';
import { readFile, mkdtemp, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { MailSetupService, type DesktopShell, type ServiceEnvironment } from '../../main/ipc/mail-setup-service';
import { dispatch } from '../../main/ipc/dispatch';
import { METHODS, type ProgressEvent } from '../../shared/ipc/channels';
import { createTranslator, type Translator } from '../../shared/messages/translator';
import type { Language } from '../../shared/messages/languages';
import type { MessageKey } from '../../shared/model/message';
import { loopbackOnly, world } from '../helpers/world-client';
import { ADDR } from '../world/world-plan';

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

/**
 * The SHA-256 of the public key of the test authorization server's certificate: the one certificate the
 * "system browser" of the sign-in tests accepts beyond its own authorities (Chromium's SPKI allow-list), so its
 * pages load over real TLS without trusting anything else.
 */
async function authServerSpki(): Promise<string> {
  const socket = connect({ host: ADDR.oauth, port: 443, servername: 'auth.oauth.test', rejectUnauthorized: false });
  await new Promise<void>((resolve, reject) => socket.once('secureConnect', resolve).once('error', reject));
  const der = socket.getPeerCertificate().raw;
  socket.destroy();
  const spki = new X509Certificate(der).publicKey.export({ type: 'spki', format: 'der' });
  return createHash('sha256').update(spki).digest('base64');
}

export async function launchChromium(): Promise<Browser> {
  // Debian's Chromium, never a downloaded one; no background traffic on this closed network. The sign-in pages'
  // host name is answered here (it lives in the test world's DNS), on loopback only.
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
      `--host-resolver-rules=MAP auth.oauth.test ${ADDR.oauth}`,
      `--ignore-certificate-errors-spki-list=${await authServerSpki()}`,
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

/** What the desktop shell was asked to do, in order. */
export interface ShellLog {
  clipboard: string[];
  opened: string[];
  folders: string[];
  shownFiles: string[];
  signInPages: string[];
}

export interface Wizard {
  page: Page;
  context: BrowserContext;
  service: MailSetupService;
  shell: ShellLog;
  /** Every call into main (method and argument) and everything main sent back or emitted, as JSON. */
  traffic: string[];
  exportDir: string;
  language: Language;
  /** The wizard's words in this wizard's language: tests find buttons and texts by them. */
  say: Translator;
  /** A catalog text as a whole-text regular expression, for locators. */
  exact: (key: MessageKey, params?: Record<string, string | number>) => RegExp;
}

export interface WizardOptions {
  language?: Language;
  colorScheme?: 'light' | 'dark';
  viewport?: { width: number; height: number };
  deviceScaleFactor?: number;
  /** Anything of the service's environment to change (a DNS server that is down, a short sign-in time). */
  environment?: Partial<ServiceEnvironment>;
  /** Plays the system browser for "Sign in with …": gets the sign-in page's address. */
  openBrowser?: (url: string) => Promise<void>;
}

const LOCALES: Record<Language, string> = {
  en: 'en-US',
  'zh-CN': 'zh-CN',
  de: 'de-DE',
  es: 'es-ES',
  fr: 'fr-FR',
  ja: 'ja-JP',
};

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Opens the wizard with `window.mailSetup` bound to the real main-process service (the same class the
 * Electron main process uses), which talks to the real test servers.
 */
export async function openWizard(browser: Browser, baseUrl: string, options: WizardOptions = {}): Promise<Wizard> {
  const language = options.language ?? 'en';
  const context = await browser.newContext({
    locale: LOCALES[language] ?? language,
    colorScheme: options.colorScheme ?? 'light',
    viewport: options.viewport ?? { width: 960, height: 860 },
    deviceScaleFactor: options.deviceScaleFactor ?? 1,
  });
  const page = await context.newPage();
  const w = world();
  const shell: ShellLog = { clipboard: [], opened: [], folders: [], shownFiles: [], signInPages: [] };
  const traffic: string[] = [];
  const exportDir = await mkdtemp(join(tmpdir(), 'mailsetup-export-'));
  const desktop: DesktopShell = {
    chooseFolder: async () => exportDir,
    chooseSaveFile: async (name) => join(exportDir, name),
    writeClipboard: (text) => void shell.clipboard.push(text),
    openExternal: (url) => void shell.opened.push(url),
    openBrowser: async (url) => {
      shell.signInPages.push(url);
      if (!options.openBrowser) throw new Error('no browser in this test');
      await options.openBrowser(url);
    },
    openFolder: async (path) => void shell.folders.push(path),
    showFile: (path) => void shell.shownFiles.push(path),
  };
  const service = new MailSetupService(
    {
      dnsServers: [w.dns],
      extraCa: [await readFile(w.caCert, 'utf8')],
      ispdbBaseUrl: w.ispdbBaseUrl,
      allowAddress: loopbackOnly,
      shell: desktop,
      // No client IDs but the ones a test names: the machine's own configuration must not reach the tests.
      oauthClients: { env: { XDG_CONFIG_HOME: '/nonexistent/mailsetup-tests' } },
      ...options.environment,
    },
    (event: ProgressEvent) => {
      traffic.push(JSON.stringify(event));
      void page.evaluate(`window.__progress && window.__progress(${JSON.stringify(event)})`).catch(() => undefined);
    },
  );
  // The same door into main as Electron IPC (register-ipc.ts): the contract's schemas, then the handler.
  await page.exposeBinding('__mailSetupInvoke', async (_source, method: unknown, arg: unknown) => {
    traffic.push(JSON.stringify({ method, arg }));
    const reply = await dispatch(service, method, arg);
    traffic.push(JSON.stringify({ reply: method, value: reply ?? null }));
    return reply;
  });
  // The preload's surface over the binding instead of Electron IPC. A string, not a function: the test
  // runner's transpiler decorates functions with helpers the page does not have.
  await page.addInitScript(PRELOAD_SHIM);
  await page.goto(baseUrl);
  const say = createTranslator(language);
  const exact = (key: MessageKey, params?: Record<string, string | number>) =>
    new RegExp(`^\\s*${escapeRegExp(say.t(key, params)).replace(/\s+/g, '\\s+')}\\s*$`);
  return { page, context, service, shell, traffic, exportDir, language, say, exact };
}

/** axe-core on the current screen: the serious and critical violations, described. */
export async function accessibilityProblems(page: Page): Promise<string[]> {
  if (!(await page.evaluate('typeof axe !== "undefined"'))) await page.addScriptTag({ url: '/__axe.js' });
  const results = (await page.evaluate(`axe.run({ resultTypes: ['violations'] })`)) as {
    violations: { id: string; impact: string; nodes: { target: string[] }[] }[];
  };
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** The README's screenshots: every journey in English, and a few in each other language (the file name says which). */
const OTHER_LANGUAGE_SHOTS = ['3-result', 'offline', 'manual-2-chosen', 'signed-in'];

export function shotName(language: Language, name: string): string | undefined {
  if (language === 'en') return name;
  return OTHER_LANGUAGE_SHOTS.includes(name) ? `${language}-${name}` : undefined;
}

/**
 * A screenshot for the README. The whole step is shown by making the window as tall as the page for a moment
 * (a full-page capture would paint the sticky action bar in the middle of the page).
 */
export async function screenshot(page: Page, name: string | undefined, wholePage = true): Promise<void> {
  if (!name) return;
  await mkdir(SCREENSHOTS, { recursive: true });
  const size = page.viewportSize()!;
  const height = wholePage ? ((await page.evaluate('document.documentElement.scrollHeight')) as number) : size.height;
  if (height > size.height) await page.setViewportSize({ width: size.width, height });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), animations: 'disabled' });
  if (height > size.height) await page.setViewportSize(size);
}
