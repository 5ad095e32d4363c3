/**
 * The one list of outcome codes. Every layer (probe, discovery source, CLI, wizard, report) speaks
 * these codes and maps them to words with `explain()`, so a failure reads the same everywhere.
 */
export const OUTCOME_CODES = [
  'OK', // logged in: the settings are proven
  'REACHABLE', // the server answered correctly; no password was given, so the login was not tried
  'SKIPPED', // not tried to the end: better settings were already proven
  'EDNS', // the host name does not exist or DNS did not answer
  'ECONNREFUSED', // nothing listens on that port
  'ETIMEDOUT', // no answer in time: a firewall dropping packets, or a dead host
  'ETLS', // TLS failed; `certProblem` tells why
  'ENOSTARTTLS', // the server does not offer STARTTLS on a port where we asked for it
  'EAUTH', // the server is reachable but rejected the username or password
  'ENOAUTHMECH', // the server offers no login method we can use safely
  'EPLAINTEXT', // the connection is unencrypted and the caller did not allow sending the password over it
  'ENOCONSENT', // the host came from an untrusted source; the password is withheld until the user agrees
  'ECONNECTION', // the server closed the connection unexpectedly
  'EPROTOCOL', // the server answered, but not in the expected protocol
  'EHTTP', // an HTTP lookup failed (status, size limit, redirect loop)
  'EXML', // a settings file was not usable XML (malformed, too large, or with forbidden constructs)
  'ECANCELLED', // the user or the overall deadline stopped this step
  'EINPUT', // what the caller gave us is not usable (an invalid address, an unreadable file)
] as const;

export type OutcomeCode = (typeof OUTCOME_CODES)[number];

export type CertProblem = 'self-signed' | 'expired' | 'not-yet-valid' | 'wrong-host' | 'unknown-ca' | 'revoked' | 'handshake';

/** A typed failure that crosses module boundaries instead of a thrown string. */
export class MailSetupError extends Error {
  constructor(
    readonly code: OutcomeCode,
    message: string,
    readonly extra: { certProblem?: CertProblem; serverReply?: string; httpStatus?: number } = {},
  ) {
    super(message);
    this.name = 'MailSetupError';
  }
}
