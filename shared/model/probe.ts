import type { CertProblem, StepError } from './outcome';

/** One certificate as a person (or the report) sees it. */
export interface CertSummary {
  subject: string;
  issuer: string;
  subjectAltNames: string[];
  validFrom: string;
  validTo: string;
  /** SHA-256 of the DER certificate, as colon-separated hex (what browsers show). */
  fingerprint256: string;
  selfSigned: boolean;
}

export interface TlsDetails {
  protocol: string;
  cipher: string;
  /** True when the chain and the host name check out against the trusted authorities. */
  verified: boolean;
  /** Every problem found, most important first; empty when verified. */
  problems: CertProblem[];
  /** OpenSSL's or Node's own code, for experts. */
  verifyCode?: string;
  certificate?: CertSummary;
  /** Issuers above the server certificate, as the server sent them. */
  chain: CertSummary[];
  /** The user chose to trust exactly this certificate (by fingerprint). */
  trustedByUser: boolean;
  /** The server certificate itself, so a trusted self-signed one can be pinned and exported. */
  certificatePem?: string;
}

/** What a server says about itself before login. */
export interface PreLoginInfo {
  capabilities: string[];
  authMechanisms: string[];
  starttlsOffered: boolean;
  /** The server refuses to take a password on this (unencrypted) connection, e.g. IMAP LOGINDISABLED. */
  loginDisabled: boolean;
}

export type StarttlsState = 'implicit' | 'advertised' | 'required' | 'missing';

/** Everything one pre-login connection learned. No credentials are ever sent on it. */
export interface ServerProbe {
  address: string;
  /** Set once the TCP connection is up; absent when the connect failed or timed out. */
  connectMs?: number;
  tlsMs?: number;
  tls?: TlsDetails;
  greeting?: string;
  /** Capabilities on the connection a login would use (after STARTTLS when offered). */
  info?: PreLoginInfo;
  /** Capabilities before STARTTLS, on cleartext ports. */
  clearInfo?: PreLoginInfo;
  starttls: StarttlsState;
  totalMs: number;
  error?: StepError;
}

/** One trial login: never with the password in it. */
export interface LoginAttempt {
  username: string;
  ok: boolean;
  /** SASL mechanism or command used, e.g. "AUTH=PLAIN", "LOGIN", "USER/PASS". */
  mechanism?: string;
  /** What the server said, without any credential. */
  serverReply?: string;
  error?: StepError;
  ms: number;
}
