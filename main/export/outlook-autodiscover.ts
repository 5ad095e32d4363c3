import type { Security } from '../../shared/model/server';
import { failWith } from '../errors/mail-setup-error';
import type { AccountSettings, ServerSettings } from './account-settings';
import type { ExportFile } from './export-file';
import type { FormatContext } from './format-context';
import { trustedCertificateNote } from './trusted-certificate-note';
import { xmlComment, xmlDocument } from './xml-document';

const TYPE = { imap: 'IMAP', pop3: 'POP3', smtp: 'SMTP' } as const;
// Encryption overrides SSL where Outlook reads it; both are written so older versions agree.
const ENCRYPTION: Record<Security, string> = { tls: 'SSL', starttls: 'TLS', plain: 'None' };

function protocol(s: ServerSettings): Record<string, unknown> {
  return {
    Type: TYPE[s.protocol],
    Server: s.host,
    Port: s.port,
    // No LoginName: Outlook then logs in with the address the person typed, which is right for every user of the
    // domain only when the servers take the full address (see loginIsAddress and the note buildExport adds).
    DomainRequired: 'off',
    // SPA defaults to on when absent, which makes Outlook try NTLM: always say off for password logins.
    SPA: 'off',
    SSL: s.security === 'plain' ? 'off' : 'on',
    Encryption: ENCRYPTION[s.security],
    AuthRequired: 'on',
    ...(s.protocol === 'smtp' ? { UsePOPAuth: 'on', SMTPLast: 'off' } : {}),
  };
}

/** Whether every server takes the full address as the login name, the one name a static answer can give everyone. */
export function loginIsAddress(settings: AccountSettings): boolean {
  return [...settings.incoming, ...settings.outgoing].every(
    (s) => s.username === '%EMAILADDRESS%' || s.username === settings.email?.address,
  );
}

/**
 * An Exchange Autodiscover POX response (autodiscover.xml) naming the IMAP/POP3 and SMTP servers, for a web server at
 * https://autodiscover.<domain>/autodiscover/autodiscover.xml to return to Outlook's POST. The same file answers
 * every user of the domain, so it never holds anything personal — no login name, no display name — even when it is
 * made from one person's settings: a personal answer on a web server would hand that person's login name to
 * everyone else. Accounts that sign in with their provider are found by Outlook itself, so there is no answer to give.
 */
export function outlookAutodiscover(settings: AccountSettings, { t }: FormatContext): ExportFile {
  if (settings.signIn)
    throw failWith('EINPUT', { key: 'export:refused.outlook-sign-in', params: { provider: settings.signIn.providerName } });
  const servers = [...settings.incoming, ...settings.outgoing];
  // For the administrator who publishes it: what Outlook will ask about a certificate the person chose to trust.
  const comments = settings.trustedCertificates.map((c) => xmlComment(t.render(trustedCertificateNote(c, 'Outlook'))));
  const content = xmlDocument({
    ...(comments.length > 0 ? { '#comment': comments } : {}),
    Autodiscover: {
      '@xmlns': 'http://schemas.microsoft.com/exchange/autodiscover/responseschema/2006',
      Response: {
        '@xmlns': 'http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a',
        Account: {
          AccountType: 'email',
          Action: 'settings',
          Protocol: servers.map(protocol),
        },
      },
    },
  });
  return { name: 'autodiscover.xml', content, mime: 'application/xml', secret: false };
}
