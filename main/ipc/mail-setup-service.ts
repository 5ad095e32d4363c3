import { writeFile } from 'node:fs/promises';
import { discover } from '../engine/run-discovery';
import type { CandidateResult, DiscoverOptions, DiscoveryResult } from '../engine/discovery-types';
import { MailResolver } from '../dns/mail-resolver';
import { parseEmail } from '../email/parse-email';
import { MailSetupError } from '../errors/error-codes';
import { probeCandidate } from '../probe/probe-candidate';
import { settingsFromResult } from '../export/account-settings';
import { buildExport } from '../export/export-formats';
import { writeExportFile } from '../export/batch-export';
import { buildReport } from '../report/build-report';
import { renderHtml } from '../report/render-html';
import { renderText } from '../report/render-text';
import { structuredVerdict } from '../report/verdict';
import type { ApiResult, DiscoveryView, ExportReply, ProgressEvent, RetestRequest, DiscoverRequest } from '../../preload/contract';
import { checkDiscoverRequest, checkExportRequest, checkExternalUrl, checkRetestRequest, checkServerEdit } from './validate-request';

/** What only the desktop shell can do: dialogs, the clipboard, the browser. Tests pass their own. */
export interface DesktopShell {
  chooseFolder(): Promise<string | undefined>;
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
}

const fail = (code: MailSetupError['code'], message: string) => ({ ok: false as const, error: { code, message } });

/**
 * What the main process offers the renderer, free of Electron so the UI tests can bind the very same
 * handlers into a browser page. The password is kept here, for re-tests and exports the user asks for,
 * and never handed back.
 */
export class MailSetupService {
  private last?: { request: DiscoverRequest; decisions: RetestRequest; result?: DiscoveryResult };
  private running?: AbortController;

  constructor(
    private readonly environment: ServiceEnvironment = {},
    private readonly emit: (event: ProgressEvent) => void = () => undefined,
  ) {}

  async discover(input: unknown): Promise<ApiResult<DiscoveryView>> {
    const checked = checkDiscoverRequest(input);
    if (!checked.ok) return fail('EINPUT', checked.message);
    const request = checked.value;
    // Going back to change the name or login must not make the user type the password again.
    const kept = this.last?.request;
    if (request.reusePassword && request.password === undefined && kept?.email === request.email) request.password = kept.password;
    delete request.reusePassword;
    this.last = { request, decisions: {} };
    return this.run();
  }

  async retest(input: unknown): Promise<ApiResult<DiscoveryView>> {
    const checked = checkRetestRequest(input);
    if (!checked.ok) return fail('EINPUT', checked.message);
    if (!this.last) return fail('EINPUT', 'there is nothing to test again yet');
    // Decisions add up: trusting a certificate does not undo an earlier consent.
    const merge = (a?: string[], b?: string[]) => [...new Set([...(a ?? []), ...(b ?? [])])];
    const d = this.last.decisions;
    this.last.decisions = {
      trustedFingerprints: merge(d.trustedFingerprints, checked.value.trustedFingerprints),
      allowPlaintextHosts: merge(d.allowPlaintextHosts, checked.value.allowPlaintextHosts),
      consentHosts: merge(d.consentHosts, checked.value.consentHosts),
    };
    return this.run();
  }

  /** Probes one server an expert typed in, with the kept password and decisions. */
  async testServer(input: unknown): Promise<ApiResult<CandidateResult>> {
    const checked = checkServerEdit(input);
    if (!checked.ok) return fail('EINPUT', checked.message);
    if (!this.last) return fail('EINPUT', 'run a discovery first');
    const parsed = parseEmail(this.last.request.email);
    if (!parsed.ok) return fail('EINPUT', parsed.reason);
    const edit = checked.value;
    const { decisions, request } = this.last;
    const controller = new AbortController();
    this.running = controller;
    const spec = {
      protocol: edit.protocol,
      host: edit.host,
      port: edit.port,
      security: edit.security,
      username: edit.username ?? '%EMAILADDRESS%',
      source: 'user' as const,
      sourceDetail: 'typed in by you',
      trust: 'trusted' as const,
    };
    const started = performance.now();
    const probe = await probeCandidate(spec, {
      email: parsed.email,
      password: request.password,
      username: edit.username ?? request.username,
      signal: controller.signal,
      resolver: new MailResolver({ servers: this.environment.dnsServers, allowAddress: this.environment.allowAddress }),
      trust: { extraCa: this.environment.extraCa ?? [], trustedFingerprints: decisions.trustedFingerprints ?? [] },
      policy: { allowPlaintext: decisions.allowPlaintextHosts ?? [], consent: decisions.consentHosts ?? [] },
    });
    return { ok: true, value: { ...spec, ...probe, id: 0, alsoFrom: [], state: 'done', ms: Math.round(performance.now() - started) } };
  }

  async cancel(): Promise<void> {
    this.running?.abort();
  }

  async exportFiles(input: unknown): Promise<ApiResult<ExportReply | 'cancelled'>> {
    const checked = checkExportRequest(input);
    if (!checked.ok) return fail('EINPUT', checked.message);
    const result = this.last?.result;
    if (!result || !this.environment.shell) return fail('EINPUT', 'there are no settings to export yet');
    try {
      const password = checked.value.includePassword ? this.last!.request.password : undefined;
      const settings = settingsFromResult(result, { displayName: checked.value.displayName, password });
      const folder = await this.environment.shell.chooseFolder();
      if (!folder) return { ok: true, value: 'cancelled' };
      const files: ExportReply['files'] = [];
      for (const format of checked.value.formats) {
        const { file } = await buildExport(settings, format);
        files.push({ format, name: file.name, path: await writeExportFile(folder, file), secret: file.secret });
      }
      return { ok: true, value: { folder, files } };
    } catch (error) {
      return fail(error instanceof MailSetupError ? error.code : 'EINPUT', (error as Error).message);
    }
  }

  async copyReport(): Promise<ApiResult<true>> {
    const text = this.reportText('text');
    if (!text || !this.environment.shell) return fail('EINPUT', 'there is no report yet');
    this.environment.shell.writeClipboard(text);
    return { ok: true, value: true };
  }

  async saveReport(format: unknown): Promise<ApiResult<string | 'cancelled'>> {
    if (format !== 'text' && format !== 'html') return fail('EINPUT', 'the report format is text or html');
    const text = this.reportText(format);
    if (!text || !this.environment.shell) return fail('EINPUT', 'there is no report yet');
    const extension = format === 'html' ? 'html' : 'txt';
    const path = await this.environment.shell.chooseSaveFile(`mail-setup-report.${extension}`, extension);
    if (!path) return { ok: true, value: 'cancelled' };
    await writeFile(path, text);
    return { ok: true, value: path };
  }

  async openExternal(input: unknown): Promise<ApiResult<true>> {
    const checked = checkExternalUrl(input);
    if (!checked.ok || !this.environment.shell) return fail('EINPUT', checked.ok ? 'no browser available' : checked.message);
    this.environment.shell.openExternal(checked.value);
    return { ok: true, value: true };
  }

  /** Forgets the password and everything else of the last run. */
  forget(): void {
    this.running?.abort();
    this.last = undefined;
  }

  private reportText(format: 'text' | 'html'): string | undefined {
    const last = this.last;
    if (!last?.result) return undefined;
    const report = buildReport(last.result, {
      passwordGiven: last.request.password !== undefined,
      secrets: last.request.password ? [last.request.password] : [],
    });
    return format === 'html' ? renderHtml(report) : renderText(report);
  }

  private async run(): Promise<ApiResult<DiscoveryView>> {
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
      onEvent: (event) => this.emit(event),
    };
    const response = await discover(options);
    if (this.running === controller) this.running = undefined;
    if (!response.ok) return { ok: false, error: response.error };
    last.result = response.result;
    return { ok: true, value: { result: response.result, verdict: structuredVerdict(response.result, request.password !== undefined) } };
  }
}
