import type { CertProblem, OutcomeCode } from './error-codes';

const CERT_WORDS: Record<CertProblem, string> = {
  'self-signed': 'the server uses a self-signed certificate, which no authority vouches for',
  expired: "the server's certificate has expired",
  'not-yet-valid': "the server's certificate is not valid yet (check this computer's date and time)",
  'wrong-host': "the server's certificate was issued for a different name",
  'unknown-ca': "the server's certificate comes from an authority this computer does not know",
  revoked: "the server's certificate has been revoked",
  handshake: 'the secure connection could not be set up',
};

const WORDS: Record<OutcomeCode, string> = {
  OK: 'Verified: the server accepted your password.',
  REACHABLE: 'The server answers correctly. Enter your password to verify the login.',
  SKIPPED: 'Not needed: better settings were already proven.',
  EDNS: 'This server name does not exist, or the name service did not answer.',
  ECONNREFUSED: 'The server refused the connection: nothing is listening on this port.',
  ETIMEDOUT: 'No answer in time. A firewall may be blocking this port, or the server is down.',
  ETLS: 'The secure connection failed.',
  ENOSTARTTLS: 'The server does not offer encryption (STARTTLS) on this port.',
  EAUTH: 'The server is reachable but rejected the login: the password or the username is wrong, or the provider needs an app password.',
  ENOAUTHMECH: 'The server offers no login method this app can use safely.',
  EPLAINTEXT: 'This connection is not encrypted, so your password was not sent. Allow it only if you trust the network.',
  ENOCONSENT: 'This server was found by guessing or over an insecure lookup, so your password was not sent to it without your OK.',
  ECONNECTION: 'The server closed the connection unexpectedly.',
  EPROTOCOL: 'The server answered, but not like a mail server of this kind.',
  EHTTP: 'The settings lookup on the web failed.',
  EXML: 'The settings file was unusable (malformed, too large, or unsafe).',
  ECANCELLED: 'Stopped before it finished.',
  EINPUT: 'This input is not usable.',
};

/** The plain-language sentence for an outcome, with the certificate reason when there is one. */
export function explain(code: OutcomeCode, certProblem?: CertProblem): string {
  if (code === 'ETLS' && certProblem) {
    const reason = CERT_WORDS[certProblem];
    return `The secure connection failed: ${reason}.`;
  }
  return WORDS[code];
}

export function describeCertProblem(problem: CertProblem): string {
  return CERT_WORDS[problem];
}
