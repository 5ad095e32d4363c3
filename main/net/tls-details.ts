import { X509Certificate } from 'node:crypto';
import type { DetailedPeerCertificate, TLSSocket } from 'node:tls';
import type { CertProblem } from '../../shared/model/outcome';
import type { CertSummary, TlsDetails } from '../../shared/model/probe';
import { checkHostIdentity } from './host-identity';
import { printable } from '../../shared/text/printable';

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

/** "CN=mail.example.com, O=Example": X509Certificate lists a name one attribute per line; a server's names are shown printable. */
const distinguishedName = (name: string) => printable(name.split('\n').filter(Boolean).join(', '));

/** A certificate as the report and the wizard show it, read with Node's X.509 parser. */
export function summarizeCert(cert: X509Certificate): CertSummary {
  const sans = (cert.subjectAltName ?? '')
    .split(/,\s*/)
    .filter(Boolean)
    .map((s) => printable(s.replace(/^DNS:/, '')));
  return {
    subject: distinguishedName(cert.subject),
    issuer: distinguishedName(cert.issuer),
    subjectAltNames: sans,
    validFrom: new Date(cert.validFrom).toISOString(),
    validTo: new Date(cert.validTo).toISOString(),
    fingerprint256: cert.fingerprint256,
    // Issued by itself and signed with its own key: no authority vouches for it.
    selfSigned: cert.checkIssued(cert) && cert.verify(cert.publicKey),
  };
}

function issuersOf(peer: DetailedPeerCertificate): CertSummary[] {
  const chain: CertSummary[] = [];
  const seen = new Set([peer.fingerprint256]);
  let next = peer.issuerCertificate;
  while (next && next.raw && !seen.has(next.fingerprint256)) {
    seen.add(next.fingerprint256);
    chain.push(summarizeCert(new X509Certificate(next.raw)));
    next = next.issuerCertificate;
  }
  return chain;
}

/** Reads what a finished handshake established; the socket was opened with rejectUnauthorized off. */
export function readTlsDetails(socket: TLSSocket, servername: string, trustedFingerprints: readonly string[]): TlsDetails {
  const peer = socket.getPeerCertificate(true);
  const certificate = peer?.raw ? new X509Certificate(peer.raw) : undefined;
  const problems: CertProblem[] = [];
  const chainProblem = socket.authorized ? undefined : certProblemFromCode(String(socket.authorizationError ?? ''));
  if (chainProblem && chainProblem !== 'wrong-host') problems.push(chainProblem);
  // Node skips the name check when the chain already failed; run it anyway so every problem is listed.
  if (certificate && checkHostIdentity(servername, peer)) problems.push('wrong-host');
  if (!certificate && problems.length === 0) problems.push('handshake');
  const fingerprint = certificate?.fingerprint256 ?? '';
  return {
    protocol: socket.getProtocol() ?? 'unknown',
    cipher: socket.getCipher()?.name ?? 'unknown',
    verified: problems.length === 0,
    problems,
    verifyCode: socket.authorized ? undefined : String(socket.authorizationError ?? ''),
    certificate: certificate ? summarizeCert(certificate) : undefined,
    chain: certificate ? issuersOf(peer) : [],
    trustedByUser: Boolean(certificate) && trustedFingerprints.map(normalizeFingerprint).includes(normalizeFingerprint(fingerprint)),
    certificatePem: certificate?.toString(),
  };
}

/** Fingerprints compare without separators or case, so users may paste any common form. */
export function normalizeFingerprint(fingerprint: string): string {
  return fingerprint.replace(/[^0-9a-f]/gi, '').toUpperCase();
}

/** A certificate may carry the password only when it checks out, or the user trusted exactly it. */
export function passwordSafeOver(tls: TlsDetails | undefined): boolean {
  return Boolean(tls && (tls.verified || tls.trustedByUser));
}
