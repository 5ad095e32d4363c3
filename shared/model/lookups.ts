export type DnsRecordType = 'SRV' | 'MX' | 'A' | 'AAAA' | 'A/AAAA';

/** One DNS question and its answer, kept for progress events and the diagnostic report. */
export interface DnsQuery {
  type: DnsRecordType;
  name: string;
  /** "system" or the server address the question went to. */
  server: string;
  ms: number;
  answers: string[];
  /** The name does not exist at all (NXDOMAIN), as opposed to existing without records of this type. */
  noSuchName?: boolean;
  /** Empty answer sets are not errors; this is set only when the lookup itself failed: a resolver or outcome code. */
  error?: string;
  /** When the question was asked, in ms since the discovery run started (set by the run). */
  at?: number;
}

/** One HTTP lookup as the diagnostic report shows it. */
export interface HttpRecord {
  url: string;
  method: string;
  status?: number;
  /** Every URL we were sent to, in order. */
  redirects: string[];
  /** True when every hop was HTTPS with a verified certificate; false when any hop was plain HTTP. */
  tlsVerified: boolean;
  ms: number;
  bytes?: number;
  /** The outcome code of a failed lookup. */
  error?: string;
  /** When the lookup started, in ms since the discovery run started (set by the run). */
  at?: number;
}
