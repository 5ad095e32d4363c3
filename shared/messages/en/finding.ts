/** The verdict: what happened, in the order a person should act on it, and the actions offered. */
export const finding = {
  works: 'Your mail settings work.',
  'port-blocked': 'Port {{port}} is blocked on this network; use {{alternative}} with STARTTLS ({{host}}).',
  'password-wrong': 'Your password is wrong (or the username): {{hosts}} answered but refused the login as {{usernames}}.',
  'provider-password': 'The server refused the login: {{provider}} {{note}}.',
  'provider-note': 'Note: {{provider}} {{note}}.',
  'cert-expired':
    'The certificate of {{host}} expired on {{date}}. The mail provider must renew it; until then the connection is not safe.',
  'cert-not-yet-valid': "The certificate of {{host}} is valid only from {{date}}: check this computer's date and time.",
  'cert-self-signed':
    "{{host}} uses a self-signed certificate, which no authority vouches for (SHA-256 {{fingerprint}}). Trust it only if the server's administrator confirms this fingerprint.",
  'cert-wrong-host':
    'The certificate of {{host}} was issued for {{names}}, not for {{host}}: the server name may be wrong, or someone is in between.',
  'cert-other': 'The secure connection to {{host}}:{{port}} failed: {{problem}}.',
  'plaintext-only':
    '{{host}} offers only unencrypted connections, so your password would be readable on the network. Ask the provider for encryption, or allow it only on a network you trust.',
  'untrusted-source':
    '{{host}} was found through a lookup that cannot be trusted ({{source}}); confirm this server before sending your password to it.',
  'no-auth-method': '{{host}}:{{port}} offers no login method this app can use safely.',
  'not-found': 'No mail server was found for {{domain}}. Check the spelling of the part after the @.',
  offline:
    'You seem to be offline: no DNS server answered and nothing could be reached, not even for a provider Mail Setup knows. Connect to the internet (a hotel or café network may first want you to sign in on its web page), then try again.',
  'no-such-domain': 'The domain {{domain}} does not exist. Check the part after the @: a missing or swapped letter is enough.',
  'no-mail-servers':
    '{{domain}} exists, but it names no mail servers, so it cannot receive email. Check the address; if it is right, enter the server names your provider gave you.',
  unreachable: 'Every mail server of {{domain}} is unreachable from here: a firewall may block mail ports, or the servers are down.',
  'no-working-server': 'No working mail server was found for {{domain}}.',
  'give-password': 'The servers were found; give your password to test the login.',
  'server-problem': '{{host}}:{{port}}: {{outcome}}',
  'no-incoming': 'No incoming mail server (IMAP or POP3) was found.',
  'no-outgoing': 'No outgoing mail server (SMTP) was found.',
  unproven: 'The settings could not be proven.',
  /** What stays risky about the chosen settings after a consent; shown on the Result and Save steps and in the printable summary. */
  risk: {
    plaintext: '{{direction}} ({{host}}): your password and mail travel unencrypted; anyone on the network can read them.',
    'trusted-certificate':
      "{{direction}} ({{host}}): you trusted this server's certificate yourself; no authority vouches for it. Ask the provider to fix it.",
    'untrusted-source': '{{direction}} ({{host}}): you confirmed this server yourself; it came from a lookup that cannot be trusted.',
    unverified: '{{direction}} ({{host}}): not proven to work; the login was not tested successfully.',
    'expired-certificate':
      '{{direction}} ({{host}}): the certificate has expired, so the connection is not safe until the provider renews it.',
  },
  direction: { incoming: 'Incoming mail', outgoing: 'Outgoing mail' },
  action: {
    trustCert: 'Trust this certificate',
    trustCertCheck: "I compared the fingerprint with the one my server's administrator gave me",
    allowPlaintext: 'Send my password without encryption to {{host}}',
    allowPlaintextCheck: 'I understand that others on this network could read my password',
    consent: 'Use {{host}} and send my password there',
    help: 'Open {{provider}} help',
    working: 'Testing again…',
  },
};
