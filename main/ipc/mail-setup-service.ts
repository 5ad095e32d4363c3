import type { CheckedRequest, DiscoveryView, ExportReply, Handlers, ProgressEvent, Replies } from '../../shared/ipc/channels';
import type { DiscoveryResult } from '../../shared/model/discovery';
import { parseEmail } from '../../shared/email/parse-email';
import type { Message } from '../../shared/model/message';
import type { StepError } from '../../shared/model/outcome';
import type { Language } from '../../shared/messages/languages';
import { discover } from '../engine/discover';
import type { DiscoverOptions } from '../engine/discovery-types';
import { MailResolver } from '../dns/mail-resolver';
import { MailSetupError, reason } from '../errors/mail-setup-error';
import { SILENT_LOG, type Log } from '../log/logger';
import { probeCandidate } from '../probe/probe-candidate';
import { settingsFromResult } from '../export/account-settings';
import { buildExport } from '../export/export-formats';
import { writeExportFiles, WriteError, writeWhole } from '../export/write-export-file';
import { buildReport } from '../report/build-report';
import { renderHtml } from '../report/render-html';
import { renderText } from '../report/render-text';
import { structuredVerdict } from '../report/verdict';

/** What only the desktop shell can do: dialogs, the clipboard, the browser. Tests pass their own. */
export interface DesktopShell {
  /** The folder dialog, its button in the wizard's language. */
  chooseFolder(language: Language): Promise<string | undefined>;
  chooseSaveFile(suggestedName: string, extension: string): Promise<string | undefined>;
  writeClipboard(text: string): void;
  openExternal(url: string): void;
}

/** Settings that are not the user's to choose in the app, but the environment's (tests, company CA). */
export interface ServiceEnvironment {
  dnsServers?: string[];
  extraCa?: string[];
  ispdbBaseUrl?: string;
  allowAddress?: (address: string) => boolean;
  shell?: DesktopShell;
  log?: Log;
}

const fail = (code: StepError['code'], why: Message) => ({ ok: false as const, error: { code, reason: why } });

type Decisions = CheckedRequest<'retest'>;

/**
 * What the main process offers the renderer, free of Electron so the UI tests can bind the very same
 * handlers into a browser page. Every argument arrives checked (see dispatch.ts). The password is kept
 * here, for re-tests and exports the user asks for, and never handed back.
 */
export class MailSetupService implements Handlers {
  private last?: { request: CheckedRequest<'discover'>; decisions: Decisions; result?: DiscoveryResult };
  private running?: AbortController;
  readonly log: Log;

  constructor(
    private readonly environment: ServiceEnvironment = {},
    private readonly emit: (event: ProgressEvent) => void = () => undefined,
  ) {
    this.log = environment.log ?? SILENT_LOG;
  }

  async discover(request: CheckedRequest<'discover'>): Promise<Replies['discover']> {
    const wanted = { ...request };
    // Going back to change the name or login must not make the user type the password again.
    const kept = this.last?.request;
    if (wanted.reusePassword && wanted.password === undefined && kept?.email === wanted.email) wanted.password = kept.password;
    delete wanted.reusePassword;
    if (wanted.password === '') delete wanted.password;
    if (wanted.username === '') delete wanted.username;
    this.last = { request: wanted, decisions: {} };
    return this.run();
  }

  async retest(decision: Decisions): Promise<Replies['retest']> {
    if (!this.last) return fail('EINPUT', reason('nothing-yet'));
    // Decisions add up: trusting a certificate does not undo an earlier consent.
    const merge = (a?: string[], b?: string[]) => [...new Set([...(a ?? []), ...(b ?? [])])];
    const d = this.last.decisions;
    this.last.decisions = {
      trustedFingerprints: merge(d.trustedFingerprints, decision.trustedFingerprints),
      allowPlaintextHosts: merge(d.allowPlaintextHosts, decision.allowPlaintextHosts),
      consentHosts: merge(d.consentHosts, decision.consentHosts),
    };
    return this.run();
  }

  /** Probes one server an expert typed in, with the kept password and decisions. */
  async testServer(edit: CheckedRequest<'testServer'>): Promise<Replies['testServer']> {
    if (!this.last) return fail('EINPUT', reason('discover-first'));
    const parsed = parseEmail(this.last.request.email);
    if (!parsed.ok) return fail('EINPUT', reason('email-invalid', { problem: { key: `email:problem.${parsed.problem}` } }));
    const { decisions, request } = this.last;
    const controller = new AbortController();
    this.running = controller;
    const spec = {
      protocol: edit.protocol,
      host: edit.host,
      port: edit.port,
      security: edit.security,
      username: edit.username || '%EMAILADDRESS%',
      source: 'user' as const,
      sourceDetail: '',
      trust: 'trusted' as const,
    };
    this.log.addSecrets(request.password);
    const started = performance.now();
    const probe = await probeCandidate(spec, {
      email: parsed.email,
      password: request.password,
      username: edit.username || request.username,
      signal: controller.signal,
      log: this.log,
      resolver: new MailResolver({ servers: this.environment.dnsServers, allowAddress: this.environment.allowAddress }),
      trust: { extraCa: this.environment.extraCa ?? [], trustedFingerprints: decisions.trustedFingerprints ?? [] },
      policy: { allowPlaintext: decisions.allowPlaintextHosts ?? [], consent: decisions.consentHosts ?? [] },
    });
    const candidate = { ...spec, ...probe, id: 0, alsoFrom: [], state: 'done' as const, ms: Math.round(performance.now() - started) };
    return { ok: true, value: candidate };
  }

  async cancel(): Promise<void> {
    this.running?.abort();
  }

  async exportFiles(request: CheckedRequest<'exportFiles'>): Promise<Replies['exportFiles']> {
    const result = this.last?.result;
    if (!result || !this.environment.shell) return fail('EINPUT', reason('no-settings-yet'));
    try {
      const password = request.includePassword ? this.last!.request.password : undefined;
      const settings = settingsFromResult(result, { displayName: request.displayName, password });
      // Every file is made before the folder is asked for: a format refused for this account writes nothing.
      const built = [];
      for (const format of request.formats)
        built.push({ format, file: (await buildExport(settings, format, { language: request.language })).file });
      const folder = await this.environment.shell.chooseFolder(request.language);
      if (!folder) return { ok: true, value: 'cancelled' };
      const files: ExportReply['files'] = [];
      for (const { format, file } of built) {
        const [path, ...companions] = await writeExportFiles(folder, file);
        files.push({ format, name: file.name, path, secret: file.secret });
        (file.companions ?? []).forEach((c, i) => files.push({ format, name: c.name, path: companions[i], secret: c.secret }));
      }
      return { ok: true, value: { folder, files } };
    } catch (error) {
      if (error instanceof MailSetupError) return fail(error.code, error.failure.reason);
      if (error instanceof WriteError)
        return fail('EINPUT', reason('write-failed', { path: error.path, error: error.cause.code ?? error.cause.message }));
      throw error;
    }
  }

  async copyReport(request: CheckedRequest<'copyReport'>): Promise<Replies['copyReport']> {
    const text = this.reportText('text', request.language);
    if (!text || !this.environment.shell) return fail('EINPUT', reason('no-report-yet'));
    this.environment.shell.writeClipboard(text);
    return { ok: true, value: true };
  }

  async saveReport(request: CheckedRequest<'saveReport'>): Promise<Replies['saveReport']> {
    const text = this.reportText(request.format, request.language);
    if (!text || !this.environment.shell) return fail('EINPUT', reason('no-report-yet'));
    const extension = request.format === 'html' ? 'html' : 'txt';
    const path = await this.environment.shell.chooseSaveFile(`mail-setup-report.${extension}`, extension);
    if (!path) return { ok: true, value: 'cancelled' };
    try {
      await writeWhole(path, text);
    } catch (error) {
      if (!(error instanceof WriteError)) throw error;
      return fail('EINPUT', reason('write-failed', { path, error: error.cause.code ?? error.cause.message }));
    }
    return { ok: true, value: path };
  }

  async openExternal(url: string): Promise<Replies['openExternal']> {
    if (!this.environment.shell) return fail('EINPUT', reason('no-browser'));
    this.environment.shell.openExternal(url);
    return { ok: true, value: true };
  }

  /** Forgets the password and everything else of the last run. */
  forget(): void {
    this.running?.abort();
    this.last = undefined;
  }

  private reportText(format: 'text' | 'html', language: Language): string | undefined {
    const last = this.last;
    if (!last?.result) return undefined;
    const report = buildReport(last.result, {
      passwordGiven: last.request.password !== undefined,
      secrets: last.request.password ? [last.request.password] : [],
      language,
    });
    return format === 'html' ? renderHtml(report) : renderText(report);
  }

  private async run(): Promise<Replies['discover']> {
    this.running?.abort();
    const controller = new AbortController();
    this.running = controller;
    const last = this.last!;
    const { request, decisions } = last;
    const options: DiscoverOptions = {
      dnsServers: this.environment.dnsServers,
      extraCa: this.environment.extraCa,
      ispdbBaseUrl: this.environment.ispdbBaseUrl,
      allowAddress: this.environment.allowAddress,
      email: request.email,
      password: request.password,
      username: request.username,
      preferPop3: request.preferPop3,
      trustedFingerprints: decisions.trustedFingerprints,
      allowPlaintext: decisions.allowPlaintextHosts,
      consent: decisions.consentHosts,
      signal: controller.signal,
      log: this.log,
      onEvent: (event) => this.emit(event),
    };
    const response = await discover(options);
    if (this.running === controller) this.running = undefined;
    if (!response.ok) return { ok: false, error: { code: response.error.code, reason: response.error.reason } };
    last.result = response.result;
    const view: DiscoveryView = { result: response.result, verdict: structuredVerdict(response.result, request.password !== undefined) };
    return { ok: true, value: view };
  }
}
