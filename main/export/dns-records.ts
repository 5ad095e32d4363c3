import { SRV_SERVICES } from '../discovery/srv-services';
import type { AccountSettings, ServerSettings } from './account-settings';
import type { ExportFile } from './export-file';
import type { FormatContext } from './format-context';

const TTL = 3600;

/**
 * The DNS records a domain should publish so every client finds its servers without help: RFC 6186/8314
 * SRV records (a "." target says "not offered", which spares clients a guess), and the host names that
 * Thunderbird's autoconfig and Outlook's Autodiscover look for, pointed at the web server hosting the files.
 */
export function dnsRecords(settings: AccountSettings, { t, webHost = `www.${settings.domain}` }: FormatContext): ExportFile {
  const domain = `${settings.domain}.`;
  const servers = [...settings.incoming, ...settings.outgoing];
  const lines = [`; ${t.t('export:zone.title', { domain: settings.domain })}`, `; ${t.t('export:zone.srv')}`];
  SRV_SERVICES.forEach(([label, protocol, security], index) => {
    const match: ServerSettings | undefined = servers.find((s) => s.protocol === protocol && s.security === security);
    // The preferred kind gets priority 0; the others follow, so clients try implicit TLS first (RFC 8314).
    const priority = index % 2 === 0 ? 0 : 10;
    lines.push(
      match ? `${label}.${domain} ${TTL} IN SRV ${priority} 1 ${match.port} ${match.host}.` : `${label}.${domain} ${TTL} IN SRV 0 0 0 .`,
    );
  });
  lines.push(
    '',
    `; ${t.t('export:zone.autoconfig', { domain: settings.domain })}`,
    `autoconfig.${domain} ${TTL} IN CNAME ${webHost}.`,
    `; ${t.t('export:zone.autodiscover', { domain: settings.domain })}`,
    `autodiscover.${domain} ${TTL} IN CNAME ${webHost}.`,
    `_autodiscover._tcp.${domain} ${TTL} IN SRV 0 0 443 ${webHost}.`,
    `; ${t.t('export:zone.certificate', { host: webHost })}`,
  );
  return { name: `${settings.domain}.zone`, content: `${lines.join('\n')}\n`, mime: 'text/plain', secret: false };
}
