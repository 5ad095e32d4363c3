import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { userPrefLine, type PrefValue } from '../../main/export/thunderbird-pref-syntax';
import { MarionetteClient, withTimeout } from './marionette-client';

/** Debian's Thunderbird; another installation can be named for a local run. */
export const THUNDERBIRD_DIR = process.env.MAILSETUP_THUNDERBIRD_DIR ?? '/usr/lib/thunderbird';
const LAUNCHER = 'thunderbird-bin';
// On Linux, a policies.json here wins over the installation's own distribution folder.
const SYSTEM_POLICIES = '/etc/thunderbird/policies/policies.json';

// A cold start on a busy CI machine takes far longer than the 1-3 s seen on a quiet one.
const START_TIMEOUT_MS = 90_000;
const COMMAND_TIMEOUT_MS = 30_000;
const SCRIPT_TIMEOUT_MS = 60_000;
const QUIT_TIMEOUT_MS = 30_000;
const PORT_FILE_POLL_MS = 100;
const LOG_LIMIT = 200_000;
const LOG_TAIL_LINES = 60;

/**
 * Prefs of every throw-away profile: Marionette on a free loopback port; no update, telemetry, add-on,
 * remote-settings or start-page traffic; and every host name resolving to one loopback address of the test
 * world, so nothing can leave the machine. Thunderbird starts online and logs in at start-up as a person's
 * would (offline, a POP3 account's start-up check opens a modal question that blocks the window); tests
 * store the world's passwords first, so those logins succeed and no password prompt appears.
 */
function harnessPrefs(loopbackAddress: string): Record<string, PrefValue> {
  return {
    'marionette.port': 0,
    'network.dns.forceResolve': loopbackAddress,
    'network.proxy.type': 0,
    'network.trr.mode': 5,
    'network.dns.disablePrefetch': true,
    'network.prefetch-next': false,
    'network.predictor.enabled': false,
    'network.http.speculative-parallel-limit': 0,
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    'offline.startup_state': 2,
    'offline.autoDetect': false,
    // Chrome console messages (a failed login at start-up, say) go to the captured output.
    'devtools.console.stdout.chrome': true,
    'app.update.auto': false,
    'app.update.checkInstallTime': false,
    'app.update.service.enabled': false,
    'toolkit.telemetry.enabled': false,
    'toolkit.telemetry.unified': false,
    'toolkit.telemetry.archive.enabled': false,
    'toolkit.telemetry.server': '',
    'toolkit.telemetry.newProfilePing.enabled': false,
    'toolkit.telemetry.shutdownPingSender.enabled': false,
    'toolkit.telemetry.firstShutdownPing.enabled': false,
    'datareporting.healthreport.uploadEnabled': false,
    'datareporting.policy.dataSubmissionEnabled': false,
    'datareporting.usage.uploadEnabled': false,
    'extensions.update.enabled': false,
    'extensions.getAddons.cache.enabled': false,
    'extensions.blocklist.enabled': false,
    'extensions.systemAddon.update.enabled': false,
    'services.settings.server': 'http://127.0.0.1:9/v1',
    'media.gmp-manager.url': '',
    'media.gmp-gmpopenh264.enabled': false,
    'geo.enabled': false,
    'browser.safebrowsing.update.enabled': false,
    'mail.provider.enabled': false,
    'mail.shell.checkDefaultClient': false,
    'mailnews.start_page.enabled': false,
    'mailnews.auto_config.fetchFromISP.enabled': false,
    'mailnews.auto_config.guess.enabled': false,
    'mail.instrumentation.postUrl': '',
    'mail.rights.version': 1,
  };
}

export interface LaunchOptions {
  /** The loopback address every host name resolves to (the test world's mail host). */
  loopbackAddress: string;
  /** Files for the installation's isp folder, by name (<domain>.xml). */
  ispFiles?: Record<string, string>;
  /** The installation's distribution/policies.json. */
  policies?: string;
}

const running = new Set<ChildProcess>();
// Whatever happens to the test process, no Thunderbird outlives it.
process.on('exit', () => {
  for (const child of running) killGroup(child);
});

function killGroup(child: ChildProcess): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    // Thunderbird runs in its own process group (detached), which takes its child processes along.
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
}

/**
 * Debian's Thunderbird, headless, on a throw-away profile and a private copy of the installation: symlinks
 * to the real files, but a copied launcher, so Thunderbird takes the copy as its own folder (CurProcD for
 * the isp/ lookup, XREAppDist for distribution/policies.json) and the system's installation stays untouched.
 * Tests drive it through Marionette in the chrome context, where Thunderbird's own modules run.
 */
export class Thunderbird {
  private child?: ChildProcess;
  private client?: MarionetteClient;
  private output = '';
  private exited?: Promise<void>;

  private constructor(
    readonly root: string,
    readonly install: string,
    readonly profile: string,
    private readonly home: string,
  ) {}

  static async launch(options: LaunchOptions): Promise<Thunderbird> {
    if (!existsSync(join(THUNDERBIRD_DIR, LAUNCHER)))
      throw new Error(
        `Thunderbird is not installed (no ${join(THUNDERBIRD_DIR, LAUNCHER)}): the real-Thunderbird tests need Debian's thunderbird package, which .ci/run installs`,
      );
    if (existsSync(SYSTEM_POLICIES))
      throw new Error(
        `${SYSTEM_POLICIES} exists: it would override the policies these tests give Thunderbird; move it away for the test run`,
      );
    const root = await mkdtemp(join(tmpdir(), 'mailsetup-thunderbird-'));
    const tb = new Thunderbird(root, join(root, 'install'), join(root, 'profile'), join(root, 'home'));
    await tb.prepare(options);
    await tb.start();
    return tb;
  }

  private async prepare(options: LaunchOptions): Promise<void> {
    await mkdir(this.install);
    for (const entry of await readdir(THUNDERBIRD_DIR)) {
      if ([LAUNCHER, 'thunderbird', 'isp', 'distribution'].includes(entry)) continue;
      await symlink(join(THUNDERBIRD_DIR, entry), join(this.install, entry));
    }
    await copyFile(join(THUNDERBIRD_DIR, LAUNCHER), join(this.install, LAUNCHER));
    await mkdir(join(this.install, 'isp'));
    for (const [name, content] of Object.entries(options.ispFiles ?? {})) await writeFile(join(this.install, 'isp', name), content);
    if (options.policies !== undefined) {
      await mkdir(join(this.install, 'distribution'));
      await writeFile(join(this.install, 'distribution', 'policies.json'), options.policies);
    }
    await mkdir(this.profile);
    await mkdir(join(this.home, 'tmp'), { recursive: true });
    const prefs = Object.entries(harnessPrefs(options.loopbackAddress)).map(([name, value]) => userPrefLine({ name, value }));
    await writeFile(join(this.profile, 'user.js'), `${prefs.join('\n')}\n`);
  }

  /** Writes (or, with undefined, removes) the installation's distribution/policies.json; read at the next start. */
  async setPolicies(policies: string | undefined): Promise<void> {
    const dir = join(this.install, 'distribution');
    if (policies === undefined) return rm(dir, { recursive: true, force: true });
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, 'policies.json'), policies);
  }

  /** Writes a file into the installation's isp folder, where Thunderbird's account setup looks first. */
  async addIspFile(name: string, content: string): Promise<void> {
    await writeFile(join(this.install, 'isp', name), content);
  }

  /** Starts Thunderbird on the profile and opens a Marionette session in the chrome context. */
  async start(): Promise<void> {
    const portFile = join(this.profile, 'MarionetteActivePort');
    await rm(portFile, { force: true });
    const child = spawn(
      join(this.install, LAUNCHER),
      ['--headless', '--marionette', '-remote-allow-system-access', '--no-remote', '--profile', this.profile],
      {
        detached: true,
        stdio: ['ignore', 'pipe', 'pipe'],
        env: {
          PATH: process.env.PATH,
          HOME: this.home,
          TMPDIR: join(this.home, 'tmp'),
          XDG_CONFIG_HOME: join(this.home, '.config'),
          XDG_CACHE_HOME: join(this.home, '.cache'),
          LANG: 'C.UTF-8',
          MOZ_HEADLESS: '1',
          MOZ_CRASHREPORTER_DISABLE: '1',
        },
      },
    );
    this.child = child;
    running.add(child);
    const record = (chunk: Buffer) => {
      this.output = (this.output + chunk.toString()).slice(-LOG_LIMIT);
    };
    child.stdout!.on('data', record);
    child.stderr!.on('data', record);
    this.exited = new Promise((resolve) =>
      child.once('exit', (code, signal) => {
        running.delete(child);
        this.output += `\n[thunderbird exited: ${signal ?? code}]\n`;
        resolve();
      }),
    );
    try {
      const port = await withTimeout(this.waitForPort(portFile, child), START_TIMEOUT_MS, 'Thunderbird start-up');
      this.client = await MarionetteClient.connect(port, COMMAND_TIMEOUT_MS);
      await this.client.command('WebDriver:NewSession', { capabilities: {} }, START_TIMEOUT_MS);
      await this.client.command('Marionette:SetContext', { value: 'chrome' }, COMMAND_TIMEOUT_MS);
      await this.client.command('WebDriver:SetTimeouts', { script: SCRIPT_TIMEOUT_MS }, COMMAND_TIMEOUT_MS);
    } catch (error) {
      await this.kill();
      throw this.explain(error);
    }
  }

  private async waitForPort(portFile: string, child: ChildProcess): Promise<number> {
    for (;;) {
      if (child.exitCode !== null || child.signalCode !== null) throw new Error('Thunderbird exited during start-up');
      const text = await readFile(portFile, 'utf8').catch(() => '');
      const port = Number(text.trim());
      if (text.trim() !== '' && Number.isInteger(port) && port > 0) return port;
      await sleep(PORT_FILE_POLL_MS);
    }
  }

  /**
   * Runs a function in Thunderbird's chrome context and returns its (JSON) result. `source` is the text of
   * a function, async or not; it gets `args` and runs with Services, ChromeUtils, IOUtils and Components.
   */
  async run<T>(source: string, ...args: unknown[]): Promise<T> {
    if (!this.client) throw new Error('Thunderbird is not running');
    try {
      const result = await this.client.command<{ value: T }>(
        'WebDriver:ExecuteScript',
        { script: `const fn = (${source});\nreturn fn(...arguments);`, args, sandbox: 'system' },
        SCRIPT_TIMEOUT_MS + COMMAND_TIMEOUT_MS,
      );
      return result.value;
    } catch (error) {
      throw this.explain(error);
    }
  }

  /** Quits the way the user would (prefs.js is written), and starts again on the same profile. */
  async restart(): Promise<void> {
    await this.quit();
    await this.start();
  }

  /** A clean quit; Thunderbird is killed if it does not end in time. */
  async quit(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    if (client) {
      await client.command('Marionette:Quit', { flags: ['eAttemptQuit'] }, QUIT_TIMEOUT_MS).catch(() => undefined);
      client.close();
    }
    if (this.exited) {
      const ended = await withTimeout(this.exited, QUIT_TIMEOUT_MS, 'Thunderbird quit').then(
        () => true,
        () => false,
      );
      if (!ended) await this.kill();
    }
  }

  /** Ends Thunderbird in every case and removes the profile and the private installation. */
  async close(): Promise<void> {
    await this.quit().catch(() => this.kill());
    await this.kill();
    await rm(this.root, { recursive: true, force: true });
  }

  private async kill(): Promise<void> {
    this.client?.close();
    this.client = undefined;
    if (this.child) killGroup(this.child);
    if (this.exited) await withTimeout(this.exited, QUIT_TIMEOUT_MS, 'Thunderbird kill').catch(() => undefined);
  }

  /** What Thunderbird printed, without the GTK warnings a headless start always prints. */
  get log(): string {
    return this.output
      .split('\n')
      .filter((line) => line.trim() !== '' && !/Gtk-CRITICAL|GTK_IS_|GDK_IS_|nsSigHandlers/.test(line))
      .join('\n');
  }

  private explain(error: unknown): Error {
    const tail = this.log.split('\n').slice(-LOG_TAIL_LINES).join('\n');
    return new Error(`${(error as Error).message}\n--- Thunderbird's output (last lines) ---\n${tail}`);
  }
}
