/** "IMAP imap.example.com:993": protocol names are the same in every language. */
export function serverName(s: { protocol: string; host: string; port: number }): string {
  return `${s.protocol.toUpperCase()} ${s.host}:${s.port}`;
}
