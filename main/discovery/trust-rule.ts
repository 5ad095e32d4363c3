import type { Trust } from '../../shared/model/trust';
import { baseDomain } from './in-domain';
import { isKnownProviderHost } from './provider-table';

/**
 * Who vouches for a server name, whatever source found it:
 * - "own-domain": a document the address's own domain served over verified HTTPS, every hop of the way inside
 *   that (registrable) domain (its autoconfig file, its Autodiscover answer);
 * - "curated": data about the address's own domain from a curated list: the app's provider table, the ISPDB
 *   (its bundled snapshot, or the live service over HTTPS);
 * - "srv": the domain's own SRV record (RFC 6186), DNS that is not authenticated;
 * - "dns": a host DNS merely leads to (the MX host, a guessed name);
 * - "elsewhere": another domain's word: the ISPDB entry of the MX's domain, an HTTPS redirect to another
 *   domain's file, an Autodiscover SRV target in another domain;
 * - "plain-http": anything fetched without TLS on some hop.
 */
export type Voucher = 'own-domain' | 'curated' | 'srv' | 'dns' | 'elsewhere' | 'plain-http';

/** Whether a host belongs to the same registrable domain as the address (mx.example.com for a@mail.example.com): the same owner. */
export function ownedByDomain(host: string, domain: string): boolean {
  return baseDomain(host) === baseDomain(domain);
}

/**
 * The one trust rule for every source. A server name the address's own domain or a curated list vouches for is
 * trusted. A name reached through anything else — DNS answers (which anyone on the path can forge), another
 * domain's documents, plain HTTP — is trusted only when it lies inside the address's own domain (then it is
 * that domain's server, and TLS checks it), or when it is one of the big providers' servers the app itself
 * lists; any other host gets the password only with the person's consent.
 */
export function trustFor(host: string, domain: string, voucher: Voucher): Trust {
  switch (voucher) {
    case 'own-domain':
    case 'curated':
      return 'trusted';
    case 'plain-http':
      return 'untrusted';
    case 'srv':
      return ownedByDomain(host, domain) || isKnownProviderHost(host) ? 'trusted' : 'untrusted';
    case 'dns':
    case 'elsewhere':
      if (isKnownProviderHost(host)) return 'trusted';
      return ownedByDomain(host, domain) ? 'domain' : 'untrusted';
  }
}

/** Who vouches for a document fetched for the address's domain, from the URLs of every hop and whether all were HTTPS. */
export function documentVoucher(urls: readonly string[], secure: boolean, domain: string): Voucher {
  if (!secure) return 'plain-http';
  return urls.every((url) => ownedByDomain(new URL(url).hostname, domain)) ? 'own-domain' : 'elsewhere';
}
