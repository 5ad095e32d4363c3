import type { AccountSettings } from '../../main/export/account-settings';
import { email } from './world-client';

/** Values with every character that XML, plists, INI and JavaScript treat specially, and an IDN domain. */
export const NASTY_NAME = 'Zoë "Z" O\'Brien & <Co> 张伟 \\ back';

export function sampleSettings(over: Partial<AccountSettings> = {}): AccountSettings {
  return {
    email: email('zoë@bücher.example'),
    domain: 'xn--bcher-kva.example',
    displayName: NASTY_NAME,
    label: 'Bücher & Co <Mail>',
    incoming: [
      {
        protocol: 'imap',
        host: 'imap.xn--bcher-kva.example',
        port: 993,
        security: 'tls',
        username: '%EMAILADDRESS%',
        authentication: 'password',
      },
      {
        protocol: 'pop3',
        host: 'pop.xn--bcher-kva.example',
        port: 995,
        security: 'tls',
        username: '%EMAILADDRESS%',
        authentication: 'password',
      },
    ],
    outgoing: [
      {
        protocol: 'smtp',
        host: 'smtp.xn--bcher-kva.example',
        port: 587,
        security: 'starttls',
        username: 'login "x" & <y>',
        authentication: 'password',
      },
    ],
    trustedCertificates: [],
    ...over,
  };
}
