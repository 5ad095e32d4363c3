import { createHash, randomBytes } from 'node:crypto';

export interface Pkce {
  verifier: string;
  challenge: string;
  method: 'S256';
}

/** RFC 7636: a 43-character verifier from 32 random bytes, and its S256 challenge (base64url of its SHA-256). */
export function createPkce(): Pkce {
  const verifier = randomBytes(32).toString('base64url');
  const challenge = createHash('sha256').update(verifier).digest('base64url');
  return { verifier, challenge, method: 'S256' };
}

/** An unguessable value for the "state" parameter (RFC 6749 section 10.12). */
export function randomState(): string {
  return randomBytes(24).toString('base64url');
}
