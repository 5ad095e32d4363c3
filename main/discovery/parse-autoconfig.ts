import type { Message } from '../../shared/model/message';
import type { PasswordNote } from '../../shared/model/provider';
import type { Protocol, Security } from '../../shared/model/server';
import type { SourceKind } from '../../shared/model/sources';
import type { Trust } from '../../shared/model/trust';
import { failWith, reason } from '../errors/mail-setup-error';
import type { CandidateSpec } from './candidate';
import { child, children, parseUntrustedXml, text } from './safe-xml';
import { isValidHostName, isValidPort } from '../../shared/model/valid-endpoint';
import { authenticationMethods, readAutoconfigOAuth, type AutoconfigOAuth } from './autoconfig-oauth';

const SOCKET_TYPES: Record<string, Security> = { SSL: 'tls', STARTTLS: 'starttls', PLAIN: 'plain' };
const PROTOCOLS: Record<string, Protocol> = { imap: 'imap', pop3: 'pop3', smtp: 'smtp' };

export interface ParsedConfig {
  candidates: CandidateSpec[];
  /** Entries that were skipped, and why. */
  skipped: Message[];
  displayName?: string;
  passwordNote?: PasswordNote;
  /** Servers that take OAuth2 and the <oAuth2> element (authorization server, scopes, client ID). */
  oauth?: AutoconfigOAuth;
}

/**
 * Reads a Thunderbird clientConfig (config-v1.1.xml) document, from a domain, the ISPDB or a local file.
 * %EMAILDOMAIN% in host names is filled in; username placeholders stay templates.
 */
export function parseAutoconfig(xml: string, domain: string, source: SourceKind, sourceDetail: string, trust: Trust): ParsedConfig {
  const doc = parseUntrustedXml(xml, ['emailProvider', 'incomingServer', 'outgoingServer', 'authentication', 'domain']);
  const root = child(doc, 'clientConfig');
  const provider = root ? children(root, 'emailProvider')[0] : undefined;
  if (!provider) throw failWith('EXML', reason('not-clientconfig'));
  const result: ParsedConfig = { candidates: [], skipped: [], displayName: text(provider, 'displayName') };
  const servers = [...children(provider, 'incomingServer'), ...children(provider, 'outgoingServer')];
  let oauthOnly = servers.length > 0;
  for (const server of servers) {
    const protocol = PROTOCOLS[String(server['@type'] ?? '').toLowerCase()];
    const host = (text(server, 'hostname') ?? '').replace(/%EMAILDOMAIN%/g, domain).toLowerCase();
    const port = Number(text(server, 'port'));
    const security = SOCKET_TYPES[(text(server, 'socketType') ?? '').toUpperCase()];
    const methods = authenticationMethods(server);
    if (!methods.some((m) => /^OAuth2$/i.test(m)) || methods.some((m) => /password/i.test(m))) oauthOnly = false;
    if (!protocol) {
      result.skipped.push({ key: 'source:skipped.not-mail', params: { type: String(server['@type'] ?? '').slice(0, 40) } });
      continue;
    }
    if (!isValidHostName(host) || !isValidPort(port) || !security) {
      result.skipped.push({ key: 'source:skipped.invalid-autoconfig', params: { protocol: protocol.toUpperCase() } });
      continue;
    }
    result.candidates.push({
      protocol,
      host,
      port,
      security,
      username: text(server, 'username') ?? '%EMAILADDRESS%',
      ...(text(server, 'username') !== undefined ? { usernameStated: true } : {}),
      source,
      sourceDetail,
      trust,
    });
  }
  if (oauthOnly) result.passwordNote = 'oauth2-only';
  const oauth = readAutoconfigOAuth(root!, provider, domain);
  if (oauth) result.oauth = oauth;
  return result;
}
