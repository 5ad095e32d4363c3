import { displayHost } from './idn';

export interface EmailAddress {
  /** As typed, trimmed. */
  original: string;
  localPart: string;
  /** The domain in ASCII (punycode for IDN), lower-case: what DNS and TLS use. */
  domain: string;
  /** The domain for display, in Unicode. */
  domainUnicode: string;
  /** local@ascii-domain: the form servers see. */
  address: string;
}

/** Why an address was refused; the catalog (namespace "email") words each for a person. */
export const EMAIL_PROBLEMS = ['empty', 'no-at', 'no-local', 'two-at', 'bad-local', 'no-domain', 'bad-domain', 'too-long'] as const;
export type EmailProblem = (typeof EMAIL_PROBLEMS)[number];

export type ParsedEmail = { ok: true; email: EmailAddress } | { ok: false; problem: EmailProblem };

// RFC 5321 limits; longer addresses cannot be delivered anyway.
const MAX_LOCAL_LENGTH = 64;
const MAX_ADDRESS_LENGTH = 254;
// Dot-atom local parts plus UTF-8 letters (RFC 6531). Quoted local parts are left out on purpose:
// no mail client setup screen accepts them and they are a common source of confusion.
const LOCAL_PART = /^[\p{L}\p{N}!#$%&'*+/=?^_`{|}~-]+(\.[\p{L}\p{N}!#$%&'*+/=?^_`{|}~-]+)*$/u;
const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

/**
 * IDN to ASCII through the WHATWG URL parser, which Node and browsers share, so this module also runs
 * in the renderer to check an address as it is typed.
 * Pure: shared by the engine and the wizard.
 */
function toAscii(domain: string): string {
  if (/[\s/\\?#@:%[\]]/.test(domain)) return '';
  try {
    return new URL(`http://${domain}`).hostname;
  } catch {
    return '';
  }
}

/** Validates an address and returns its parts, or the problem a novice can act on. */
export function parseEmail(input: string): ParsedEmail {
  const original = input.trim();
  if (original === '') return { ok: false, problem: 'empty' };
  const at = original.lastIndexOf('@');
  if (at < 0) return { ok: false, problem: 'no-at' };
  const localPart = original.slice(0, at);
  const rawDomain = original.slice(at + 1).replace(/\.$/, '');
  if (localPart === '') return { ok: false, problem: 'no-local' };
  if (localPart.includes('@')) return { ok: false, problem: 'two-at' };
  if (localPart.length > MAX_LOCAL_LENGTH || !LOCAL_PART.test(localPart)) {
    return { ok: false, problem: 'bad-local' };
  }
  if (rawDomain === '') return { ok: false, problem: 'no-domain' };
  const domain = toAscii(rawDomain.toLowerCase().normalize('NFC'));
  if (domain === '') return { ok: false, problem: 'bad-domain' };
  const labels = domain.split('.');
  if (labels.length < 2 || !labels.every((label) => LABEL.test(label))) {
    return { ok: false, problem: 'bad-domain' };
  }
  const address = `${localPart}@${domain}`;
  if (address.length > MAX_ADDRESS_LENGTH) return { ok: false, problem: 'too-long' };
  // Shown in Unicode however it was typed: "xn--bcher-kva.example" reads as "bücher.example".
  const domainUnicode = displayHost(domain);
  return { ok: true, email: { original, localPart, domain, domainUnicode, address } };
}
