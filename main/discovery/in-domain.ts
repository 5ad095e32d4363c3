import { getDomain } from 'tldts';

/** The registrable domain ("example.co.uk" for "mx1.mail.example.co.uk"), or the host itself. */
export function baseDomain(host: string): string {
  const h = host.toLowerCase().replace(/\.$/, '');
  // Test and private TLDs are not in the public suffix list; treat their last two labels as the domain.
  return getDomain(h, { allowPrivateDomains: true }) ?? h.split('.').slice(-2).join('.');
}

/** True when host is the domain itself or one of its subdomains. */
export function isWithinDomain(host: string, domain: string): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  return h === domain || h.endsWith(`.${domain}`);
}
