import { createServer as createHttpsServer } from 'node:https';
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { ADDR } from './world-plan';
import type { TestCa } from './test-ca';
import type { RunningServer } from './dovecot';
import { oauthRoutes } from './oauth-routes';

type Route = (req: IncomingMessage, res: ServerResponse, body: string) => void;

function clientConfig(domain: string, host: string, extra = ''): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<clientConfig version="1.1">
  <emailProvider id="${domain}">
    <domain>${domain}</domain>
    <displayName>Test mail for ${domain}</displayName>
    <incomingServer type="imap">
      <hostname>${host}</hostname>
      <port>993</port>
      <socketType>SSL</socketType>
      <authentication>password-cleartext</authentication>
      <username>%EMAILADDRESS%</username>
    </incomingServer>
    <incomingServer type="pop3">
      <hostname>${host}</hostname>
      <port>995</port>
      <socketType>SSL</socketType>
      <authentication>password-cleartext</authentication>
      <username>%EMAILADDRESS%</username>
    </incomingServer>
    <outgoingServer type="smtp">
      <hostname>${host}</hostname>
      <port>465</port>
      <socketType>SSL</socketType>
      <authentication>password-cleartext</authentication>
      <username>%EMAILADDRESS%</username>
    </outgoingServer>${extra}
  </emailProvider>
</clientConfig>`;
}

const pox = (login: string) => `<?xml version="1.0" encoding="utf-8"?>
<Autodiscover xmlns="http://schemas.microsoft.com/exchange/autodiscover/responseschema/2006">
  <Response xmlns="http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a">
    <Account>
      <AccountType>email</AccountType>
      <Action>settings</Action>
      <Protocol>
        <Type>IMAP</Type>
        <Server>exchange.autodisc.test</Server>
        <Port>993</Port>
        <LoginName>${login}</LoginName>
        <SPA>off</SPA>
        <SSL>on</SSL>
        <AuthRequired>on</AuthRequired>
      </Protocol>
      <Protocol>
        <Type>SMTP</Type>
        <Server>exchange.autodisc.test</Server>
        <Port>587</Port>
        <SPA>off</SPA>
        <Encryption>TLS</Encryption>
        <AuthRequired>on</AuthRequired>
      </Protocol>
    </Account>
  </Response>
</Autodiscover>`;

// Entity expansion ("billion laughs"): a parser that expands it eats gigabytes.
const BILLION_LAUGHS = `<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
<!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">]>
<clientConfig version="1.1"><emailProvider id="x"><incomingServer type="imap"><hostname>&lol4;</hostname>
<port>993</port><socketType>SSL</socketType><username>%EMAILADDRESS%</username></incomingServer></emailProvider></clientConfig>`;

// Outlook POSTs a request naming the address; answer only a well-formed one, with that address as login.
const autodiscover: Route = (req, res, body) => {
  const address = /<EMailAddress>([^<]+)<\/EMailAddress>/.exec(body)?.[1];
  if (req.method !== 'POST' || !address) {
    res.writeHead(400).end();
    return;
  }
  res.writeHead(200, { 'content-type': 'text/xml' });
  res.end(pox(address));
};

/** Routes keyed by "host path"; the hostile ones misbehave on purpose. */
function routes(): Record<string, Route> {
  const xml =
    (text: string): Route =>
    (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/xml' });
      res.end(text);
    };
  return {
    ...oauthRoutes(),
    'autoconfig.autoconf.test /mail/config-v1.1.xml': xml(clientConfig('autoconf.test', 'mail.mailhost.test')),
    'autoconfig.httponly.test /mail/config-v1.1.xml': xml(clientConfig('httponly.test', 'mail.mailhost.test')),
    'ispdb.test /v1.1/listed.test': xml(clientConfig('listed.test', 'mail.mailhost.test')),
    'ispdb.test /v1.1/hosted-isp.test': xml(clientConfig('hosted-isp.test', 'mail.mailhost.test')),
    // Over HTTPS, but to another domain's file: its servers are that domain's word, not redirect.test's.
    'autoconfig.redirect.test /mail/config-v1.1.xml': (_req, res) => {
      res.writeHead(302, { location: 'https://autoconfig.autoconf.test/mail/config-v1.1.xml' });
      res.end();
    },
    'autodisc.test /autodiscover/autodiscover.xml': autodiscover,
    'autodisc-host.srvdisc.test /autodiscover/autodiscover.xml': autodiscover,
    'autoconfig.hostile.test /mail/config-v1.1.xml': xml(BILLION_LAUGHS),
    'hostile.test /.well-known/autoconfig/mail/config-v1.1.xml': (_req, res) => {
      // An endless body: the client must stop reading at its size limit.
      res.writeHead(200, { 'content-type': 'text/xml' });
      const chunk = '<a>' + 'x'.repeat(65_536) + '</a>';
      const pump = () => {
        while (res.write(chunk)) {
          /* keep the socket buffer full */
        }
      };
      res.on('drain', pump);
      res.on('close', () => res.off('drain', pump));
      pump();
    },
  };
}

function handler(table: Record<string, Route>) {
  return (req: IncomingMessage, res: ServerResponse) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const path = (req.url ?? '/').split('?')[0];
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const route = table[`${host} ${path}`];
      if (route) route(req, res, Buffer.concat(chunks).toString('utf8'));
      else res.writeHead(404).end('not found');
    });
  };
}

function listen(server: Server, host: string, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
}

/** The autoconfig, autodiscover and ISPDB web server of the test world, over HTTPS and HTTP. */
export async function startWebServer(ca: TestCa): Promise<RunningServer> {
  const table = routes();
  const tls = { cert: await readFile(ca.good.cert), key: await readFile(ca.good.key) };
  const servers: Server[] = [
    createHttpsServer(tls, handler(table)),
    createHttpServer(handler(table)),
    createHttpServer(handler(table)),
    createHttpsServer(tls, handler(table)),
  ];
  await listen(servers[0], ADDR.web, 443);
  await listen(servers[1], ADDR.web, 80);
  await listen(servers[2], ADDR.webHttpOnly, 80);
  // The mail host's own HTTPS port, where it publishes its RFC 9728 protected-resource metadata.
  await listen(servers[3], ADDR.good, 443);
  return {
    async stop() {
      for (const server of servers) server.closeAllConnections();
      await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
    },
  };
}
