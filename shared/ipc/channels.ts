import type { z } from 'zod';
import type { DiscoveryEvent, DiscoveryResult, DoneCandidate } from '../model/discovery';
import type { ExportFormat } from '../model/export-formats';
import type { StepError } from '../model/outcome';
import type { StructuredVerdict } from '../model/verdict';
import type { REQUEST_SCHEMAS } from './schemas';

/**
 * The one contract between the renderer and the main process: a channel per method, the argument's schema
 * (./schemas.ts, checked in main) and the reply. Main's handlers are typed against it, and the preload and the
 * UI tests' binding are generated from its method list. Type-only imports keep zod out of the preload.
 *
 * A new method: its argument's schema in REQUEST_SCHEMAS (./schemas.ts; `z.undefined()` for none), its channel
 * name here, its reply in `Replies`; then MailSetupService (main/ipc) does not compile until it implements it.
 * The preload, main's IPC registration and the UI tests' binding follow from METHODS by themselves.
 */
export const CHANNELS = {
  discover: 'mailsetup:discover',
  retest: 'mailsetup:retest',
  testServer: 'mailsetup:test-server',
  cancel: 'mailsetup:cancel',
  exportFiles: 'mailsetup:export-files',
  copyReport: 'mailsetup:copy-report',
  saveReport: 'mailsetup:save-report',
  openExternal: 'mailsetup:open-external',
} as const satisfies Record<keyof typeof REQUEST_SCHEMAS, string>;

/** Main → renderer: live progress of the running discovery. */
export const PROGRESS_CHANNEL = 'mailsetup:progress';

export type Method = keyof typeof CHANNELS;
export const METHODS = Object.keys(CHANNELS) as Method[];

/** What the renderer may send on a channel (before main's checks and normalisation). */
export type Request<M extends Method> = z.input<(typeof REQUEST_SCHEMAS)[M]>;
/** What a handler in main receives: the argument after the schema checked and normalised it. */
export type CheckedRequest<M extends Method> = z.output<(typeof REQUEST_SCHEMAS)[M]>;

export type DiscoverRequest = Request<'discover'>;
export type RetestRequest = Request<'retest'>;
export type ServerEdit = Request<'testServer'>;
export type ExportRequest = Request<'exportFiles'>;

export interface ExportReply {
  folder: string;
  files: { format: ExportFormat; name: string; path: string; secret: boolean }[];
}

/** A refusal or failure, as a code and a catalog message the renderer words in the user's language. */
export type ApiError = Pick<StepError, 'code' | 'reason'>;
export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** A discovery's result with the verdict, whose findings the renderer words in the user's language. */
export interface DiscoveryView {
  result: DiscoveryResult;
  verdict: StructuredVerdict;
}

export type ProgressEvent = DiscoveryEvent;

/** What each method resolves to. */
export interface Replies {
  discover: ApiResult<DiscoveryView>;
  retest: ApiResult<DiscoveryView>;
  testServer: ApiResult<DoneCandidate>;
  cancel: void;
  /** `cancelled` when the user backed out of the folder dialog. */
  exportFiles: ApiResult<ExportReply | 'cancelled'>;
  /** The diagnostic report of the last run (never with the password) onto the clipboard. */
  copyReport: ApiResult<true>;
  saveReport: ApiResult<string | 'cancelled'>;
  /** Opens an https link in the system browser; anything else is refused. */
  openExternal: ApiResult<true>;
}

/** The methods as the page calls them. */
export type InvokeApi = {
  [M in Method]: undefined extends Request<M>
    ? (request?: Request<M>) => Promise<Replies[M]>
    : (request: Request<M>) => Promise<Replies[M]>;
};

/** `window.mailSetup`: the methods, and a subscription to progress that returns its unsubscribe function. */
export type MailSetupApi = InvokeApi & { onProgress(listener: (event: ProgressEvent) => void): () => void };

/** What main implements for each method, with the argument already checked. */
export type Handlers = { [M in Method]: (request: CheckedRequest<M>) => Promise<Replies[M]> };
