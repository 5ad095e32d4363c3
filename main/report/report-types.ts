import type { Language } from '../../shared/messages/languages';
import type { CertProblem, OutcomeCode } from '../../shared/model/outcome';
import type { CertSummary } from '../../shared/model/probe';
import type { Protocol, Security, Server } from '../../shared/model/server';
import type { SourceKind } from '../../shared/model/sources';
import type { VerdictStatus } from '../../shared/model/verdict';

export const REPORT_SCHEMA = 'mailsetup-diagnostic/1';

export interface Verdict {
  status: VerdictStatus;
  /** One sentence a non-expert can act on. */
  headline: string;
  /** Every finding, most important first, each with what to do. */
  findings: string[];
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
  totals: { candidates: number; verified: number; elapsedMs: number; cancelled: boolean };
}
