import type { AutoconfigOAuth } from '../../shared/model/mailbox-facts';
import type { Protocol, Security } from '../../shared/model/server';
import { isValidHostName, isValidPort } from '../../shared/model/valid-endpoint';
import { child, children, text, type XmlNode } from './safe-xml';

export type { AutoconfigOAuth };

const SOCKET_TYPES: Record<string, Security> = { SSL: 'tls', STARTTLS: 'starttls', PLAIN: 'plain' };
const PROTOCOLS: Record<string, Protocol> = { imap: 'imap', pop3: 'pop3', smtp: 'smtp' };
const isOAuth = (method: string) => /^OAuth2?$/i.test(method.trim());

/** The <authentication> values of a server section, in order (the first is the provider's preference). */
export function authenticationMethods(server: XmlNode): string[] {
  return ((server.authentication as unknown[] | undefined) ?? []).map((a) =>
    String(typeof a === 'object' && a ? ((a as Record<string, unknown>)['#text'] ?? '') : a),
  );
}

/**
 * Reads the sign-in parts of a parsed clientConfig. The <oAuth2> element belongs to <clientConfig> in the draft;
 * files written for older clients put it inside <emailProvider>, which is read too.
 */
export function readAutoconfigOAuth(root: XmlNode, provider: XmlNode, domain: string): AutoconfigOAuth | undefined {
  const servers: AutoconfigOAuth['servers'] = [];
  const sections = [...children(provider, 'incomingServer'), ...children(provider, 'outgoingServer')];
  let allOAuthOnly = sections.length > 0;
  for (const server of sections) {
    const methods = authenticationMethods(server);
    const oauth = methods.some(isOAuth);
    if (!oauth || methods.some((m) => !isOAuth(m) && /password/i.test(m))) allOAuthOnly = false;
    if (!oauth) continue;
    const protocol = PROTOCOLS[String(server['@type'] ?? '').toLowerCase()];
    const host = (text(server, 'hostname') ?? '').replace(/%EMAILDOMAIN%/g, domain).toLowerCase();
    const port = Number(text(server, 'port'));
    const security = SOCKET_TYPES[(text(server, 'socketType') ?? '').toUpperCase()];
    if (!protocol || !isValidHostName(host) || !isValidPort(port) || !security) continue;
    servers.push({ protocol, host, port, security, oauthFirst: isOAuth(methods[0] ?? '') });
  }
  const element = child(root, 'oAuth2') ?? child(provider, 'oAuth2');
  if (servers.length === 0 && !element) return undefined;
  const value = (key: string) => {
    const v = text(element, key)?.trim();
    return v ? v.replace(/%EMAILDOMAIN%/g, domain) : undefined;
  };
  const issuer = value('issuer');
  const authUrl = value('authURL');
  const tokenUrl = value('tokenURL');
  const clientId = value('clientID');
  return {
    ...(issuer ? { issuer } : {}),
    ...(authUrl ? { authUrl } : {}),
    ...(tokenUrl ? { tokenUrl } : {}),
    scopes: (value('scope') ?? '').split(/\s+/).filter(Boolean),
    ...(clientId ? { clientId } : {}),
    servers,
    oauthOnly: allOAuthOnly,
  };
}
