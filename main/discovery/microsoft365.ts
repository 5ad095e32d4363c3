import type { Microsoft365Fact } from '../../shared/model/mailbox-facts';

/** Microsoft's own Autodiscover service; a test world (or a sovereign cloud) names another. */
export const MICROSOFT_AUTODISCOVER_BASE = 'https://outlook.office365.com';

/** Host suffixes of Exchange Online (worldwide, US government, the 21Vianet cloud) and Outlook.com. */
const EXCHANGE_ONLINE_SUFFIXES = ['office365.com', 'outlook.com', 'office.com', 'office365.us', 'outlook.cn', 'partner.outlook.cn'];

export function isExchangeOnlineHost(host: string): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  return EXCHANGE_ONLINE_SUFFIXES.some((s) => h === s || h.endsWith(`.${s}`));
}

/** Autodiscover v2 (GET …/autodiscover/autodiscover.json?Email=…&Protocol=…): the URL for one protocol. */
export function autodiscoverV2Url(base: string, address: string, protocol: 'ActiveSync' | 'Ews' | 'AutodiscoverV1'): string {
  const url = new URL('/autodiscover/autodiscover.json', base);
  url.searchParams.set('Email', address);
  url.searchParams.set('Protocol', protocol);
  return url.href;
}

/** Reads an Autodiscover v2 answer: {"Protocol":"ActiveSync","Url":"https://…"}; anything else is no answer. */
export function readAutodiscoverV2(json: unknown): { protocol: string; url: string } | undefined {
  if (!json || typeof json !== 'object') return undefined;
  const { Protocol: protocol, Url: url } = json as Record<string, unknown>;
  if (typeof protocol !== 'string' || typeof url !== 'string') return undefined;
  try {
    if (new URL(url).protocol !== 'https:') return undefined;
  } catch {
    return undefined;
  }
  return { protocol, url };
}

/**
 * Exchange Online answers an anonymous Autodiscover (POX) request with 401 and a Bearer challenge whose
 * authorization_uri is Microsoft's sign-in: the mailbox is there, and it wants Microsoft sign-in (OAuth).
 */
export function readPoxChallenge(status: number, wwwAuthenticate: string | string[] | undefined): string | undefined {
  if (status !== 401 || !wwwAuthenticate) return undefined;
  const header = Array.isArray(wwwAuthenticate) ? wwwAuthenticate.join(', ') : wwwAuthenticate;
  const match = /Bearer\b[^]*?authorization_uri="([^"]+)"/i.exec(header);
  if (!match) return undefined;
  try {
    const host = new URL(match[1]).hostname.toLowerCase();
    return host === 'login.microsoftonline.com' || host.endsWith('.microsoftonline.com') || host === 'login.partner.microsoftonline.cn'
      ? match[1]
      : undefined;
  } catch {
    return undefined;
  }
}

/** The Autodiscover (POX) request Outlook sends, naming the address and the answer schema (the Autodiscover source's too). */
export function poxRequestBody(address: string): string {
  const escaped = address.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return `<?xml version="1.0" encoding="utf-8"?>
<Autodiscover xmlns="http://schemas.microsoft.com/exchange/autodiscover/outlook/requestschema/2006">
  <Request>
    <EMailAddress>${escaped}</EMailAddress>
    <AcceptableResponseSchema>http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a</AcceptableResponseSchema>
  </Request>
</Autodiscover>`;
}

/**
 * What a Microsoft mailbox means for each app: Outlook adds it by address and signs in with Microsoft; Apple
 * Mail uses an Exchange (ActiveSync) account; Thunderbird and every other app use IMAP and SMTP with Microsoft
 * sign-in (OAuth2), since Exchange Online takes no passwords there. A mailbox on an organisation's own Exchange
 * is reached the same ways, through its own servers.
 */
export function appsFor(mailbox: Microsoft365Fact['mailbox']): Microsoft365Fact['apps'] {
  const imap = mailbox === 'exchange-on-premises' ? 'imap-if-enabled' : 'imap-oauth';
  return [
    { app: 'outlook', connection: 'exchange' },
    { app: 'apple-mail', connection: 'exchange-activesync' },
    { app: 'thunderbird', connection: imap },
    { app: 'other', connection: imap },
  ];
}
