import type { IncomingMessage, ServerResponse } from 'node:http';
import { MAIL_SCOPE, STATIC_CLIENT_IDS } from './oauth-server';
import { OAUTH_ISSUER } from './world-plan';

type Route = (req: IncomingMessage, res: ServerResponse, body: string) => void;

const xml =
  (text: string): Route =>
  (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/xml' });
    res.end(text);
  };

const json =
  (value: unknown, status = 200): Route =>
  (_req, res) => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(value));
  };

const redirect =
  (location: string): Route =>
  (_req, res) => {
    res.writeHead(302, { location });
    res.end();
  };

/** A clientConfig whose IMAP and SMTP servers take only OAuth2 (no password), with an optional <oAuth2> element. */
function oauthOnlyConfig(domain: string, host: string, oauth2 = ''): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<clientConfig version="1.2">
  <emailProvider id="${domain}">
    <domain>${domain}</domain>
    <displayName>Sign-in mail for ${domain}</displayName>
    <incomingServer type="imap">
      <hostname>${host}</hostname>
      <port>993</port>
      <socketType>SSL</socketType>
      <authentication>OAuth2</authentication>
      <username>%EMAILADDRESS%</username>
    </incomingServer>
    <outgoingServer type="smtp">
      <hostname>${host}</hostname>
      <port>465</port>
      <socketType>SSL</socketType>
      <authentication>OAuth2</authentication>
      <username>%EMAILADDRESS%</username>
    </outgoingServer>
  </emailProvider>${oauth2}
</clientConfig>`;
}

// draft-ietf-mailmaint-autoconfig: <oAuth2> is a child of <clientConfig>; its issuer is written as a host name.
const OAUTH2_ELEMENT = `
  <oAuth2>
    <issuer>${new URL(OAUTH_ISSUER).host}</issuer>
    <authURL>${OAUTH_ISSUER}/auth</authURL>
    <tokenURL>${OAUTH_ISSUER}/token</tokenURL>
    <scope>${MAIL_SCOPE}</scope>
    <clientID>${STATIC_CLIENT_IDS.autoconfig}</clientID>
  </oAuth2>`;

/** Microsoft's Autodiscover v2 answer for a mailbox in Exchange Online (the JSON shape Exchange Online returns). */
const autodiscoverV2: Route = (req, res) => {
  const query = new URL(req.url ?? '/', 'https://x').searchParams;
  const email = query.get('Email') ?? '';
  const protocol = (query.get('Protocol') ?? '').toLowerCase();
  const urls: Record<string, string> = {
    activesync: 'https://outlook.office365.com/Microsoft-Server-ActiveSync',
    ews: 'https://outlook.office365.com/EWS/Exchange.asmx',
    autodiscoverv1: 'https://outlook.office365.com/autodiscover/autodiscover.xml',
  };
  if (!/@(m365|filtered365)\.test$/.test(email) || !urls[protocol]) {
    json({ ErrorCode: 'InternalServerError', ErrorMessage: 'Failed to resolve the mailbox' }, 500)(req, res, '');
    return;
  }
  json({ Protocol: query.get('Protocol'), Url: urls[protocol] })(req, res, '');
};

/** Exchange Online answers an anonymous Autodiscover (POX) request with 401 and a Bearer challenge naming Microsoft's sign-in. */
const poxNeedsSignIn: Route = (_req, res) => {
  res.writeHead(401, {
    'www-authenticate':
      'Bearer client_id="00000002-0000-0ff1-ce00-000000000000", trusted_issuers="00000001-0000-0000-c000-000000000000@*", token_types="app_asserted_user_v1 service_asserted_app_v1", authorization_uri="https://login.microsoftonline.com/common/oauth2/authorize"',
  });
  res.end();
};

/** Web routes for sign-in discovery (autoconfig, RFC 9728 metadata) and Microsoft 365 recognition, keyed "host path". */
export function oauthRoutes(): Record<string, Route> {
  return {
    'autoconfig.oauth.test /mail/config-v1.1.xml': xml(oauthOnlyConfig('oauth.test', 'mail.oauth.test')),
    'autoconfig.oauthcfg.test /mail/config-v1.1.xml': xml(oauthOnlyConfig('oauthcfg.test', 'mail.oauthcfg.test', OAUTH2_ELEMENT)),
    // RFC 9728: the mail host names its authorization server; "resource" is the identifier the URL was built from.
    'mail.oauth.test /.well-known/oauth-protected-resource': json({
      resource: 'https://mail.oauth.test',
      authorization_servers: [OAUTH_ISSUER],
      scopes_supported: [MAIL_SCOPE],
      bearer_methods_supported: ['header'],
      resource_name: 'Test mail (IMAP, SMTP)',
    }),
    // RFC 8414 section 3.3: a document for another issuer must not be used; metadata redirects are not followed.
    'badissuer.oauth.test /.well-known/oauth-authorization-server': json({
      issuer: OAUTH_ISSUER,
      authorization_endpoint: `${OAUTH_ISSUER}/auth`,
      token_endpoint: `${OAUTH_ISSUER}/token`,
      code_challenge_methods_supported: ['S256'],
    }),
    'moved.oauth.test /.well-known/oauth-authorization-server': redirect(`${OAUTH_ISSUER}/.well-known/oauth-authorization-server`),
    'moved.oauth.test /.well-known/openid-configuration': redirect(`${OAUTH_ISSUER}/.well-known/openid-configuration`),
    'ms.m365.test /autodiscover/autodiscover.json': autodiscoverV2,
    'ms.m365.test /autodiscover/autodiscover.xml': poxNeedsSignIn,
    'autodiscover.filtered365.test /autodiscover/autodiscover.json': autodiscoverV2,
  };
}
