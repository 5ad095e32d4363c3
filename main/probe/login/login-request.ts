import { checkServerIdentity, type ConnectionOptions, type PeerCertificate } from 'node:tls';
import { isIP } from 'node:net';
import type { Security } from '../../discovery/candidate';
import { secureContextFor, type TlsTrust } from '../../net/tls-trust';
import { normalizeFingerprint } from '../../net/tls-details';
import type { StepError } from '../probe-server';
import type { AuthProblem } from './auth-problem';

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
}

export interface LoginAttempt {
  username: string;
  ok: boolean;
  /** SASL mechanism or command used, e.g. "AUTH=PLAIN", "LOGIN", "USER/PASS". */
  mechanism?: string;
  /** What the server said, without any credential. */
  serverReply?: string;
  error?: StepError;
  /** What the provider's refusal means (app password, its own sign-in, a switch to turn on...), when known. */
  authProblem?: AuthProblem;
  ms: number;
}

/**
 * TLS options for a library doing the login: certificates are always verified (the library fails closed),
 * except that a pinned certificate is accepted as its own authority and for its host name, by fingerprint.
 */
export function loginTlsOptions(request: LoginRequest): ConnectionOptions {
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

/** Removes every occurrence of the password (and its base64 forms) from server text before we keep it. */
export function scrub(text: string | undefined, password: string): string | undefined {
  if (text === undefined || password === '') return text;
  let clean = text;
  for (const secret of [password, Buffer.from(password).toString('base64')]) clean = clean.split(secret).join('[hidden]');
  return clean.slice(0, 300);
}
