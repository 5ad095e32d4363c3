/**
 * The test world: which loopback address plays which mail host, the DNS zone dnsmasq serves,
 * and the accounts Dovecot knows. Every address is in 127.0.0.0/8.
 */

/**
 * Which copy of the test world this checkout runs: 0 unless MAILSETUP_WORLD_SLOT says otherwise. Slot N
 * lives in 127.(10·N).0.0/16, so several checkouts can run their suites side by side on one machine.
 */
export const WORLD_SLOT = worldSlot(process.env.MAILSETUP_WORLD_SLOT);

function worldSlot(value: string | undefined): number {
  const slot = Number(value ?? 0);
  if (!Number.isInteger(slot) || slot < 0 || slot > 25)
    throw new Error(`MAILSETUP_WORLD_SLOT must be a whole number from 0 to 25, not "${value}"`);
  return slot;
}

/** An address of this slot's world: block 0 holds the DNS servers, block 1 the mail and web hosts, block 2 the benchmark's proxies. */
export function worldAddress(block: number, host: number): string {
  return `127.${WORLD_SLOT * 10}.${block}.${host}`;
}

export const DNS_SERVER = { host: worldAddress(0, 53), port: 5300 };

export const ADDR = {
  good: worldAddress(1, 20),
  starttls: worldAddress(1, 3),
  plain: worldAddress(1, 4),
  selfSigned: worldAddress(1, 5),
  expired: worldAddress(1, 6),
  wrongHost: worldAddress(1, 7),
  web: worldAddress(1, 8),
  webHttpOnly: worldAddress(1, 9),
  blackHole: worldAddress(1, 10),
  broken: worldAddress(1, 11),
  firewalled: worldAddress(1, 12),
  // The OAuth authorization server (oidc-provider) and the servers that answer logins with providers' exact words.
  oauth: worldAddress(1, 30),
  scripted: worldAddress(1, 31),
  // Hostile mail servers a test starts itself (test/world/hostile-mail-servers.ts), one address per behaviour.
  floodLine: worldAddress(1, 40),
  floodLiteral: worldAddress(1, 41),
  echo: worldAddress(1, 42),
  escapes: worldAddress(1, 43),
  cnOnly: worldAddress(1, 44),
} as const;

/**
 * IPv6 in the test world: the loopback ::1 is the only IPv6 address there is, and every world slot shares it, so
 * the mail ports behind an AAAA record are slot-specific (a black hole on ::1: connecting to it hangs, as over a
 * broken IPv6 route) and the same ports on ADDR.good serve IMAP and submission over IPv4.
 */
export const V6_PORTS = { imaps: 20_000 + WORLD_SLOT * 10, submissions: 20_001 + WORLD_SLOT * 10 };
export const IPV6_LOOPBACK = '::1';

/** Test domains whose names the good certificate covers (each as itself and as *.domain). */
export const GOOD_DOMAINS = [
  'guess.test',
  'srv.test',
  'autoconf.test',
  'autodisc.test',
  'mxonly.test',
  'ispdb.test',
  'starttls.test',
  'plain.test',
  'hostile.test',
  'httponly.test',
  'mxelsewhere.test',
  'mailhost.test',
  'provider.test',
  'srvdisc.test',
  'broken.test',
  'firewalled.test',
  'oauth.test',
  'oauthcfg.test',
  'm365.test',
  'filtered365.test',
  'ipv6broken.test',
  'deadfirst.test',
  'redirect.test',
  'floodline.test',
  'floodliteral.test',
  'echo.test',
  'escapes.test',
];

export const SRV_PORTS = { imaps: 10993, submissions: 10465 };

export interface TestUser {
  login: string;
  password: string;
}

export const USERS = {
  alice: { login: 'alice@guess.test', password: 'correct horse battery' },
  sam: { login: 'sam@srv.test', password: 'srv-secret' },
  tina: { login: 'tina@starttls.test', password: 'tls-later' },
  paul: { login: 'paul@plain.test', password: 'in the clear' },
  sid: { login: 'sid@selfsigned.test', password: 'trust-me' },
  ann: { login: 'ann@autoconf.test', password: 'auto-ann' },
  hugo: { login: 'hugo@httponly.test', password: 'http-hugo' },
  adam: { login: 'adam@autodisc.test', password: 'disc-adam' },
  max: { login: 'max@mxonly.test', password: 'mx-max' },
  mia: { login: 'mia@mxelsewhere.test', password: 'mx-mia' },
  ivy: { login: 'ivy@listed.test', password: 'isp-ivy' },
  vic: { login: 'vic@viamx.test', password: 'isp-via-mx' },
  sue: { login: 'sue@srvdisc.test', password: 'srv-autodiscover' },
  fay: { login: 'fay@firewalled.test', password: 'only-587-gets-through' },
  // Login names that are not the address: the local part alone, and an unrelated name.
  dave: { login: 'dave', password: 'local-part-dave' },
  carol: { login: 'c.smith', password: 'carol-login' },
  // The wizard's journeys: a domain with a website but no mail servers of its own (her provider's letter names
  // mail.mailhost.test, typed in by hand), and a server whose certificate carries another name than the one tried.
  rita: { login: 'rita@website.test', password: 'typed-in-by-hand' },
  will: { login: 'will@wronghost.test', password: 'named-on-the-cert' },
  // Spaces, both quotes and backslashes: must survive IMAP quoting, SASL PLAIN and POP3 PASS.
  eve: { login: 'eve@guess.test', password: 'p a"s\\s \'w0rd\\' },
  // The sender and receiver of test messages (Postfix delivers to Dovecot through LMTP).
  tom: { login: 'tom@guess.test', password: 'test-message-tom' },
  // Mail to her is accepted and then held in Postfix's queue (like a quarantine): a test message that never arrives.
  hal: { login: 'hal@guess.test', password: 'held-in-the-queue' },
  // A mailbox behind the IPv6-broken and dead-first hosts.
  ipsy: { login: 'ipsy@ipv6broken.test', password: 'v4-still-works' },
  dora: { login: 'dora@deadfirst.test', password: 'second-address' },
} satisfies Record<string, TestUser>;

/** dnsmasq directives for the zone; nothing is forwarded, so names outside it fail. */
export function dnsZone(): string[] {
  const host = (name: string, addr: string) => `host-record=${name},${addr}`;
  const srv = (name: string, target?: string, port?: number, prio = 0, weight = 1) =>
    target ? `srv-host=${name},${target},${port},${prio},${weight}` : `srv-host=${name}`;
  return [
    // Found only by guessing, both TLS modes on every protocol.
    host('imap.guess.test', ADDR.good),
    host('smtp.guess.test', ADDR.good),
    host('pop.guess.test', ADDR.good),
    // Found only by SRV, on non-standard ports; POP3 and the cleartext IMAP are explicitly "not offered".
    srv('_imaps._tcp.srv.test', 'mx.srv.test', SRV_PORTS.imaps),
    srv('_submissions._tcp.srv.test', 'mx.srv.test', SRV_PORTS.submissions),
    // A lower-priority record that must lose to the one above.
    srv('_submission._tcp.srv.test', 'mx.srv.test', 587, 10),
    srv('_imap._tcp.srv.test'),
    srv('_pop3s._tcp.srv.test'),
    srv('_pop3._tcp.srv.test'),
    host('mx.srv.test', ADDR.good),
    // STARTTLS only, plaintext only, and the three certificate problems.
    host('mail.starttls.test', ADDR.starttls),
    host('mail.plain.test', ADDR.plain),
    host('mail.selfsigned.test', ADDR.selfSigned),
    host('mail.expired.test', ADDR.expired),
    host('mail.wronghost.test', ADDR.wrongHost),
    // The name the wrong-host certificate was issued for: the same server under its proper name.
    host('other.invalid', ADDR.wrongHost),
    // A domain with a website and no mail: no MX, nothing on the mail ports.
    host('website.test', ADDR.web),
    // Autoconfig over HTTPS pointing at mail.mailhost.test; over plain HTTP only for httponly.test.
    host('autoconfig.autoconf.test', ADDR.web),
    host('mail.mailhost.test', ADDR.good),
    host('autoconfig.httponly.test', ADDR.webHttpOnly),
    host('httponly.test', ADDR.webHttpOnly),
    // Autodiscover on autodisc.test itself.
    host('autodisc.test', ADDR.web),
    host('exchange.autodisc.test', ADDR.good),
    // MX only: the MX host serves mail in the same domain; another whose MX is in a different domain.
    'mx-host=mxonly.test,mx1.mxonly.test,10',
    host('mx1.mxonly.test', ADDR.good),
    'mx-host=mxelsewhere.test,mx.mailhost.test,10',
    host('mx.mailhost.test', ADDR.good),
    // MX at a big provider: recognised from the provider table, whose hosts this DNS does not know.
    'mx-host=provider.test,aspmx.l.google.com,1',
    // Known to the ISPDB only (served by the test web server); and a domain whose MX's domain the ISPDB knows.
    host('ispdb.test', ADDR.web),
    'mx-host=viamx.test,mx.hosted-isp.test,10',
    host('mx.hosted-isp.test', ADDR.good),
    // Autodiscover found only through its SRV record.
    srv('_autodiscover._tcp.srvdisc.test', 'autodisc-host.srvdisc.test', 443),
    host('autodisc-host.srvdisc.test', ADDR.web),
    // Hostile XML in the autoconfig file.
    host('autoconfig.hostile.test', ADDR.web),
    host('hostile.test', ADDR.web),
    // Servers that break the protocol, hang up, inject data after STARTTLS, or offer no login.
    host('imap.broken.test', ADDR.broken),
    host('smtp.broken.test', ADDR.broken),
    // A network that drops the implicit-TLS ports; only the STARTTLS ones get through.
    host('imap.firewalled.test', ADDR.firewalled),
    host('smtp.firewalled.test', ADDR.firewalled),
    // Every mail and web port drops packets, on every name a guess or the MX leads to: more candidates than
    // the engine probes at once, all on one dead address.
    host('imap.blackhole.test', ADDR.blackHole),
    host('smtp.blackhole.test', ADDR.blackHole),
    host('autoconfig.blackhole.test', ADDR.blackHole),
    host('mail.blackhole.test', ADDR.blackHole),
    host('pop.blackhole.test', ADDR.blackHole),
    host('pop3.blackhole.test', ADDR.blackHole),
    host('blackhole.test', ADDR.blackHole),
    'mx-host=blackhole.test,mx.blackhole.test,10',
    host('mx.blackhole.test', ADDR.blackHole),
    // IPv6 broken on the way: the mail host's AAAA record leads to a black hole, its A record to the good server.
    srv('_imaps._tcp.ipv6broken.test', 'mail.ipv6broken.test', V6_PORTS.imaps),
    srv('_submissions._tcp.ipv6broken.test', 'mail.ipv6broken.test', V6_PORTS.submissions),
    `host-record=mail.ipv6broken.test,${ADDR.good},${IPV6_LOOPBACK}`,
    // Two IPv4 addresses, the first of them dead.
    `host-record=mail.deadfirst.test,${ADDR.blackHole}`,
    `host-record=mail.deadfirst.test,${ADDR.good}`,
    // An HTTPS autoconfig file that redirects to another domain's file.
    host('autoconfig.redirect.test', ADDR.web),
    // Hostile mail servers (each test that needs one starts it): endless lines, huge literals, servers that echo
    // the credentials back, terminal escape sequences, and a certificate with no subjectAltName.
    host('mail.floodline.test', ADDR.floodLine),
    host('mail.floodliteral.test', ADDR.floodLiteral),
    host('mail.echo.test', ADDR.echo),
    host('mail.escapes.test', ADDR.escapes),
    host('mail.cnonly.test', ADDR.cnOnly),
    host('autoconfig.cnonly.test', ADDR.cnOnly),
    ...oauthZone(host),
  ];
}

/** Accounts that exist only at the test authorization server: they sign in with OAuth, never with a mail password. */
export const OAUTH_USERS = {
  olivia: { login: 'olivia@oauth.test', password: 'olivia-signs-in' },
  oscar: { login: 'oscar@oauthcfg.test', password: 'oscar-signs-in' },
} satisfies Record<string, TestUser>;

export const OAUTH_ISSUER = 'https://auth.oauth.test';

/** The names behind sign-in and Microsoft 365 recognition (see test/world/oauth-routes.ts for what each serves). */
function oauthZone(host: (name: string, addr: string) => string): string[] {
  return [
    // The authorization server; the mail host also publishes RFC 9728 metadata on its HTTPS port.
    host('auth.oauth.test', ADDR.oauth),
    host('mail.oauth.test', ADDR.good),
    // An autoconfig file whose servers accept only OAuth2 and that names no authorization server:
    // the server is found from the mail host's protected-resource metadata.
    host('autoconfig.oauth.test', ADDR.web),
    // An autoconfig file with an <oAuth2> element that names the server and a client ID.
    host('autoconfig.oauthcfg.test', ADDR.web),
    host('mail.oauthcfg.test', ADDR.good),
    // Metadata that must be refused: a document naming another issuer, and one that redirects elsewhere.
    host('badissuer.oauth.test', ADDR.web),
    host('moved.oauth.test', ADDR.web),
    // Microsoft 365 recognised by its MX; "ms.m365.test" stands in for Microsoft's own Autodiscover service.
    'mx-host=m365.test,m365-test.mail.protection.outlook.com,0',
    host('ms.m365.test', ADDR.web),
    // Microsoft 365 behind a filtering service's MX: only the domain's Autodiscover v2 answer reveals it.
    'mx-host=filtered365.test,inbound.mailfilter.invalid,10',
    host('autodiscover.filtered365.test', ADDR.web),
  ];
}
