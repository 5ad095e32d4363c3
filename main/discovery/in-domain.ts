import type * as Tldts from 'tldts';

let tldts: typeof Tldts | undefined;
/**
 * tldts builds its public-suffix list as it loads (about 10 ms): loaded on first use, not when the command line
 * starts; a discovery run loads it while it waits for its first DNS answers (engine/warm-up.ts).
 */
function publicSuffixes(): typeof Tldts {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (tldts ??= require('tldts') as typeof Tldts);
}

/** The registrable domain ("example.co.uk" for "mx1.mail.example.co.uk"), or the host itself. */
export function baseDomain(host: string): string {
  const h = host.toLowerCase().replace(/\.$/, '');
  // Test and private TLDs are not in the public suffix list; treat their last two labels as the domain.
  return publicSuffixes().getDomain(h, { allowPrivateDomains: true }) ?? h.split('.').slice(-2).join('.');
}

/** True when host is the domain itself or one of its subdomains. */
export function isWithinDomain(host: string, domain: string): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  return h === domain || h.endsWith(`.${domain}`);
}
