/**
 * How far we trust a source to name the right server for an address, most trusted first:
 * - trusted: published by the domain or provider over an authenticated channel, or our own provider table;
 * - domain: a guess inside the address's own domain;
 * - untrusted: plain-HTTP lookups, and hosts outside the domain that DNS alone suggested.
 * The password goes to "untrusted" hosts only with the user's consent.
 */
export const TRUST_LEVELS = ['trusted', 'domain', 'untrusted'] as const;
export type Trust = (typeof TRUST_LEVELS)[number];
