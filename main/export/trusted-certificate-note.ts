import { X509Certificate } from 'node:crypto';
import type { Message } from '../../shared/model/message';
import type { TrustedCertificate } from './account-settings';

/** What Windows' certificate dialog shows as the thumbprint: SHA-1 of the certificate, in hex pairs. */
export function sha1Thumbprint(pem: string): string {
  return new X509Certificate(pem).fingerprint.replace(/:/g, ' ');
}

/**
 * What to do about a certificate the person chose to trust, in an app that cannot be told in advance: the app warns
 * the first time it connects, and the person accepts only the certificate whose fingerprint matches the one Mail
 * Setup was shown. Thunderbird's certificate viewer shows SHA-256; Windows' dialog, which Outlook opens, only the
 * SHA-1 thumbprint. Without an app: the words for any mail app (the printable summary and the wizard's card).
 */
export function trustedCertificateNote(certificate: TrustedCertificate, app?: 'Thunderbird' | 'Outlook'): Message {
  const params = {
    host: certificate.host,
    ports: certificate.ports.map(String),
    count: certificate.ports.length,
    fingerprint: certificate.fingerprint256,
  };
  if (app === 'Outlook')
    return { key: 'export:note.trusted-certificate-outlook', params: { ...params, sha1: sha1Thumbprint(certificate.pem) } };
  if (app) return { key: 'export:note.trusted-certificate', params: { ...params, app } };
  return { key: 'export:summary.certificate', params };
}
