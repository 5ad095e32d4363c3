import type { Protocol, Security } from '../discovery/candidate';

export const PROTOCOL_NAMES: Record<Protocol, string> = { imap: 'IMAP', pop3: 'POP3', smtp: 'SMTP' };
export const SECURITY_NAMES: Record<Security, string> = { tls: 'TLS', starttls: 'STARTTLS', plain: 'none (unencrypted)' };

/** "IMAP imap.example.com:993 TLS" */
export function serverLabel(s: { protocol: Protocol; host: string; port: number; security: Security }): string {
  return `${PROTOCOL_NAMES[s.protocol]} ${s.host}:${s.port} ${s.security === 'plain' ? 'plain' : SECURITY_NAMES[s.security]}`;
}
