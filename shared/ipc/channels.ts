import type { z } from 'zod';
import type { DiscoveryEvent, DiscoveryResult, DoneCandidate } from '../model/discovery';
import type { ExportFormat } from '../model/export-formats';
import type { ManualSettings } from '../model/manual-settings';
import type { Message } from '../model/message';
import type { StepError } from '../model/outcome';
import type { PasswordNote } from '../model/provider';
import type { Risk } from '../model/risk';
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
  checkDomain: 'mailsetup:check-domain',
  useServer: 'mailsetup:use-server',
  useCertificateName: 'mailsetup:use-certificate-name',
  copyProviderMessage: 'mailsetup:copy-provider-message',
  signIn: 'mailsetup:sign-in',
  openFolder: 'mailsetup:open-folder',
  showFile: 'mailsetup:show-file',
  copyText: 'mailsetup:copy-text',
  sendTest: 'mailsetup:send-test',
  manualSettings: 'mailsetup:manual-settings',
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
  /** Each file written, with what the person should know about it (a password left out, an unsigned profile…). */
  files: { format: ExportFormat; name: string; path: string; secret: boolean; notes: { message: Message; warning: boolean }[] }[];
}

/** A refusal or failure, as a code and a catalog message the renderer words in the user's language. */
export type ApiError = Pick<StepError, 'code' | 'reason'>;
export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** What an address's domain alone tells, before any password is sent: the provider's needs, and a likely typo. */
export interface DomainCheck {
  /** The domain as a person reads it (Unicode, never xn--). */
  domain: string;
  /** "Did you mean …?": the well-known domain (as a person reads it) this one is likely a slip of. */
  suggestion?: string;
  provider?: ProviderHint;
}

/** A provider of the built-in table; its advice is the catalog's "source:provider.<id>". */
export interface ProviderHint {
  id: string;
  name: string;
  passwordNote?: PasswordNote;
  helpUrl?: string;
  /** The provider has its own sign-in: ready here (a client ID is configured), or left to the mail app. */
  signIn?: SignInOffer;
}

/** A "Sign in with …" button, or why there is none. */
export type SignInOffer =
  /** No name when only the sign-in service's metadata will tell who it is (a server's own OAuth). */
  | { kind: 'ready'; providerName?: string }
  /** No client ID configured here: the mail app asks for the sign-in; the settings are still right. */
  | { kind: 'mail-app-will-ask'; providerName: string };

export const SIGN_IN_STEPS = [
  'planning',
  'browser-opening',
  'waiting-for-browser',
  'browser-returned',
  'exchanging-code',
  'signed-in',
] as const;
export type SignInStep = (typeof SIGN_IN_STEPS)[number];

/** What came of "Sign in with …" (the token never leaves main; this is all the page learns). */
export type SignInView =
  | { status: 'verified' | 'not-verified'; providerName: string }
  | { status: 'failed'; providerName: string; reason: string; message: Message; detail?: Message }
  | { status: 'no-sign-in'; providerName?: string; message: Message };

export const SEND_TEST_STAGES = ['submitting', 'submitted', 'searching'] as const;
export type SendTestStage = (typeof SEND_TEST_STAGES)[number];

/**
 * What came of "send a test message to myself", in words from the catalog (the report's finding for it, or why
 * it stopped). The page never learns the password or the message's ID.
 */
export interface SendTestView {
  status: 'delivered' | 'in-junk' | 'not-delivered' | 'failed' | 'cancelled';
  message: Message;
}

/** A discovery's result with the verdict, whose findings the renderer words in the user's language. */
export interface DiscoveryView {
  /** The engine's result, with the servers the person chose in place of the recommended ones. */
  result: DiscoveryResult;
  verdict: StructuredVerdict;
  /** What stays risky about the chosen settings (consents, settings used without proof). */
  risks: Risk[];
  /** How many logins the servers refused during this search (lockout risk at real providers). */
  refusedLogins: number;
  /** The chosen servers refused the password: it is not tried again until the person types it anew. */
  passwordRefused: boolean;
  /** Which directions the person set by hand (the manual path). */
  chosenByYou: { incoming: boolean; outgoing: boolean };
  /** "Sign in with …" offered for this result, when the provider or the server has its own sign-in. */
  signInOffer?: SignInOffer;
  /** The outcome of the last sign-in. */
  signIn?: SignInView;
  /** A test message can go out through the chosen SMTP server and be looked for over the chosen IMAP server. */
  canSendTest: boolean;
  /** What came of the last test message for these servers. */
  sendTest?: SendTestView;
}

/** Main → renderer, besides the engine's own events: a run's time limits, and a sign-in's steps. */
export type ProgressEvent =
  | DiscoveryEvent
  | { type: 'run-started'; connectTimeoutMs: number; deadlineMs: number }
  | { type: 'sign-in'; step: SignInStep; authorizationUrl?: string }
  | { type: 'send-test'; stage: SendTestStage };

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
  checkDomain: ApiResult<DomainCheck>;
  useServer: ApiResult<DiscoveryView>;
  useCertificateName: ApiResult<DiscoveryView>;
  /** A message about the certificate onto the clipboard, for the person to send to their provider. */
  copyProviderMessage: ApiResult<true>;
  signIn: ApiResult<DiscoveryView>;
  /** The folder of a file just saved, in the system's file manager. */
  openFolder: ApiResult<true>;
  /** A file just saved, selected in the system's file manager. */
  showFile: ApiResult<true>;
  /** Text the person copies from the page (the page itself has no clipboard permission). */
  copyText: ApiResult<true>;
  /**
   * Sends one message from the address to itself through the chosen SMTP server and looks for it over the chosen
   * IMAP server, with the kept password; `cancel` stops it. A second call while one runs gets the same answer.
   */
  sendTest: ApiResult<DiscoveryView>;
  /** The values to type into an app that reads no file (the new Outlook, Outlook for Mac), as the files hold them. */
  manualSettings: ApiResult<ManualSettings>;
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
