/** The mail protocols Mail Setup finds and proves; IMAP first, as it ranks. */
export const PROTOCOLS = ['imap', 'pop3', 'smtp'] as const;
export type Protocol = (typeof PROTOCOLS)[number];

/** Security modes, safest first (this order also ranks them): implicit TLS, STARTTLS, none. */
export const SECURITY_MODES = ['tls', 'starttls', 'plain'] as const;
export type Security = (typeof SECURITY_MODES)[number];

/** Where a server is: what a connection needs before any conversation. */
export interface Endpoint {
  protocol: Protocol;
  host: string;
  port: number;
  security: Security;
}

/** The settings of one server, as the CLI's JSON and every export describe it. */
export interface Server extends Endpoint {
  username: string;
  verified: boolean;
}

export function isIncoming(protocol: Protocol): boolean {
  return protocol !== 'smtp';
}

/** One key per server and security mode, whatever the case of the host name. */
export function endpointKey(endpoint: Endpoint): string {
  return `${endpoint.protocol}://${endpoint.host.toLowerCase()}:${endpoint.port}/${endpoint.security}`;
}

/** "IMAP imap.example.com:993": protocol names are the same in every language. */
export function serverName(s: { protocol: Protocol; host: string; port: number }): string {
  return `${s.protocol.toUpperCase()} ${s.host}:${s.port}`;
}
