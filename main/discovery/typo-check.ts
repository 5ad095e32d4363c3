import { suggestDomain } from '../../shared/email/domain-suggestion';
import type { IspdbSnapshot } from './ispdb-snapshot';
import { allProviders } from './provider-table';

/**
 * Widely used mail domains outside the provider table: the targets a slip most often misses. Facts (domain
 * names) only; a domain listed here or in the table is never itself taken for a typo.
 */
const POPULAR_DOMAINS = [
  'mail.com',
  'email.com',
  'att.net',
  'sbcglobal.net',
  'verizon.net',
  'cox.net',
  'charter.net',
  'bellsouth.net',
  'btinternet.com',
  'virginmedia.com',
  'sky.com',
  'talktalk.net',
  'shaw.ca',
  'rogers.com',
  'sympatico.ca',
  'bigpond.com',
  'optusnet.com.au',
  't-online.de',
  'freenet.de',
  'arcor.de',
  'orange.fr',
  'wanadoo.fr',
  'laposte.net',
  'free.fr',
  'sfr.fr',
  'libero.it',
  'virgilio.it',
  'tiscali.it',
  'seznam.cz',
  'interia.pl',
  'rambler.ru',
  'naver.com',
  'hanmail.net',
  'rediffmail.com',
  'uol.com.br',
  'terra.com.br',
  'tutanota.com',
  'tuta.io',
  'outlook.es',
  'outlook.it',
  'hotmail.es',
];

let targets: string[] | undefined;

/** Every domain a suggestion may point to: the provider table's, then the popular ones. */
function knownTargets(): string[] {
  targets ??= [...new Set([...allProviders().flatMap((p) => p.domains), ...POPULAR_DOMAINS])];
  return targets;
}

/**
 * The well-known domain an address's domain is likely a slip of ("gmial.com" → "gmail.com", "gmail.con" →
 * "gmail.com"), or undefined. A domain the provider table or the ISPDB snapshot lists is a real mail domain,
 * never a typo, however close it is to another (mail.com and gmail.com).
 */
export function likelyTypo(domain: string, snapshot?: IspdbSnapshot): string | undefined {
  if (snapshot?.forDomain(domain)) return undefined;
  return suggestDomain(domain, knownTargets());
}
