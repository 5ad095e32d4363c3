import type { DnsLookups } from '../../dns/mail-resolver';
import type { EmailAddress } from '../../../shared/email/parse-email';
import type { MailboxFact } from '../../../shared/model/mailbox-facts';
import type { Message } from '../../../shared/model/message';
import type { OutcomeCode } from '../../../shared/model/outcome';
import type { ProviderInfo } from '../../../shared/model/provider';
import type { SourceName } from '../../../shared/model/sources';
import type { Trust } from '../../../shared/model/trust';
import { MailSetupError } from '../../errors/mail-setup-error';
import type { FetchOptions, FetchResult } from '../../net/http-fetch';
import type { TlsTrust } from '../../net/tls-trust';
import type { CandidateSpec } from '../candidate';
import type { IspdbSnapshot } from '../ispdb-snapshot';

export interface SourceContext {
  email: EmailAddress;
  resolver: DnsLookups;
  trust: TlsTrust;
  signal: AbortSignal;
  ispdbBaseUrl: string;
  /** The bundled ISPDB data: domains it lists are answered from it, never asked about online. */
  ispdbSnapshot: IspdbSnapshot;
  /** Base URL of Microsoft's Autodiscover service (tests name their own). */
  microsoftAutodiscoverUrl?: string;
  /** Hands a suggestion to the scheduler, which probes it at once. */
  emit(spec: CandidateSpec): void;
  /** A problem worth showing next to the results. */
  warn(code: OutcomeCode, message: Message): void;
  /** A fact for the diagnostic report ("no settings file there"). */
  inform(message: Message): void;
  /** Something the user should know about the provider (app passwords, OAuth2, a bridge). */
  noteProvider(info: ProviderInfo): void;
  /** A fact about the mailbox (Microsoft 365, how to sign in), kept in the result with its evidence. */
  noteFact?(fact: MailboxFact): void;
  fetch(url: string, options?: Omit<FetchOptions, 'resolver' | 'trust' | 'signal'>): Promise<FetchResult>;
  /** A failure that is not a MailSetupError: a bug, classified and logged (never thrown on). */
  unexpected(error: unknown): void;
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
export function reportLookupFailure(ctx: SourceContext, url: string, error: unknown, absentStatuses: number[], absent: Message): void {
  if (!(error instanceof MailSetupError)) return ctx.unexpected(error);
  const nothingThere =
    error.code === 'EDNS' || error.code === 'ECONNREFUSED' || (error.httpStatus !== undefined && absentStatuses.includes(error.httpStatus));
  if (nothingThere) ctx.inform(absent);
  else if (error.code !== 'ECANCELLED')
    ctx.warn(error.code, { key: 'source:warning.lookup-failed', params: { url, reason: error.failure.reason } });
}
