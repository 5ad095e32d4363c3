import { X509Certificate } from 'node:crypto';

const BLOCK = /-----BEGIN ([A-Z0-9 ]+)-----[\s\S]*?-----END \1-----/g;

/** A PEM text that is not what it claims: which block, and what Node's parser said. */
export class PemError extends Error {
  constructor(
    readonly block: number,
    readonly detail: string,
  ) {
    super(`PEM block ${block}: ${detail}`);
    this.name = 'PemError';
  }
}

/**
 * Every certificate in a PEM text, in order, each parsed by Node's X.509 parser. A block that does not
 * parse, or that is not a certificate, is an error, not something to skip: a CA file with one broken
 * certificate would otherwise blame every server for an unknown authority.
 */
export function parsePemCertificates(pem: string): X509Certificate[] {
  const blocks = [...pem.matchAll(BLOCK)];
  return blocks.map((match, index) => {
    if (match[1] !== 'CERTIFICATE') throw new PemError(index + 1, `a ${match[1]} block, not a CERTIFICATE`);
    try {
      return new X509Certificate(match[0]);
    } catch (error) {
      throw new PemError(index + 1, (error as Error).message);
    }
  });
}
