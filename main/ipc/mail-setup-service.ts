import { discover } from '../engine/run-discovery';
import type { DiscoverOptions, DiscoveryResult } from '../engine/discovery-types';
import type { ApiResult, DiscoverRequest, ProgressEvent, RetestRequest } from '../../preload/contract';
import { checkDiscoverRequest, checkRetestRequest } from './validate-request';

/** Settings that are not the user's to choose in the app, but the environment's (tests, company CA). */
export interface ServiceEnvironment {
  dnsServers?: string[];
  extraCa?: string[];
  ispdbBaseUrl?: string;
  allowAddress?: (address: string) => boolean;
}

/**
 * What the main process offers the renderer, free of Electron so the UI tests can bind the very same
 * handlers into a browser page. The password is kept here, for re-tests, and never handed back.
 */
export class MailSetupService {
  private last?: { request: DiscoverRequest; decisions: RetestRequest };
  private running?: AbortController;

  constructor(private readonly environment: ServiceEnvironment = {}, private readonly emit: (event: ProgressEvent) => void = () => undefined) {}

  async discover(input: unknown): Promise<ApiResult<DiscoveryResult>> {
    const checked = checkDiscoverRequest(input);
    if (!checked.ok) return { ok: false, error: { code: 'EINPUT', message: checked.message } };
    this.last = { request: checked.value, decisions: {} };
    return this.run();
  }

  async retest(input: unknown): Promise<ApiResult<DiscoveryResult>> {
    const checked = checkRetestRequest(input);
    if (!checked.ok) return { ok: false, error: { code: 'EINPUT', message: checked.message } };
    if (!this.last) return { ok: false, error: { code: 'EINPUT', message: 'there is nothing to test again yet' } };
    this.last.decisions = checked.value;
    return this.run();
  }

  async cancel(): Promise<void> {
    this.running?.abort();
  }

  /** Forgets the password and everything else of the last run. */
  forget(): void {
    this.running?.abort();
    this.last = undefined;
  }

  private async run(): Promise<ApiResult<DiscoveryResult>> {
    this.running?.abort();
    const controller = new AbortController();
    this.running = controller;
    const { request, decisions } = this.last!;
    const options: DiscoverOptions = {
      ...this.environment,
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
    return response.ok ? { ok: true, value: response.result } : { ok: false, error: response.error };
  }
}
