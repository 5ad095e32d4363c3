import type { Message } from '../../shared/model/message';
import type { Protocol, Security } from '../../shared/model/server';
import type { Trust } from '../../shared/model/trust';
import { failWith, reason } from '../errors/mail-setup-error';
import type { CandidateSpec } from './candidate';
import { child, children, parseUntrustedXml, text } from './safe-xml';
import { isValidHostName, isValidPort } from '../../shared/model/valid-endpoint';

const PROTOCOLS: Record<string, Protocol> = { IMAP: 'imap', POP3: 'pop3', SMTP: 'smtp' };
const IMPLICIT_TLS_PORTS = new Set([993, 995, 465]);

/** Outlook's POX: <Encryption> wins; otherwise SSL=on means implicit TLS on the TLS ports, STARTTLS elsewhere. */
function securityOf(port: number, ssl?: string, encryption?: string): Security {
  switch ((encryption ?? '').toLowerCase()) {
    case 'ssl':
      return 'tls';
    case 'tls':
      return 'starttls';
    case 'none':
      return 'plain';
    case 'auto':
      return IMPLICIT_TLS_PORTS.has(port) ? 'tls' : 'starttls';
    default:
      if ((ssl ?? 'on').toLowerCase() === 'off') return 'plain';
      return IMPLICIT_TLS_PORTS.has(port) ? 'tls' : 'starttls';
  }
}

export interface ParsedAutodiscover {
  candidates: CandidateSpec[];
  skipped: Message[];
  /** Set when the server answered with a redirect to another address instead of settings. */
  redirectAddress?: string;
}

/** Reads an Exchange Autodiscover POX response for its IMAP, POP3 and SMTP protocol entries. */
export function parseAutodiscover(xml: string, sourceDetail: string, trust: Trust): ParsedAutodiscover {
  const doc = parseUntrustedXml(xml, ['Protocol']);
  const account = child(child(child(doc, 'Autodiscover'), 'Response'), 'Account');
  if (!account) throw failWith('EXML', reason('not-autodiscover'));
  const result: ParsedAutodiscover = { candidates: [], skipped: [] };
  if ((text(account, 'Action') ?? '').toLowerCase() === 'redirectaddr') result.redirectAddress = text(account, 'RedirectAddr');
  for (const entry of children(account, 'Protocol')) {
    const type = (text(entry, 'Type') ?? '').toUpperCase();
    const protocol = PROTOCOLS[type];
    if (!protocol) continue; // EXCH, EXPR, WEB: Exchange's own protocols, not ours
    const host = (text(entry, 'Server') ?? '').toLowerCase();
    const port = Number(text(entry, 'Port') ?? (protocol === 'imap' ? 993 : protocol === 'pop3' ? 995 : 587));
    if (!isValidHostName(host) || !isValidPort(port)) {
      result.skipped.push({ key: 'source:skipped.invalid-autodiscover', params: { type } });
      continue;
    }
    const security = securityOf(port, text(entry, 'SSL'), text(entry, 'Encryption'));
    const login = text(entry, 'LoginName');
    result.candidates.push({
      protocol,
      host,
      port,
      security,
      username: login || '%EMAILADDRESS%',
      ...(login ? { usernameStated: true } : {}),
      source: 'autodiscover',
      sourceDetail,
      trust,
    });
  }
  return result;
}
