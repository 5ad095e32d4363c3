import { createSecureContext, rootCertificates, type SecureContext } from 'node:tls';
import * as tls from 'node:tls';

/** What the caller trusts beyond the system: extra authorities and individual certificates by fingerprint. */
export interface TlsTrust {
  /** PEM texts of extra certificate authorities (a test CA, a company CA). */
  extraCa: string[];
  /** SHA-256 fingerprints of certificates the user explicitly chose to trust. */
  trustedFingerprints: string[];
}

let systemStore: readonly string[] | undefined;

/**
 * The operating system's trusted authorities, as Outlook and Apple Mail trust them (a company CA installed
 * there counts): Node's own reader where it has one (tls.getCACertificates, Node 22.15+), the system-ca
 * package on older Node. Read once, on first use, so starting the CLI costs nothing.
 */
export function systemAuthorities(): readonly string[] {
  if (!systemStore) {
    const nodeReader = (tls as { getCACertificates?: (type: 'system') => string[] }).getCACertificates;
    try {
      if (nodeReader) systemStore = nodeReader('system');
      else {
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        const { systemCertsSync } = require('system-ca') as typeof import('system-ca');
        systemStore = systemCertsSync();
      }
    } catch {
      // No readable system store (a minimal container): Node's bundled authorities still apply.
      systemStore = [];
    }
  }
  return systemStore;
}

/**
 * Authorities once each: the system store and Node's bundle mostly hold the same roots, written differently
 * (line lengths, comments), so they are compared by their base64 body.
 */
function distinct(pems: readonly string[]): string[] {
  const seen = new Map<string, string>();
  for (const pem of pems) {
    const body = pem.replace(/-----[^-]+-----|\s/g, '');
    if (!seen.has(body)) seen.set(body, pem);
  }
  return [...seen.values()];
}

// Building a context parses every root certificate (tens of milliseconds of CPU); a discovery run opens
// dozens of TLS connections at once, so each distinct set of authorities is built only once.
const contexts = new Map<string, SecureContext>();
const MAX_CACHED_CONTEXTS = 32;

/**
 * The secure context for tls.connect: the system's authorities and Node's bundled ones, plus the extra ones
 * (added, never substituted), plus a certificate the user pinned, which then acts as its own authority.
 */
export function secureContextFor(trust: TlsTrust, pinnedPem?: string): SecureContext {
  const extra = pinnedPem ? [...trust.extraCa, pinnedPem] : trust.extraCa;
  const key = extra.join('\n');
  let context = contexts.get(key);
  if (!context) {
    if (contexts.size >= MAX_CACHED_CONTEXTS) contexts.clear();
    context = createSecureContext({ ca: distinct([...rootCertificates, ...systemAuthorities(), ...extra]) });
    contexts.set(key, context);
  }
  return context;
}
