import type { MailResolver } from '../../dns/mail-resolver';
import type { EmailAddress } from '../../email/parse-email';
import { MailSetupError, type OutcomeCode } from '../../errors/error-codes';
import type { FetchOptions, FetchResult } from '../../net/http-fetch';
import type { TlsTrust } from '../../net/tls-trust';
import type { CandidateSpec, ProviderInfo, Trust } from '../candidate';
import type { IspdbSnapshot } from '../ispdb-snapshot';
import type { MailboxFact } from '../mailbox-facts';

export type SourceName = 'provider' | 'srv' | 'autoconfig' | 'ispdb' | 'autodiscover' | 'microsoft365' | 'mx' | 'guess';

/** A problem or a fact a source ran into, shown next to the results. */
export interface Warning {
  source: SourceName;
  level: 'warning' | 'info';
  code?: OutcomeCode;
  message: string;
}

export interface SourceContext {
  email: EmailAddress;
  resolver: MailResolver;
  trust: TlsTrust;
  signal: AbortSignal;
  ispdbBaseUrl: string;
  /** The bundled ISPDB data: domains it lists are answered from it, never asked about online. */
  ispdbSnapshot: IspdbSnapshot;
  /** Base URL of Microsoft's Autodiscover service (tests name their own). */
  microsoftAutodiscoverUrl?: string;
  /** Hands a suggestion to the scheduler, which probes it at once. */
  emit(spec: CandidateSpec): void;
  warn(code: OutcomeCode, message: string): void;
  inform(message: string): void;
  /** Something the user should know about the provider (app passwords, OAuth2, a bridge). */
  noteProvider(info: ProviderInfo): void;
  /** A fact about the mailbox (Microsoft 365, how to sign in), kept in the result with its evidence. */
  noteFact?(fact: MailboxFact): void;
  fetch(url: string, options?: Omit<FetchOptions, 'resolver' | 'trust' | 'signal'>): Promise<FetchResult>;
}

export interface DiscoverySource {
  name: SourceName;
  /** The best trust any of its suggestions can have: lets the scheduler stop early without waiting for it. */
  bestTrust: Trust;
  run(ctx: SourceContext): Promise<void>;
}

/**
 * Reports a failed web lookup: "nothing there" (no such host, nothing listening, one of the statuses
 * that mean absent) is the normal case for most domains and only noted; anything else is a warning.
 */
export function reportLookupFailure(ctx: SourceContext, url: string, error: unknown, absentStatuses: number[], absentWords: string): void {
  const e = error instanceof MailSetupError ? error : new MailSetupError('EHTTP', String(error));
  const absent =
    e.code === 'EDNS' || e.code === 'ECONNREFUSED' || (e.extra.httpStatus !== undefined && absentStatuses.includes(e.extra.httpStatus));
  if (absent) ctx.inform(`${url}: ${absentWords}`);
  else if (e.code !== 'ECANCELLED') ctx.warn(e.code, `${url}: ${e.message}`);
}
