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

/** One address tried while connecting (RFC 8305: every address, IPv6 and IPv4 interleaved). */
export interface ConnectAttempt {
  address: string;
  family: 4 | 6;
  /** How long the attempt ran. */
  ms: number;
  /**
   * connected; refused (nothing listens); reset; unreachable (no route); timed-out (no answer: dropped packets,
   * a broken route); failed (another socket error); abandoned (another address connected first); known-dead
   * (skipped: an earlier connection of this run already timed out there).
   */
  result: 'connected' | 'refused' | 'reset' | 'unreachable' | 'timed-out' | 'failed' | 'abandoned' | 'known-dead';
}

/**
 * Everything one connection to a server learned before the login: the connection itself (every address tried),
 * TLS, greeting, capabilities, STARTTLS. The trial login runs on this same connection afterwards, where the
 * password may be sent there (`logins` of the candidate tell how it went).
 */
export interface ServerProbe {
  /** The address that connected (the first tried, when none did). */
  address: string;
  /** Every address tried, in order; absent when only one was known and it connected at once. */
  attempts?: ConnectAttempt[];
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
