import { createTranslator } from '../../shared/messages/translator';
import type { Protocol } from '../../shared/model/server';
import { DOMAIN_PLACEHOLDER, type SnapshotProvider, type SnapshotServer } from './ispdb-snapshot';
import { parseAutoconfig } from './parse-autoconfig';
import { child, children, parseUntrustedXml, text, type XmlNode } from './safe-xml';
import { isValidHostName } from '../../shared/model/valid-endpoint';

// parseAutoconfig fills %EMAILDOMAIN% in host names and then checks them; a name under the reserved
// .invalid top-level domain passes that check and can never be a real host, so it is safely turned back
// into the placeholder afterwards.
const STAND_IN = 'emaildomain.invalid';
const PROTOCOL_ORDER: Protocol[] = ['imap', 'pop3', 'smtp'];

export type IspdbEntry = { ok: true; provider: SnapshotProvider; notes: string[] } | { ok: false; reason: string; notes: string[] };

/** Text of an element the parser gave as a string, a number or an object with attributes. */
function elementText(value: unknown): string {
  if (typeof value === 'string' || typeof value === 'number') return String(value).trim();
  if (value && typeof value === 'object' && '#text' in value) return String((value as XmlNode)['#text']).trim();
  return '';
}

function toTemplate(host: string): string {
  if (host === STAND_IN) return DOMAIN_PLACEHOLDER;
  return host.endsWith(`.${STAND_IN}`) ? `${host.slice(0, -STAND_IN.length)}${DOMAIN_PLACEHOLDER}` : host;
}

const serverKey = (protocol: string, host: string, port: number) => `${protocol}|${host}|${port}`;

/**
 * Reads one ISPDB clientConfig file into a snapshot entry: facts only (domains, servers, authentication
 * methods, username templates, display name, the OAuth2-only marker). Servers are read by the same
 * parser and checks as a live ISPDB answer, so the snapshot never holds what a lookup would refuse.
 */
export function readIspdbEntry(xml: string, id: string): IspdbEntry {
  let parsed;
  let provider: XmlNode | undefined;
  try {
    parsed = parseAutoconfig(xml, STAND_IN, 'ispdb', id, 'trusted');
    const doc = parseUntrustedXml(xml, ['emailProvider', 'incomingServer', 'outgoingServer', 'authentication', 'domain']);
    provider = children(child(doc, 'clientConfig'), 'emailProvider')[0];
  } catch (error) {
    return { ok: false, reason: (error as Error).message, notes: [] };
  }
  if (!provider) return { ok: false, reason: 'no emailProvider element', notes: [] };
  // The refresh script's report is for the developer who runs it: English.
  const notes = parsed.skipped.map((skipped) => createTranslator('en').render(skipped));

  const domains = new Set<string>();
  for (const raw of (provider.domain as unknown[] | undefined) ?? []) {
    const domain = elementText(raw).toLowerCase().replace(/\.$/, '');
    if (isValidHostName(domain)) domains.add(domain);
    else notes.push(`domain "${domain}" is not a valid domain name`);
  }
  if (domains.size === 0) return { ok: false, reason: 'lists no valid domain', notes };

  // Authentication methods per server, keyed the way parseAutoconfig reads host and port.
  const auth = new Map<string, string[]>();
  for (const server of [...children(provider, 'incomingServer'), ...children(provider, 'outgoingServer')]) {
    const protocol = String(server['@type'] ?? '').toLowerCase();
    const host = (text(server, 'hostname') ?? '').replace(/%EMAILDOMAIN%/g, STAND_IN).toLowerCase();
    const key = serverKey(protocol, host, Number(text(server, 'port')));
    const methods = ((server.authentication as unknown[] | undefined) ?? []).map(elementText).filter((m) => m !== '');
    auth.set(key, [...new Set([...(auth.get(key) ?? []), ...methods])]);
  }

  const servers = new Map<string, SnapshotServer>();
  for (const c of parsed.candidates) {
    const key = `${serverKey(c.protocol, c.host, c.port)}|${c.security}`;
    if (servers.has(key)) continue;
    servers.set(key, [
      c.protocol,
      toTemplate(c.host),
      c.port,
      c.security,
      c.username.trim(),
      auth.get(serverKey(c.protocol, c.host, c.port)) ?? [],
    ]);
  }
  if (servers.size === 0) return { ok: false, reason: 'names no usable IMAP, POP3 or SMTP server', notes };
  // Protocols in a fixed order; within one, the file's own order, which is the provider's preference.
  const ordered = [...servers.values()].sort((a, b) => PROTOCOL_ORDER.indexOf(a[0]) - PROTOCOL_ORDER.indexOf(b[0]));

  const name = (parsed.displayName ?? text(provider, 'displayShortName') ?? id).replace(/\s+/g, ' ').trim() || id;
  const entry: SnapshotProvider = { id, name, domains: [...domains].sort(), servers: ordered };
  if (parsed.passwordNote === 'oauth2-only') entry.passwordNote = 'oauth2-only';
  return { ok: true, provider: entry, notes };
}
