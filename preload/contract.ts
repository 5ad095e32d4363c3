/**
 * The one contract between the renderer and the main process: channel names and the shapes that
 * cross them. Main implements it (main/ipc), the preload exposes it as `window.mailSetup`, the renderer
 * calls it. Type-only imports keep this file free of Node and Electron at run time.
 */
import type { DiscoveryEvent, DiscoveryResult } from '../main/engine/discovery-types';
import type { OutcomeCode } from '../main/errors/error-codes';

export const IPC = {
  discover: 'mailsetup:discover',
  retest: 'mailsetup:retest',
  cancel: 'mailsetup:cancel',
  progress: 'mailsetup:progress',
} as const;

export interface DiscoverRequest {
  email: string;
  /** Sent once; main keeps it for re-tests and never sends it back. */
  password?: string;
  /** A login name that is not the address. */
  username?: string;
  preferPop3?: boolean;
}

/** A re-run of the last discovery with the user's decisions; the password stays in main. */
export interface RetestRequest {
  trustedFingerprints?: string[];
  allowPlaintextHosts?: string[];
  consentHosts?: string[];
}

export interface ApiError {
  code: OutcomeCode;
  message: string;
}

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export type ProgressEvent = DiscoveryEvent;

export interface MailSetupApi {
  discover(request: DiscoverRequest): Promise<ApiResult<DiscoveryResult>>;
  retest(request: RetestRequest): Promise<ApiResult<DiscoveryResult>>;
  cancel(): Promise<void>;
  /** Subscribes to live progress of the running discovery; returns the unsubscribe function. */
  onProgress(listener: (event: ProgressEvent) => void): () => void;
}
