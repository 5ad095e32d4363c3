import { v5 as uuidv5 } from 'uuid';
import { createHash } from 'node:crypto';

// A fixed namespace for Mail Setup's name-based UUIDs (RFC 4122 version 5).
const NAMESPACE = 'a6f0e1f2-3c4d-5b6a-8c9d-0e1f2a3b4c5d';

/** The same input always gives the same UUID, so a re-installed profile replaces the old one. */
export function stableUuid(...parts: string[]): string {
  return uuidv5(parts.join('\u0000'), NAMESPACE).toUpperCase();
}

/** A reverse-DNS identifier that stays the same for the same account. */
export function stableIdentifier(domain: string, who: string): string {
  const reversed = domain
    .split('.')
    .reverse()
    .join('.')
    .replace(/[^a-z0-9.-]/gi, '-');
  const tag = createHash('sha256').update(who).digest('hex').slice(0, 12);
  return `org.mailsetup.${reversed}.${tag}`;
}
