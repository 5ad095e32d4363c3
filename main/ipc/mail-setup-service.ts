import { dirname, resolve } from 'node:path';
import type { CheckedRequest, ExportReply, Handlers, ProgressEvent, Replies } from '../../shared/ipc/channels';
import type { DiscoveryResult, DoneCandidate } from '../../shared/model/discovery';
import { parseEmail } from '../../shared/email/parse-email';
import type { Message } from '../../shared/model/message';
import type { StepError } from '../../shared/model/outcome';
import type { Language } from '../../shared/messages/languages';
import type { Endpoint } from '../../shared/model/server';
import { discover } from '../engine/discover';
import type { DiscoverOptions } from '../engine/discovery-types';
import { MailResolver } from '../dns/mail-resolver';
import { MailSetupError, reason } from '../errors/mail-setup-error';
import { SILENT_LOG, type Log } from '../log/logger';
import { CONNECT_TIMEOUT_MS, OVERALL_DEADLINE_MS } from '../net/timeouts';
import type { TlsTrust } from '../net/tls-trust';
import { probeCandidate } from '../probe/probe-candidate';
import { settingsFromResult } from '../export/account-settings';
import { manualSettingsFor } from '../export/manual-settings';
import { buildExport } from '../export/export-formats';
import { writeExportFiles, WriteError, writeWhole } from '../export/write-export-file';
import { withRiskNotes } from '../export/risk-notes';
import { risksOf } from '../../shared/model/risk';
import { createTranslator } from '../../shared/messages/translator';
import type { ClientIdSources } from '../oauth/client-config';
import { verifyBySignIn } from '../oauth/verify-by-sign-in';
import { buildReport } from '../report/build-report';
import { renderHtml } from '../report/render-html';
import { renderText } from '../report/render-text';
import { checkDomain } from './domain-check';
import { canSendTest, discoveryView, passwordRefused, resultWithChoices, type Choices, type SessionState } from './discovery-view';
import { certificateCandidate, providerMessage } from './provider-message';
import { signInView } from './sign-in-view';
import { sendTestView } from './send-test-view';
import { sendTestMessage, type SendTestResult } from '../engine/send-test';

/** What only the desktop shell can do: dialogs, the clipboard, the browser, the file manager. Tests pass their own. */
export interface DesktopShell {
  /** The folder dialog, its button in the wizard's language. */
  chooseFolder(language: Language): Promise<string | undefined>;
  chooseSaveFile(suggestedName: string, extension: string): Promise<string | undefined>;
  writeClipboard(text: string): void;
  /** A help link in the system browser; a failure is not the page's concern. */
  openExternal(url: string): void;
  /** The provider's sign-in page in the system browser (never an embedded window); rejects when it cannot open. */
  openBrowser(url: string): Promise<void>;
  /** A folder in the system's file manager; rejects with the system's reason. */
  openFolder(path: string): Promise<void>;
  /** A file selected in its folder in the system's file manager. */
  showFile(path: string): void;
}

/** Settings that are not the user's to choose in the app, but the environment's (tests, company CA). */
export interface ServiceEnvironment {
  dnsServers?: string[];
  extraCa?: string[];
  ispdbBaseUrl?: string;
  allowAddress?: (address: string) => boolean;
  shell?: DesktopShell;
  log?: Log;
  /** Where sign-in client IDs come from (environment and the user's config file unless told). */
  oauthClients?: ClientIdSources;
  /** How long the person has in the browser to sign in (the OAuth module's five minutes unless told). */
  signInTimeoutMs?: number;
  /** How long a test message may take to arrive (the engine's minute unless told). */
  sendTestWaitMs?: number;
}

const fail = (code: StepError['code'], why: Message) => ({ ok: false as const, error: { code, reason: why } });

type Decisions = CheckedRequest<'retest'>;

/** Ids of servers the person tested by hand start here, far above any discovery run's own. */
const TESTED_ID_BASE = 100_000;

interface Session {
  request: CheckedRequest<'discover'>;
  decisions: Decisions;
  result?: DiscoveryResult;
  tested: DoneCandidate[];
  choices: Choices;
  signIn?: SessionState['signIn'];
  /** The last test message through the chosen servers (for the report; the page gets its view). */
  sendTest?: SendTestResult;
}

/**
 * What the main process offers the renderer, free of Electron so the UI tests can bind the very same
 * handlers into a browser page. Every argument arrives checked (see dispatch.ts). The password is kept
 * here, for re-tests and exports the user asks for, and never handed back; a sign-in's token never leaves
 * the OAuth module.
 */
export class MailSetupService implements Handlers {
  private last?: Session;
  private running?: AbortController;
  /** Paths the last export wrote: the only ones "Open folder" and "Show file" accept. */
  private written = new Set<string>();
  /** The test message being sent: a second click joins it instead of sending another. */
  private sending?: Promise<Replies['sendTest']>;
  readonly log: Log;

  constructor(
    private readonly environment: ServiceEnvironment = {},
    private readonly emit: (event: ProgressEvent) => void = () => undefined,
  ) {
    this.log = environment.log ?? SILENT_LOG;
  }

  async discover(request: CheckedRequest<'discover'>): Promise<Replies['discover']> {
    const wanted = { ...request };
    // Going back to change the name or login must not make the user type the password again; but a password
    // the servers refused is never sent again without the person typing it anew (lockout at real providers).
    const kept = this.last;
    if (wanted.reusePassword && wanted.password === undefined && kept?.request.email === wanted.email) {
      if (kept.result && passwordRefused(kept.result)) return fail('EINPUT', reason('password-refused'));
      wanted.password = kept.request.password;
    }
    delete wanted.reusePassword;
    if (wanted.password === '') delete wanted.password;
    if (wanted.username === '') delete wanted.username;
    const sameAddress = kept?.request.email === wanted.email;
    this.last = { request: wanted, decisions: {}, tested: sameAddress ? kept.tested : [], choices: {} };
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
    this.last.choices = {};
    return this.run();
  }

  /** Probes one server the person typed in, with the kept password and decisions; "Use these settings" may pick it. */
  async testServer(edit: CheckedRequest<'testServer'>): Promise<Replies['testServer']> {
    if (!this.last) return fail('EINPUT', reason('discover-first'));
    const tested = await this.probeOne(edit, edit.username);
    if (!tested.ok) return tested;
    return { ok: true, value: tested.value };
  }

  /** "Use these settings" for one direction: a server of the result or one tested by hand; unproven only if said so. */
  async useServer(request: CheckedRequest<'useServer'>): Promise<Replies['useServer']> {
    const session = this.last;
    if (!session?.result) return fail('EINPUT', reason('discover-first'));
    const candidate = [...session.result.candidates, ...session.tested].find((c) => c.id === request.candidateId);
    const incoming = request.direction === 'incoming';
    if (!candidate || (candidate.protocol !== 'smtp') !== incoming) return fail('EINPUT', reason('no-such-server'));
    if (!candidate.verified && !request.anyway) return fail('EINPUT', reason('invalid-request', { issue: 'not verified: say "anyway"' }));
    session.choices = { ...session.choices, [request.direction]: candidate.id };
    session.sendTest = undefined;
    return { ok: true, value: this.view(session) };
  }

  /**
   * The certificate names another host than the one tried (shared hosting, a provider's own name): test the chosen
   * servers again under a name the certificate carries, and use them where that works.
   */
  async useCertificateName(request: CheckedRequest<'useCertificateName'>): Promise<Replies['useCertificateName']> {
    const session = this.last;
    if (!session?.result) return fail('EINPUT', reason('discover-first'));
    const current = resultWithChoices(this.state(session));
    const names = new Set(
      current.candidates
        .filter((c) => c.host === request.host)
        .flatMap((c) => c.probe?.tls?.certificate?.subjectAltNames ?? [])
        .map((n) => n.toLowerCase()),
    );
    if (!names.has(request.name)) return fail('EINPUT', reason('not-on-certificate', { name: request.name, host: request.host }));
    for (const direction of ['incoming', 'outgoing'] as const) {
      const server = current[direction];
      if (!server || server.host !== request.host) continue;
      const tested = await this.probeOne({ ...server, host: request.name }, server.username);
      if (!tested.ok) return tested;
      if (tested.value.verified) session.choices = { ...session.choices, [direction]: tested.value.id };
    }
    session.sendTest = undefined;
    return { ok: true, value: this.view(session) };
  }

  async copyProviderMessage(request: CheckedRequest<'copyProviderMessage'>): Promise<Replies['copyProviderMessage']> {
    const session = this.last;
    if (!session?.result || !this.environment.shell) return fail('EINPUT', reason('no-report-yet'));
    const candidate = certificateCandidate(resultWithChoices(this.state(session)), request.host);
    if (!candidate) return fail('EINPUT', reason('no-such-server'));
    this.environment.shell.writeClipboard(providerMessage(candidate, session.result.email, request.language));
    return { ok: true, value: true };
  }

  async checkDomain(request: CheckedRequest<'checkDomain'>): Promise<Replies['checkDomain']> {
    const check = await checkDomain(request.domain, this.environment.oauthClients);
    if (!check) return fail('EINPUT', reason('invalid-request', { issue: 'not a domain' }));
    return { ok: true, value: check };
  }

  /**
   * "Sign in with …": the provider's sign-in in the system browser, then IMAP and SMTP proven with the token,
   * which stays in the OAuth module and is dropped after. Cancel (or Esc) stops the wait for the browser.
   */
  async signIn(request: CheckedRequest<'signIn'>): Promise<Replies['signIn']> {
    const session = this.last;
    const shell = this.environment.shell;
    if (!session?.result) return fail('EINPUT', reason('discover-first'));
    if (!shell) return fail('EINPUT', reason('no-browser'));
    this.running?.abort();
    const controller = new AbortController();
    this.running = controller;
    this.emit({ type: 'sign-in', step: 'planning' });
    try {
      const outcome = await verifyBySignIn(resultWithChoices(this.state(session)), {
        openBrowser: (url) => shell.openBrowser(url),
        net: { resolver: this.resolver(), trust: this.trust(session) },
        signal: controller.signal,
        ...(this.environment.signInTimeoutMs ? { timeoutMs: this.environment.signInTimeoutMs } : {}),
        onProgress: (progress) =>
          this.emit({
            type: 'sign-in',
            step: progress.step,
            ...(progress.step === 'browser-opening' ? { authorizationUrl: progress.authorizationUrl } : {}),
          }),
        language: request.language,
        ...(this.environment.oauthClients ? { clients: this.environment.oauthClients } : {}),
      });
      session.signIn = signInView(outcome);
    } catch (error) {
      // Cancelled while planning (before the browser opened): the same answer as a cancelled wait.
      if (!(error instanceof MailSetupError && error.code === 'ECANCELLED')) throw error;
      session.signIn = { status: 'failed', providerName: '', reason: 'cancelled', message: { key: 'signin:failure.cancelled' } };
    } finally {
      if (this.running === controller) this.running = undefined;
    }
    return { ok: true, value: this.view(session) };
  }

  /**
   * "Send a test message to myself": one message from the address to itself through the chosen SMTP server, looked
   * for over the chosen IMAP server, with the password kept here and the person's trust and consents. Cancel (or
   * Esc) stops it; a second call while it runs gets the same answer and sends nothing more.
   */
  async sendTest(request: CheckedRequest<'sendTest'>): Promise<Replies['sendTest']> {
    if (this.sending) return this.sending;
    const session = this.last;
    if (!session?.result) return fail('EINPUT', reason('discover-first'));
    if (!canSendTest(this.state(session))) return fail('EINPUT', reason('invalid-request', { issue: 'no verified IMAP and SMTP pair' }));
    this.sending = this.sendTestNow(session, request.language).finally(() => (this.sending = undefined));
    return this.sending;
  }

  private async sendTestNow(session: Session, language: Language): Promise<Replies['sendTest']> {
    this.running?.abort();
    const controller = new AbortController();
    this.running = controller;
    const { decisions } = session;
    try {
      this.log.addSecrets(session.request.password);
      const outcome = await sendTestMessage(resultWithChoices({ ...this.state(session), signIn: undefined }), {
        password: session.request.password!,
        trust: this.trust(session),
        resolver: this.resolver(),
        policy: { allowPlaintext: decisions.allowPlaintextHosts ?? [], consent: decisions.consentHosts ?? [] },
        signal: controller.signal,
        language,
        log: this.log,
        ...(this.environment.sendTestWaitMs ? { deliveryWaitMs: this.environment.sendTestWaitMs } : {}),
        onProgress: (step) => this.emit({ type: 'send-test', stage: step.stage }),
      });
      // The outcome belongs to the servers it went through: a new search or choice in the meantime drops it.
      if (this.last === session) session.sendTest = outcome;
    } finally {
      if (this.running === controller) this.running = undefined;
    }
    return { ok: true, value: this.view(session) };
  }

  async cancel(): Promise<void> {
    this.running?.abort();
  }

  async exportFiles(request: CheckedRequest<'exportFiles'>): Promise<Replies['exportFiles']> {
    const session = this.last;
    if (!session?.result || !this.environment.shell) return fail('EINPUT', reason('no-settings-yet'));
    try {
      const password = request.includePassword ? session.request.password : undefined;
      const shaped = this.exportResult(session);
      const settings = settingsFromResult(shaped, { displayName: request.displayName, password });
      // The printable summary carries the risks the person accepted, like the Result and Save steps.
      const risks = risksOf(shaped);
      const words = createTranslator(request.language);
      // Every file is made before the folder is asked for: a format refused for this account writes nothing.
      const built = [];
      for (const format of request.formats) {
        const { file, notes } = await buildExport(settings, format, { language: request.language });
        built.push({ format, notes, file: withRiskNotes(file, format, risks, words) });
      }
      const folder = await this.environment.shell.chooseFolder(request.language);
      if (!folder) return { ok: true, value: 'cancelled' };
      const files: ExportReply['files'] = [];
      this.written.clear();
      for (const { format, file, notes } of built) {
        // A file's companions (a certificate next to policies.json…) are listed after it, under the same guide.
        const [path, ...companions] = await writeExportFiles(folder, file);
        files.push({ format, name: file.name, path, secret: file.secret, notes });
        (file.companions ?? []).forEach((c, i) => files.push({ format, name: c.name, path: companions[i], secret: c.secret, notes: [] }));
        for (const written of [path, ...companions]) this.written.add(resolve(written));
      }
      return { ok: true, value: { folder, files } };
    } catch (error) {
      if (error instanceof MailSetupError) return fail(error.code, error.failure.reason);
      if (error instanceof WriteError)
        return fail('EINPUT', reason('write-failed', { path: error.path, error: error.cause.code ?? error.cause.message }));
      throw error;
    }
  }

  /** The "type these values" card: the same servers as the files (the person's choices), never with the password. */
  async manualSettings(request: CheckedRequest<'manualSettings'>): Promise<Replies['manualSettings']> {
    const session = this.last;
    if (!session?.result) return fail('EINPUT', reason('no-settings-yet'));
    const shaped = this.exportResult(session);
    if (!shaped.incoming || !shaped.outgoing) return fail('EINPUT', reason('no-settings-yet'));
    return { ok: true, value: manualSettingsFor(shaped, { displayName: request.displayName }) };
  }

  async openFolder(request: CheckedRequest<'openFolder'>): Promise<Replies['openFolder']> {
    const path = this.savedPath(request.path);
    if (!path || !this.environment.shell) return fail('EINPUT', reason('not-just-saved'));
    try {
      await this.environment.shell.openFolder(dirname(path));
    } catch (error) {
      return fail('EINPUT', reason('write-failed', { path: dirname(path), error: (error as Error).message.slice(0, 200) }));
    }
    return { ok: true, value: true };
  }

  async showFile(request: CheckedRequest<'showFile'>): Promise<Replies['showFile']> {
    const path = this.savedPath(request.path);
    if (!path || !this.environment.shell) return fail('EINPUT', reason('not-just-saved'));
    this.environment.shell.showFile(path);
    return { ok: true, value: true };
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

  async copyText(request: CheckedRequest<'copyText'>): Promise<Replies['copyText']> {
    if (!this.environment.shell) return fail('EINPUT', reason('no-browser'));
    this.environment.shell.writeClipboard(request.text);
    return { ok: true, value: true };
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
    this.written.clear();
  }

  /** A path the last export wrote, exactly (after resolving "..", never a prefix match), or undefined. */
  private savedPath(path: string): string | undefined {
    const full = resolve(path);
    return this.written.has(full) ? full : undefined;
  }

  private state(session: Session): SessionState {
    return {
      result: session.result!,
      tested: session.tested,
      choices: session.choices,
      passwordGiven: session.request.password !== undefined,
      ...(session.signIn ? { signIn: session.signIn } : {}),
      ...(session.sendTest ? { sendTest: sendTestView(session.sendTest) } : {}),
      ...(this.environment.oauthClients ? { clients: this.environment.oauthClients } : {}),
    };
  }

  private view(session: Session) {
    return discoveryView(this.state(session));
  }

  /**
   * What the files are written from: the result with the person's choices. Servers chosen by hand are exported
   * alone, without the engine's alternatives, so the files hold exactly what the person picked and tested.
   */
  private exportResult(session: Session): DiscoveryResult {
    const shaped = resultWithChoices(this.state(session));
    if (session.choices.incoming === undefined && session.choices.outgoing === undefined) return shaped;
    const chosen = new Set([shaped.incoming?.candidateId, shaped.outgoing?.candidateId]);
    return { ...shaped, candidates: shaped.candidates.filter((c) => chosen.has(c.id) || c.outcome.code !== 'OK') };
  }

  private resolver(): MailResolver {
    return new MailResolver({ servers: this.environment.dnsServers, allowAddress: this.environment.allowAddress });
  }

  private trust(session: Session): TlsTrust {
    return { extraCa: this.environment.extraCa ?? [], trustedFingerprints: session.decisions.trustedFingerprints ?? [] };
  }

  /** One server tested with the kept password and the person's decisions; kept so it can be chosen. */
  private async probeOne(
    server: Endpoint,
    username: string | undefined,
  ): Promise<{ ok: true; value: DoneCandidate } | ReturnType<typeof fail>> {
    const session = this.last!;
    const parsed = parseEmail(session.request.email);
    if (!parsed.ok) return fail('EINPUT', reason('email-invalid', { problem: { key: `email:problem.${parsed.problem}` } }));
    const { decisions, request } = session;
    const controller = new AbortController();
    this.running = controller;
    const spec = {
      protocol: server.protocol,
      host: server.host,
      port: server.port,
      security: server.security,
      username: username || '%EMAILADDRESS%',
      source: 'user' as const,
      sourceDetail: '',
      trust: 'trusted' as const,
    };
    this.log.addSecrets(request.password);
    const started = performance.now();
    const probe = await probeCandidate(spec, {
      email: parsed.email,
      password: request.password,
      username: username || request.username,
      signal: controller.signal,
      log: this.log,
      resolver: this.resolver(),
      trust: this.trust(session),
      policy: { allowPlaintext: decisions.allowPlaintextHosts ?? [], consent: decisions.consentHosts ?? [] },
    });
    if (this.running === controller) this.running = undefined;
    const candidate: DoneCandidate = {
      ...spec,
      ...probe,
      id: TESTED_ID_BASE + session.tested.length,
      alsoFrom: [],
      state: 'done',
      ms: Math.round(performance.now() - started),
    };
    session.tested.push(candidate);
    return { ok: true, value: candidate };
  }

  private reportText(format: 'text' | 'html', language: Language): string | undefined {
    const session = this.last;
    if (!session?.result) return undefined;
    const report = buildReport(resultWithChoices(this.state(session)), {
      passwordGiven: session.request.password !== undefined,
      secrets: session.request.password ? [session.request.password] : [],
      language,
      // A test message the person stopped proved nothing either way: the report leaves it out.
      ...(session.sendTest && !cancelled(session.sendTest) ? { proofs: { sendTest: session.sendTest } } : {}),
    });
    return format === 'html' ? renderHtml(report) : renderText(report);
  }

  private async run(): Promise<Replies['discover']> {
    this.running?.abort();
    const controller = new AbortController();
    this.running = controller;
    const session = this.last!;
    const { request, decisions } = session;
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
      // A likely typo of a well-known domain: nothing goes anywhere until the person confirmed it.
      stopOnLikelyTypo: !request.domainConfirmed,
      signal: controller.signal,
      log: this.log,
      onEvent: (event) => this.emit(event),
    };
    this.emit({ type: 'run-started', connectTimeoutMs: CONNECT_TIMEOUT_MS, deadlineMs: OVERALL_DEADLINE_MS });
    const response = await discover(options);
    if (this.running === controller) this.running = undefined;
    if (!response.ok) return { ok: false, error: { code: response.error.code, reason: response.error.reason } };
    session.result = response.result;
    session.signIn = undefined;
    session.sendTest = undefined;
    return { ok: true, value: this.view(session) };
  }
}

function cancelled(outcome: SendTestResult): boolean {
  return outcome.status === 'failed' && outcome.error.code === 'ECANCELLED';
}
