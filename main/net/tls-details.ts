import { checkServerIdentity, type DetailedPeerCertificate, type PeerCertificate, type TLSSocket } from 'node:tls';
import type { CertProblem } from '../errors/error-codes';

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

const CHAIN_CODES: Record<string, CertProblem> = {
  DEPTH_ZERO_SELF_SIGNED_CERT: 'self-signed',
  SELF_SIGNED_CERT_IN_CHAIN: 'self-signed',
  CERT_HAS_EXPIRED: 'expired',
  CERT_NOT_YET_VALID: 'not-yet-valid',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'unknown-ca',
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: 'unknown-ca',
  UNABLE_TO_GET_ISSUER_CERT: 'unknown-ca',
  CERT_UNTRUSTED: 'unknown-ca',
  CERT_REVOKED: 'revoked',
  ERR_TLS_CERT_ALTNAME_INVALID: 'wrong-host',
};

/** Maps an OpenSSL/Node verification code to the problem a user can understand. */
export function certProblemFromCode(code: string | undefined): CertProblem | undefined {
  if (!code) return undefined;
  return CHAIN_CODES[code] ?? 'handshake';
}

function name(fields: Record<string, unknown> | undefined): string {
  if (!fields) return '';
  return Object.entries(fields)
    .map(([k, v]) => `${k}=${Array.isArray(v) ? v.join('+') : String(v)}`)
    .join(', ');
}

export function summarizeCert(cert: PeerCertificate): CertSummary {
  const sans = (cert.subjectaltname ?? '')
    .split(/,\s*/)
    .filter(Boolean)
    .map((s) => s.replace(/^DNS:/, ''));
  return {
    subject: name(cert.subject as unknown as Record<string, unknown>),
    issuer: name(cert.issuer as unknown as Record<string, unknown>),
    subjectAltNames: sans,
    validFrom: new Date(cert.valid_from).toISOString(),
    validTo: new Date(cert.valid_to).toISOString(),
    fingerprint256: cert.fingerprint256,
    selfSigned: name(cert.subject as unknown as Record<string, unknown>) === name(cert.issuer as unknown as Record<string, unknown>),
  };
}

function issuersOf(cert: DetailedPeerCertificate): CertSummary[] {
  const chain: CertSummary[] = [];
  const seen = new Set([cert.fingerprint256]);
  let next = cert.issuerCertificate;
  while (next && !seen.has(next.fingerprint256)) {
    seen.add(next.fingerprint256);
    chain.push(summarizeCert(next));
    next = next.issuerCertificate;
  }
  return chain;
}

/** Reads what a finished handshake established; the socket was opened with rejectUnauthorized off. */
export function readTlsDetails(socket: TLSSocket, servername: string, trustedFingerprints: readonly string[]): TlsDetails {
  const peer = socket.getPeerCertificate(true);
  const hasCert = Boolean(peer && peer.fingerprint256);
  const problems: CertProblem[] = [];
  const chainProblem = socket.authorized ? undefined : certProblemFromCode(String(socket.authorizationError ?? ''));
  if (chainProblem && chainProblem !== 'wrong-host') problems.push(chainProblem);
  // Node skips the name check when the chain already failed; run it anyway so every problem is listed.
  if (hasCert && checkServerIdentity(servername, peer)) problems.push('wrong-host');
  if (!hasCert && problems.length === 0) problems.push('handshake');
  const fingerprint = hasCert ? peer.fingerprint256 : '';
  return {
    protocol: socket.getProtocol() ?? 'unknown',
    cipher: socket.getCipher()?.name ?? 'unknown',
    verified: problems.length === 0,
    problems,
    verifyCode: socket.authorized ? undefined : String(socket.authorizationError ?? ''),
    certificate: hasCert ? summarizeCert(peer) : undefined,
    chain: hasCert ? issuersOf(peer) : [],
    trustedByUser: hasCert && trustedFingerprints.map(normalizeFingerprint).includes(normalizeFingerprint(fingerprint)),
    certificatePem: hasCert ? toPem(peer.raw) : undefined,
  };
}

/** Fingerprints compare without separators or case, so users may paste any common form. */
export function normalizeFingerprint(fingerprint: string): string {
  return fingerprint.replace(/[^0-9a-f]/gi, '').toUpperCase();
}

function toPem(der: Buffer): string {
  const body = der
    .toString('base64')
    .replace(/(.{64})/g, '$1\n')
    .replace(/\n$/, '');
  return `-----BEGIN CERTIFICATE-----\n${body}\n-----END CERTIFICATE-----\n`;
}

/** A certificate may carry the password only when it checks out, or the user trusted exactly it. */
export function passwordSafeOver(tls: TlsDetails | undefined): boolean {
  return Boolean(tls && (tls.verified || tls.trustedByUser));
}
