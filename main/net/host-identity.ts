import { isIP } from 'node:net';
import { checkServerIdentity, type PeerCertificate } from 'node:tls';

/**
 * Whether a certificate is for this host, as RFC 6125, the CA/Browser Forum and Thunderbird decide it: only by
 * the certificate's subjectAltName. Node still accepts a host name found in the subject's Common Name when the
 * certificate lists no DNS name; a certificate like that names no host, and is refused here. Used for every TLS
 * connection: probes, trial logins, the libraries' sessions and web lookups.
 */
export function checkHostIdentity(host: string, cert: PeerCertificate): Error | undefined {
  const hasDnsName = (cert.subjectaltname ?? '').split(/,\s*/).some((name) => name.startsWith('DNS:'));
  if (!isIP(host) && !hasDnsName) {
    return Object.assign(new Error(`Hostname/IP does not match certificate's altnames: the certificate names no DNS host (CN only)`), {
      code: 'ERR_TLS_CERT_ALTNAME_INVALID',
      reason: 'no subjectAltName',
      host,
      cert,
    });
  }
  return checkServerIdentity(host, cert);
}
