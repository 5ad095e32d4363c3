import type { StepError } from '../../shared/model/outcome';
import type { Security } from '../../shared/model/server';
import type { MailResolver } from '../dns/mail-resolver';
import { toStepError } from '../errors/step-error';
import type { TlsTrust } from '../net/tls-trust';
import { loginImapWithToken } from '../probe/login/login-imap-token';
import { loginSmtpWithToken } from '../probe/login/login-smtp-token';
import type { OAuthErrorReply, TokenLoginAttempt, TokenLoginRequest } from '../probe/login/token-login-request';
import type { AccessGrant } from './oauth-types';

/** A server to prove with the token: one the person has been shown (the engine's chosen incoming and outgoing). */
export interface ProofTarget {
  protocol: 'imap' | 'smtp';
  host: string;
  port: number;
  security: Security;
  username: string;
  /** A certificate the user chose to trust for this host, as for password logins. */
  pinned?: { pem: string; fingerprint256: string };
}

/** What one token login showed; never the token. */
export interface TokenProof extends Omit<ProofTarget, 'pinned'> {
  ok: boolean;
  mechanism?: string;
  serverReply?: string;
  error?: StepError;
  /** The server's own reason for refusing the token and where its authorization server is (RFC 7628). */
  oauthError?: OAuthErrorReply;
  ms: number;
}

export interface ProofResult {
  /** Every server accepted the token: the account is verified by signing in. */
  verified: boolean;
  proofs: TokenProof[];
}

export interface ProofContext {
  resolver: MailResolver;
  trust: TlsTrust;
  signal?: AbortSignal;
}

const LOGINS: Record<ProofTarget['protocol'], (request: TokenLoginRequest) => Promise<TokenLoginAttempt>> = {
  imap: loginImapWithToken,
  smtp: loginSmtpWithToken,
};

async function proveOne(grant: AccessGrant, target: ProofTarget, ctx: ProofContext): Promise<TokenProof> {
  const base = { protocol: target.protocol, host: target.host, port: target.port, security: target.security, username: target.username };
  let address: string;
  try {
    [address] = await ctx.resolver.addresses(target.host, ctx.signal);
  } catch (error) {
    return { ...base, ok: false, error: toStepError(error, undefined, { host: target.host }), ms: 0 };
  }
  const attempt = await LOGINS[target.protocol]({
    host: target.host,
    address,
    port: target.port,
    security: target.security,
    username: target.username,
    token: grant.token,
    trust: ctx.trust,
    signal: ctx.signal,
    ...(target.pinned ? { pinned: target.pinned } : {}),
  });
  return {
    ...base,
    ok: attempt.ok,
    ...(attempt.mechanism ? { mechanism: attempt.mechanism } : {}),
    ...(attempt.serverReply ? { serverReply: attempt.serverReply } : {}),
    ...(attempt.error ? { error: attempt.error } : {}),
    ...(attempt.oauthError ? { oauthError: attempt.oauthError } : {}),
    ms: attempt.ms,
  };
}

/**
 * Proves the servers with the signed-in token (IMAP: OAUTHBEARER or XOAUTH2; SMTP: XOAUTH2 or OAUTHBEARER),
 * then discards the token whatever happened: nothing keeps it after this call.
 */
export async function proveWithToken(grant: AccessGrant, targets: ProofTarget[], ctx: ProofContext): Promise<ProofResult> {
  try {
    const proofs = await Promise.all(targets.map((target) => proveOne(grant, target, ctx)));
    return { verified: proofs.length > 0 && proofs.every((p) => p.ok), proofs };
  } finally {
    grant.token.discard();
  }
}
