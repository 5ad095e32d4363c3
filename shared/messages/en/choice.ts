/** Why a server was recommended: the sentences under "Why these settings". */
export const choice = {
  security: {
    tls: 'The connection is encrypted from the first byte (TLS), the safest option.',
    starttls: 'The connection is encrypted with STARTTLS before your password is sent.',
    plain: 'Warning: this connection is not encrypted. Your password and mail can be read on the network.',
  },
  protocol: {
    imap: 'IMAP keeps your mail on the server, so it stays the same on all your devices.',
    pop3: 'POP3 downloads your mail to this device; other devices will not see what you read or file.',
  },
  /** Where the server came from; `detail` is the provider, URL, DNS record or host name. */
  source: {
    user: 'You entered these settings.',
    provider: 'Your provider is in our list of known providers ({{detail}}).',
    srv: 'Your domain publishes this server in its DNS (an SRV record), the standard way to announce mail servers.',
    autoconfig: 'Your domain publishes these settings in a configuration file ({{detail}}).',
    ispdb: 'These settings come from the Thunderbird provider database (ISPDB).',
    autodiscover: 'Your domain announces these settings through Autodiscover, as Outlook uses.',
    microsoft365: 'Microsoft recognises this mailbox as Microsoft 365 or Outlook.com ({{detail}}).',
    mx: "Found from the server that receives your domain's mail ({{detail}}).",
    guess: 'Found by trying common server names ({{detail}}).',
    'autoconfig-http': 'From a configuration file fetched without encryption ({{detail}}); check it before relying on it.',
  },
  alternatives: 'Other settings that also work: {{servers}}.',
  alternative: '{{host}} port {{port}} ({{security}})',
};
