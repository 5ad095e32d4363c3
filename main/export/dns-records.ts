import { isValidHostName, isValidPort } from '../../shared/model/valid-endpoint';
import { failWith } from '../errors/mail-setup-error';
import { SRV_SERVICES } from '../discovery/srv-services';
import type { AccountSettings } from './account-settings';
import type { ExportFile } from './export-file';
import type { FormatContext } from './format-context';
import { serviceKey, type ServiceOffer } from './service-offers';

const TTL = 3600;
// RFC 8314 section 5.1: clients prefer the lower priority across _imaps/_imap (and _pop3s/_pop3, _submissions/
// _submission), so implicit TLS gets the lower number.
const PRIORITY = { tls: 0, starttls: 10, plain: 20 } as const;

/**
 * A host name as a zone file holds it: a checked host name, fully qualified. Anything else (a space, a line break, a
 * semicolon) would start another record or a comment, so it is refused instead of written.
 */
function zoneName(host: string): string {
  if (!isValidHostName(host))
    throw failWith('EINPUT', { key: 'export:refused.bad-host', params: { host: host.replace(/[^\x21-\x7e]/g, '?') } });
  return `${host.toLowerCase().replace(/\.$/, '')}.`;
}

function zonePort(port: number): number {
  if (!isValidPort(port)) throw failWith('EINPUT', { key: 'export:refused.bad-port', params: { port: String(port) } });
  return port;
}

/** A comment line: its text on one line, so it cannot end the comment and start a record. */
const comment = (text: string) => `; ${text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ')}`;

/**
 * The DNS records a domain should publish so every client finds its servers without help: RFC 6186/8314 SRV records
 * for every service the discovery run saw answer, "." ("not offered") only where the domain's own DNS says so or
 * where the servers were asked and had nothing there, and a comment for services nobody looked at (a record
 * claiming "not offered" for a service that exists would turn every client away from it). Then the host names that
 * Thunderbird's autoconfig and Outlook's Autodiscover look for, pointed at the web server hosting the files.
 */
export function dnsRecords(settings: AccountSettings, { t, webHost = `www.${settings.domain}` }: FormatContext): ExportFile {
  const domain = zoneName(settings.domain);
  const web = zoneName(webHost);
  const lines = [comment(t.t('export:zone.title', { domain: settings.domain })), comment(t.t('export:zone.srv'))];
  for (const [label, protocol, security] of SRV_SERVICES) {
    const name = `${label}.${domain}`;
    const offer: ServiceOffer | undefined =
      settings.services?.[serviceKey(protocol, security)] ?? fromSettings(settings, protocol, security);
    if (offer?.offered) {
      offer.servers.forEach((s, index) =>
        lines.push(`${name} ${TTL} IN SRV ${PRIORITY[security] + index} 1 ${zonePort(s.port)} ${zoneName(s.host)}`),
      );
    } else if (offer) {
      lines.push(comment(t.t(offer.why === 'domain' ? 'export:zone.notOfferedDomain' : 'export:zone.notOfferedProbed')));
      lines.push(`${name} ${TTL} IN SRV 0 0 0 .`);
    } else {
      lines.push(comment(t.t('export:zone.notChecked', { name })));
    }
  }
  lines.push(
    '',
    comment(t.t('export:zone.autoconfig', { domain: settings.domain })),
    `autoconfig.${domain} ${TTL} IN CNAME ${web}`,
    comment(t.t('export:zone.autodiscover', { domain: settings.domain })),
    `autodiscover.${domain} ${TTL} IN CNAME ${web}`,
    `_autodiscover._tcp.${domain} ${TTL} IN SRV 0 0 443 ${web}`,
    comment(t.t('export:zone.certificate', { host: webHost })),
  );
  return { name: `${settings.domain}.zone`, content: `${lines.join('\n')}\n`, mime: 'text/plain', secret: false };
}

/** Settings made without a whole result (by hand, in tests): their own servers are offered, nothing is ruled out. */
function fromSettings(settings: AccountSettings, protocol: string, security: string): ServiceOffer | undefined {
  if (settings.services) return undefined;
  const servers = [...settings.incoming, ...settings.outgoing]
    .filter((s) => s.protocol === protocol && s.security === security)
    .map((s) => ({ host: s.host, port: s.port }));
  return servers.length > 0 ? { offered: true, servers } : undefined;
}
