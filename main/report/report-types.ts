import type { Language } from '../../shared/messages/languages';
import type { CertProblem, OutcomeCode } from '../../shared/model/outcome';
import type { Protocol, Security, Server } from '../../shared/model/server';
import type { SourceKind } from '../../shared/model/sources';
import type { FindingKey, VerdictStatus } from '../../shared/model/verdict';
import type { CertSummary, ConnectAttempt } from '../../shared/model/probe';
import type { NetworkFacts } from '../../shared/model/discovery';

export const REPORT_SCHEMA = 'mailsetup-diagnostic/1';

/** One finding as the report lists it: its stable kind (the wizard's too), its words, and where to read more. */
export interface VerdictItem {
  kind: FindingKey;
  text: string;
  /** An https page that says what to do (a provider's help on app passwords, Microsoft's on sign-in…). */
  helpUrl?: string;
}

export interface Verdict {
  status: VerdictStatus;
  /** One sentence a non-expert can act on. */
  headline: string;
  /** Every finding, most important first, each with what to do. */
  findings: string[];
  /** The same findings with their kind and help link, the headline's among them (added in 0.2). */
  items?: VerdictItem[];
}

/** What the lookups established about the mailbox, in words: a Microsoft 365 mailbox, an autoconfig sign-in. */
export interface ReportFact {
  kind: 'microsoft365' | 'oauth-sign-in';
  headline: string;
  /** What it means, one line each (per mail app, for a Microsoft mailbox). */
  lines: string[];
  /** The lookups that showed it. */
  evidence: { text: string; url?: string }[];
  helpUrl?: string;
}

/** What was proven beyond the trial logins, when asked for (added in 0.2). */
export interface ReportProofs {
  sendTest?: { status: string; text: string; messageId?: string; deliveryMs?: number };
  signIn?: {
    status: string;
    text: string;
    provider?: string;
    servers?: { server: string; ok: boolean; mechanism?: string; code?: string }[];
  };
}

/** A recommended server as the report shows it: the engine's Server. */
export type ServerLine = Server;

export interface LoginStep {
  username: string;
  mechanism?: string;
  ok: boolean;
  serverReply?: string;
  /** Our plain-language reading of the answer. */
  reading: string;
  ms: number;
}

export type ReportStep =
  | { kind: 'dns'; at: number; ms: number; type: string; name: string; server: string; answers: string[]; error?: string }
  | {
      kind: 'http';
      at: number;
      ms: number;
      method: string;
      url: string;
      status?: number;
      redirects: string[];
      tlsVerified: boolean;
      bytes?: number;
      error?: string;
    }
  | {
      kind: 'connection';
      at: number;
      ms: number;
      protocol: Protocol;
      host: string;
      port: number;
      security: Security;
      source: SourceKind;
      addresses: string[];
      address?: string;
      /** Every address tried while connecting (RFC 8305), when there was more than one (added in 0.2). */
      attempts?: ConnectAttempt[];
      connectMs?: number;
      tlsMs?: number;
      tls?: {
        protocol: string;
        cipher: string;
        verified: boolean;
        problems: CertProblem[];
        trustedByUser: boolean;
        certificate?: CertSummary;
        chain: CertSummary[];
      };
      greeting?: string;
      capabilities?: string[];
      authMechanisms?: string[];
      starttls: string;
      logins: LoginStep[];
      outcome: { code: OutcomeCode; message: string; certProblem?: CertProblem; detail?: string; serverReply?: string };
    };

/** The diagnostic report: documented in docs/diagnostic-report.md, schema docs/diagnostic-v1.schema.json. */
export interface DiagnosticReport {
  schema: typeof REPORT_SCHEMA;
  generatedAt: string;
  /** The language every text in the report is written in. */
  language: Language;
  tool: { name: string; version: string };
  email: string;
  passwordGiven: boolean;
  resolver: string;
  verdict: Verdict;
  recommended: { incoming: ServerLine | null; outgoing: ServerLine | null };
  steps: ReportStep[];
  warnings: { source: string; level: 'warning' | 'info'; code?: string; message: string }[];
  /** What the lookups established about the mailbox (added in 0.2). */
  facts?: ReportFact[];
  /** Which address families worked, when a server had an IPv6 address (added in 0.2). */
  network?: NetworkFacts & { text?: string };
  proofs?: ReportProofs;
  totals: {
    candidates: number;
    verified: number;
    elapsedMs: number;
    cancelled: boolean;
    /** Logins the servers refused (added in 0.2): a wrong password costs at most three. */
    refusedLogins?: number;
  };
}
