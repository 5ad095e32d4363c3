import type { SecretToken } from '../../oauth/secret-token';
import type { LoginAttempt, LoginRequest } from './login-request';

/** A trial login that proves an account with an access token instead of a password (SASL OAUTHBEARER or XOAUTH2). */
export interface TokenLoginRequest extends Omit<LoginRequest, 'password'> {
  token: SecretToken;
  /** Use this SASL mechanism even where the server also offers the other (OAUTHBEARER is chosen otherwise). */
  mechanism?: 'OAUTHBEARER' | 'XOAUTH2';
}

/** The server's RFC 7628 section 3.2.2 error (also sent for XOAUTH2): why it refused the token, where to get a new one. */
export interface OAuthErrorReply {
  status?: string;
  scope?: string;
  /** Where the server says its authorization server's metadata is: a discovery hint for the next sign-in. */
  openidConfiguration?: string;
}

export interface TokenLoginAttempt extends LoginAttempt {
  oauthError?: OAuthErrorReply;
}

/** Reads the JSON error a server sends instead of accepting a token; nothing else from it is kept. */
export function readOAuthError(value: unknown): OAuthErrorReply | undefined {
  let json: unknown = value;
  if (typeof value === 'string') {
    try {
      json = JSON.parse(Buffer.from(value, 'base64').toString('utf8'));
    } catch {
      return undefined;
    }
  }
  if (!json || typeof json !== 'object') return undefined;
  const record = json as Record<string, unknown>;
  const text = (key: string) => (typeof record[key] === 'string' ? (record[key] as string).slice(0, 300) : undefined);
  const reply: OAuthErrorReply = {
    ...(text('status') ? { status: text('status') } : {}),
    ...(text('scope') ? { scope: text('scope') } : {}),
    ...(text('openid-configuration') ? { openidConfiguration: text('openid-configuration') } : {}),
  };
  return Object.keys(reply).length > 0 ? reply : undefined;
}
