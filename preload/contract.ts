/**
 * The one contract between the renderer and the main process: channel names and the shapes that
 * cross them. Main implements it (main/ipc), the preload exposes it as `window.mailSetup`, the renderer
 * calls it. Type-only imports keep this file free of Node and Electron at run time.
 */
import type { CandidateResult, DiscoveryEvent, DiscoveryResult } from '../main/engine/discovery-types';
import type { OutcomeCode } from '../main/errors/error-codes';
import type { StructuredVerdict } from '../main/report/verdict';
import type { ExportFormat } from '../main/export/export-formats';
import type { Protocol, Security } from '../main/discovery/candidate';

export const IPC = {
  discover: 'mailsetup:discover',
  retest: 'mailsetup:retest',
  testServer: 'mailsetup:test-server',
  cancel: 'mailsetup:cancel',
  progress: 'mailsetup:progress',
  exportFiles: 'mailsetup:export-files',
  copyReport: 'mailsetup:copy-report',
  saveReport: 'mailsetup:save-report',
  openExternal: 'mailsetup:open-external',
} as const;

export interface DiscoverRequest {
  email: string;
  /** Sent once; main keeps it for re-tests and never sends it back. */
  password?: string;
  /** No new password: use the one main kept from the last run for the same address. */
  reusePassword?: boolean;
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

/** Settings an expert typed in the Advanced view, to test with the kept password. */
export interface ServerEdit {
  protocol: Protocol;
  host: string;
  port: number;
  security: Security;
  username?: string;
}

export interface ExportRequest {
  formats: ExportFormat[];
  includePassword: boolean;
  displayName?: string;
}

export interface ExportReply {
  folder: string;
  files: { format: ExportFormat; name: string; path: string; secret: boolean }[];
}

export interface ApiError {
  code: OutcomeCode;
  message: string;
}

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** A discovery's result with the verdict, whose findings the renderer words in the user's language. */
export interface DiscoveryView {
  result: DiscoveryResult;
  verdict: StructuredVerdict;
}

export type ProgressEvent = DiscoveryEvent;

export interface MailSetupApi {
  discover(request: DiscoverRequest): Promise<ApiResult<DiscoveryView>>;
  retest(request: RetestRequest): Promise<ApiResult<DiscoveryView>>;
  testServer(edit: ServerEdit): Promise<ApiResult<CandidateResult>>;
  cancel(): Promise<void>;
  /** Subscribes to live progress of the running discovery; returns the unsubscribe function. */
  onProgress(listener: (event: ProgressEvent) => void): () => void;
  /** Asks for a folder with the system dialog and writes the files there; `cancelled` when the user backed out. */
  exportFiles(request: ExportRequest): Promise<ApiResult<ExportReply | 'cancelled'>>;
  /** The diagnostic report of the last run (never with the password) onto the clipboard. */
  copyReport(): Promise<ApiResult<true>>;
  saveReport(format: 'text' | 'html'): Promise<ApiResult<string | 'cancelled'>>;
  /** Opens an https link in the system browser; anything else is refused. */
  openExternal(url: string): Promise<ApiResult<true>>;
}
