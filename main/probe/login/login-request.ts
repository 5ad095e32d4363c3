import type { ConnectionOptions, PeerCertificate } from 'node:tls';
import { isIP } from 'node:net';
import type { LoginAttempt } from '../../../shared/model/probe';
import type { Security } from '../../../shared/model/server';
import { internalFailure } from '../../errors/step-error';
import type { Log } from '../../log/logger';
import { Redactor } from '../../privacy/secret-forms';
import { secureContextFor, type TlsTrust } from '../../net/tls-trust';
import { normalizeFingerprint } from '../../net/tls-details';
import { checkHostIdentity } from '../../net/host-identity';
import { reason } from '../../errors/mail-setup-error';
import type { StepError } from '../../../shared/model/outcome';

export type { LoginAttempt };

/** One trial login. The password lives only in this object and the connection it is sent on. */
export interface LoginRequest {
  host: string;
  address: string;
  port: number;
  security: Security;
  username: string;
  password: string;
  trust: TlsTrust;
  /** A certificate the user chose to trust, seen by the probe; pinned by fingerprint for this login. */
  pinned?: { pem: string; fingerprint256: string };
  signal?: AbortSignal;
  log?: Log;
}

/** What a login on an open session sends. */
export interface Credentials {
  username: string;
  password: string;
}

// Server text kept in a result: enough to read the reply, never a flood.
export const SERVER_TEXT_LIMIT = 300;

/**
 * TLS options for a library session (imapflow, nodemailer): certificates are always verified (the library fails
 * closed) by the same host-name rule as every other connection, except that a pinned certificate is accepted as
 * its own authority and for its host name, by fingerprint.
 */
export function loginTlsOptions(request: Pick<LoginRequest, 'host' | 'trust' | 'pinned'>): ConnectionOptions {
  const servername = isIP(request.host) ? undefined : request.host;
  if (!request.pinned)
    return { rejectUnauthorized: true, servername, secureContext: secureContextFor(request.trust), checkServerIdentity: checkHostIdentity };
  const pinned = normalizeFingerprint(request.pinned.fingerprint256);
  return {
    rejectUnauthorized: true,
    servername,
    secureContext: secureContextFor(request.trust, request.pinned.pem),
    checkServerIdentity: (host: string, cert: PeerCertificate) =>
      normalizeFingerprint(cert.fingerprint256) === pinned ? undefined : checkHostIdentity(host, cert),
  };
}

/** Removes every form of the secret from server text, then cuts it to size (in that order: a cut never halves a secret). */
export function scrub(text: string | undefined, secret: string): string | undefined {
  if (text === undefined) return text;
  return new Redactor([secret]).text(text).slice(0, SERVER_TEXT_LIMIT);
}

/** A failed step with the secret taken out of every text in it: the server's words and the library's. */
export function scrubStep<T>(value: T, secret: string): T {
  return new Redactor([secret]).deep(value, SERVER_TEXT_LIMIT);
}

/**
 * CR, LF and NUL end or split a command in every line protocol (IMAP, POP3, SMTP): a user name or password
 * holding one would send commands of its own ("USER alice", "DELE 1"), so it is refused before any connection.
 */
export function credentialProblem(credentials: { username?: string; password?: string }): StepError | undefined {
  const bad = /[\r\n\0]/;
  if (credentials.username !== undefined && bad.test(credentials.username))
    return { code: 'EINPUT', reason: reason('control-in-username') };
  if (credentials.password !== undefined && bad.test(credentials.password))
    return { code: 'EINPUT', reason: reason('control-in-password') };
  return undefined;
}

/**
 * Runs one login function so that it cannot throw: whatever escapes it (a bug, a library that changed) becomes
 * an EINTERNAL attempt with the trace in the log. A trial login never crashes the run and never rejects.
 */
export async function guardedLogin<R extends { username: string; host: string; port: number; log?: Log }>(
  login: (request: R) => Promise<LoginAttempt>,
  request: R,
): Promise<LoginAttempt> {
  const started = performance.now();
  try {
    return await login(request);
  } catch (error) {
    const failure = internalFailure(error, request.log, { host: request.host, port: request.port });
    return { username: request.username, ok: false, error: failure, ms: Math.round(performance.now() - started) };
  }
}
