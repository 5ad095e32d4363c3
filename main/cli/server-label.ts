import type { Endpoint } from '../../shared/model/server';
import type { Translator } from '../../shared/messages/translator';

/** "IMAP imap.example.com:993 TLS" */
export function serverLabel(s: Endpoint, t: Translator): string {
  return t.t('cli:serverLabel', {
    protocol: s.protocol.toUpperCase(),
    host: s.host,
    port: s.port,
    security: { key: `cli:security.${s.security}` },
  });
}
