import { rootCertificates } from 'node:tls';

/** What the caller trusts beyond the system: extra authorities and individual certificates by fingerprint. */
export interface TlsTrust {
  /** PEM texts of extra certificate authorities (a test CA, a company CA). */
  extraCa: string[];
  /** SHA-256 fingerprints of certificates the user explicitly chose to trust. */
  trustedFingerprints: string[];
}

export const NO_EXTRA_TRUST: TlsTrust = { extraCa: [], trustedFingerprints: [] };

/** The `ca` option for tls.connect: undefined keeps Node's defaults; extra CAs are added, never substituted. */
export function caOption(trust: TlsTrust): string[] | undefined {
  return trust.extraCa.length > 0 ? [...rootCertificates, ...trust.extraCa] : undefined;
}
