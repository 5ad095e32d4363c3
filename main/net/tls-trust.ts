import { createSecureContext, rootCertificates, type SecureContext } from 'node:tls';

/** What the caller trusts beyond the system: extra authorities and individual certificates by fingerprint. */
export interface TlsTrust {
  /** PEM texts of extra certificate authorities (a test CA, a company CA). */
  extraCa: string[];
  /** SHA-256 fingerprints of certificates the user explicitly chose to trust. */
  trustedFingerprints: string[];
}

// Building a context parses every root certificate (tens of milliseconds of CPU); a discovery run opens
// dozens of TLS connections at once, so each distinct set of authorities is built only once.
const contexts = new Map<string, SecureContext>();
const MAX_CACHED_CONTEXTS = 32;

/**
 * The secure context for tls.connect: the system's authorities plus the extra ones (added, never
 * substituted), plus a certificate the user pinned, which then acts as its own authority.
 */
export function secureContextFor(trust: TlsTrust, pinnedPem?: string): SecureContext {
  const extra = pinnedPem ? [...trust.extraCa, pinnedPem] : trust.extraCa;
  const key = extra.join('\n');
  let context = contexts.get(key);
  if (!context) {
    if (contexts.size >= MAX_CACHED_CONTEXTS) contexts.clear();
    context = createSecureContext({ ca: [...rootCertificates, ...extra] });
    contexts.set(key, context);
  }
  return context;
}
