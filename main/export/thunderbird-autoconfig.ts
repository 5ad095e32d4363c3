import type { Security } from '../../shared/model/server';
import type { AccountSettings, ServerSettings } from './account-settings';
import type { ExportFile } from './export-file';
import type { FormatContext } from './format-context';
import { trustedCertificateNote } from './trusted-certificate-note';
import { xmlComment, xmlDocument } from './xml-document';

const SOCKET_TYPE: Record<Security, string> = { tls: 'SSL', starttls: 'STARTTLS', plain: 'plain' };

function server(s: ServerSettings, password?: string): Record<string, unknown> {
  return {
    '@type': s.protocol,
    hostname: s.host,
    port: s.port,
    socketType: SOCKET_TYPE[s.security],
    authentication: s.authentication === 'oauth2' ? 'OAuth2' : 'password-cleartext',
    username: s.username,
    ...(password !== undefined ? { password } : {}),
  };
}

/**
 * Thunderbird's clientConfig 1.1 named for the domain's web server (config-v1.1.xml), where Thunderbird
 * fetches it from https://autoconfig.<domain>/mail/; thunderbird-isp-file.ts names the same document for
 * the installation's isp folder. Placeholders keep it usable for every user of the domain.
 */
export function thunderbirdAutoconfig(settings: AccountSettings, { t }: FormatContext): ExportFile {
  const incoming = settings.incoming.map((s) => server(s, settings.password));
  const outgoing = settings.outgoing.map((s) => server(s, settings.password));
  // A certificate the person chose to trust cannot be carried here; a comment (readFromXML skips comments) tells the
  // administrator who publishes the file what Thunderbird will ask about.
  const comments = settings.trustedCertificates.map((c) => xmlComment(t.render(trustedCertificateNote(c, 'Thunderbird'))));
  const content = xmlDocument({
    clientConfig: {
      ...(comments.length > 0 ? { '#comment': comments } : {}),
      '@version': '1.1',
      emailProvider: {
        '@id': settings.domain,
        domain: settings.domain,
        displayName: settings.label,
        displayShortName: settings.label,
        incomingServer: incoming,
        outgoingServer: outgoing,
      },
    },
  });
  return { name: 'config-v1.1.xml', content, mime: 'application/xml', secret: settings.password !== undefined };
}
