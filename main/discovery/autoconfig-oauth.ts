import type { Protocol, Security } from './candidate';
import { child, children, text, type XmlNode } from './safe-xml';
import { isValidHostName, isValidPort } from './valid-endpoint';

/**
 * What an autoconfig file says about signing in (draft-ietf-mailmaint-autoconfig): which servers take OAuth2
 * ("<authentication>OAuth2</authentication>", or "OAuth" as the draft's TCP section spells it) and the
 * <oAuth2> element with the authorization server, scopes and an optional client ID that any mail app may use.
 */
export interface AutoconfigOAuth {
  /** The issuer as written (the draft writes a host name, e.g. "login.example.com"). */
  issuer?: string;
  authUrl?: string;
  tokenUrl?: string;
  scopes: string[];
  /** A client ID the provider offers to every mail app (e.g. "open"); never a secret we rely on. */
  clientId?: string;
  /** Servers that list OAuth2 among their authentication methods, in the file's order. */
  servers: { protocol: Protocol; host: string; port: number; security: Security; oauthFirst: boolean }[];
  /** Every server takes only OAuth2 (no password method listed). */
  oauthOnly: boolean;
}

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
