import { checkServerIdentity, type ConnectionOptions, type PeerCertificate } from 'node:tls';
import { isIP } from 'node:net';
import type { LoginAttempt } from '../../../shared/model/probe';
import type { Security } from '../../../shared/model/server';
import { internalFailure } from '../../errors/step-error';
import type { Log } from '../../log/logger';
import { scrubEverywhere, scrubSecrets, secretForms } from '../../privacy/secret-forms';
import { secureContextFor, type TlsTrust } from '../../net/tls-trust';
import { normalizeFingerprint } from '../../net/tls-details';

export type { LoginAttempt };

/** One trial login. The password lives only in this object and the library call it is handed to. */
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

/**
 * TLS options for a library doing the login: certificates are always verified (the library fails closed),
 * except that a pinned certificate is accepted as its own authority and for its host name, by fingerprint.
 */
export function loginTlsOptions(request: Pick<LoginRequest, 'host' | 'trust' | 'pinned'>): ConnectionOptions {
  const servername = isIP(request.host) ? undefined : request.host;
  if (!request.pinned) return { rejectUnauthorized: true, servername, secureContext: secureContextFor(request.trust) };
  const pinned = normalizeFingerprint(request.pinned.fingerprint256);
  return {
    rejectUnauthorized: true,
    servername,
    secureContext: secureContextFor(request.trust, request.pinned.pem),
    checkServerIdentity: (host: string, cert: PeerCertificate) =>
      normalizeFingerprint(cert.fingerprint256) === pinned ? undefined : checkServerIdentity(host, cert),
  };
}

/** Removes every occurrence of the password (in every form it travels in) from server text before we keep it. */
export function scrub(text: string | undefined, password: string): string | undefined {
  if (text === undefined || password === '') return text;
  return scrubSecrets(text, secretForms(password)).slice(0, 300);
}

/** A failed step with the password taken out of every text in it: the server's words and the library's. */
export function scrubStep<T>(value: T, password: string): T {
  return password === '' ? value : scrubEverywhere(value, secretForms(password), 300);
}

/**
 * Runs one login function so that it cannot throw: whatever escapes it (a bug, a library that changed) becomes
 * an EINTERNAL attempt with the trace in the log. A trial login never crashes the run and never rejects.
 */
export async function guardedLogin(login: (request: LoginRequest) => Promise<LoginAttempt>, request: LoginRequest): Promise<LoginAttempt> {
  const started = performance.now();
  try {
    return await login(request);
  } catch (error) {
    const failure = internalFailure(error, request.log, { host: request.host, port: request.port });
    return { username: request.username, ok: false, error: failure, ms: Math.round(performance.now() - started) };
  }
}
