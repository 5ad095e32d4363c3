import type { Protocol, Security } from '../../shared/model/server';

/** The RFC 6186 / RFC 8314 service labels, implicit TLS first: read by discovery, written by the DNS export. */
export const SRV_SERVICES: readonly [label: string, protocol: Protocol, security: Security][] = [
  ['_imaps._tcp', 'imap', 'tls'],
  ['_imap._tcp', 'imap', 'starttls'],
  ['_pop3s._tcp', 'pop3', 'tls'],
  ['_pop3._tcp', 'pop3', 'starttls'],
  ['_submissions._tcp', 'smtp', 'tls'],
  ['_submission._tcp', 'smtp', 'starttls'],
];
