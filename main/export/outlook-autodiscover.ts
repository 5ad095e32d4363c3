import type { Security } from '../../shared/model/server';
import type { AccountSettings, ServerSettings } from './account-settings';
import { usernameFor } from './account-settings';
import type { ExportFile } from './export-file';
import { xmlDocument } from './xml-document';

const TYPE = { imap: 'IMAP', pop3: 'POP3', smtp: 'SMTP' } as const;
// Encryption overrides SSL where Outlook reads it; both are written so older versions agree.
const ENCRYPTION: Record<Security, string> = { tls: 'SSL', starttls: 'TLS', plain: 'None' };

function protocol(settings: AccountSettings, s: ServerSettings): Record<string, unknown> {
  const login = usernameFor(settings, s);
  return {
    Type: TYPE[s.protocol],
    Server: s.host,
    Port: s.port,
    ...(login ? { LoginName: login } : {}),
    DomainRequired: 'off',
    // SPA defaults to on when absent, which makes Outlook try NTLM: always say off for password logins.
    SPA: 'off',
    SSL: s.security === 'plain' ? 'off' : 'on',
    Encryption: ENCRYPTION[s.security],
    AuthRequired: 'on',
    ...(s.protocol === 'smtp' ? { UsePOPAuth: 'on', SMTPLast: 'off' } : {}),
  };
}

/**
 * An Exchange Autodiscover POX response (autodiscover.xml) naming the IMAP/POP3 and SMTP servers, for a
 * web server at https://autodiscover.<domain>/autodiscover/autodiscover.xml to return to Outlook's POST.
 * A personal file also serves Outlook's local-XML route (PreferLocalXML).
 */
export function outlookAutodiscover(settings: AccountSettings): ExportFile {
  const servers = [...settings.incoming, ...settings.outgoing];
  const content = xmlDocument({
    Autodiscover: {
      '@xmlns': 'http://schemas.microsoft.com/exchange/autodiscover/responseschema/2006',
      Response: {
        '@xmlns': 'http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a',
        ...(settings.displayName ? { User: { DisplayName: settings.displayName } } : {}),
        Account: {
          AccountType: 'email',
          Action: 'settings',
          Protocol: servers.map((s) => protocol(settings, s)),
        },
      },
    },
  });
  return { name: 'autodiscover.xml', content, mime: 'application/xml', secret: false };
}
