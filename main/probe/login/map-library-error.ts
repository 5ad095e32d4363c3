import { ImapFlowErrorCode } from 'imapflow';
import type { ErrorCode as NodemailerErrorCode } from 'nodemailer';
import type { StepError } from '../../../shared/model/outcome';
import { MailSetupError, reason } from '../../errors/mail-setup-error';
import { internalFailure, isProgrammingError } from '../../errors/step-error';
import type { Log } from '../../log/logger';
import { certProblemFromCode } from '../../net/tls-details';
import { scrub, scrubStep, type LoginAttempt, type LoginRequest } from './login-request';

// OpenSSL's and Node's certificate verdicts, as the TLS socket under a library reports them.
const TLS_VERIFY_CODES = new Set([
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'UNABLE_TO_GET_ISSUER_CERT',
  'CERT_UNTRUSTED',
  'CERT_REVOKED',
  'ERR_TLS_CERT_ALTNAME_INVALID',
]);

// The libraries' own codes, from their exported lists (imapflow's ImapFlowErrorCode, nodemailer's ErrorCode).
const TIMEOUT_CODES: readonly string[] = [
  ImapFlowErrorCode.CONNECT_TIMEOUT,
  ImapFlowErrorCode.GREETING_TIMEOUT,
  ImapFlowErrorCode.UPGRADE_TIMEOUT,
  ImapFlowErrorCode.ETIMEOUT,
  'ETIMEDOUT' satisfies NodemailerErrorCode,
];
const CONNECTION_CODES: readonly string[] = [
  ImapFlowErrorCode.NoConnection,
  ImapFlowErrorCode.EConnectionClosed,
  ImapFlowErrorCode.ClosedAfterConnectText,
  ImapFlowErrorCode.ClosedAfterConnectTLS,
  'ECONNECTION' satisfies NodemailerErrorCode,
  'ESOCKET' satisfies NodemailerErrorCode,
  'ECONNRESET',
  'EPIPE',
];
const AUTH_CODE: NodemailerErrorCode = 'EAUTH';
const TLS_CODE: NodemailerErrorCode = 'ETLS';
const DNS_CODE: NodemailerErrorCode = 'EDNS';

interface LibraryError {
  code?: string;
  originalCode?: string;
  message?: string;
  authenticationFailed?: boolean;
  tlsFailed?: boolean;
}

/**
 * Maps an imapflow or nodemailer error onto our outcome codes; `reply` is the server's words. A JavaScript
 * error without a library code (a method a library update removed, a wrong type) is a bug: EINTERNAL, logged.
 */
export function mapLibraryError(error: unknown, library: 'imapflow' | 'nodemailer', reply: string | undefined, log?: Log): StepError {
  if (error instanceof MailSetupError) return error.failure;
  const e = (error ?? {}) as LibraryError;
  const codes = [e.code, e.originalCode].filter((c): c is string => typeof c === 'string');
  if (codes.length === 0 && !e.authenticationFailed && (isProgrammingError(error) || !(error instanceof Error))) {
    return internalFailure(error, log, { library });
  }
  const why = reason('library', { library, error: (e.message ?? String(error)).slice(0, 300) });
  const answered = <T extends StepError>(step: T): T => (reply ? { ...step, serverReply: reply } : step);
  const tlsCode = codes.find((c) => TLS_VERIFY_CODES.has(c));
  if (tlsCode) return { code: 'ETLS', certProblem: certProblemFromCode(tlsCode) ?? 'handshake', reason: why };
  if (e.authenticationFailed || codes.includes(AUTH_CODE)) {
    if (/mechanism|Unknown authentication method/i.test(e.message ?? '')) return answered({ code: 'ENOAUTHMECH', reason: why });
    return answered({ code: 'EAUTH', reason: why });
  }
  if (/does not support STARTTLS/i.test(e.message ?? '')) return { code: 'ENOSTARTTLS', reason: why };
  if (e.tlsFailed || codes.includes(TLS_CODE) || codes.some((c) => c.startsWith('ERR_SSL'))) {
    return { code: 'ETLS', certProblem: 'handshake', reason: why };
  }
  if (codes.some((c) => TIMEOUT_CODES.includes(c))) return { code: 'ETIMEDOUT', reason: why };
  if (codes.includes('ECONNREFUSED')) return { code: 'ECONNREFUSED', reason: why };
  if (codes.includes(DNS_CODE) || codes.includes('ENOTFOUND')) return { code: 'EDNS', reason: why };
  if (codes.some((c) => CONNECTION_CODES.includes(c))) return answered({ code: 'ECONNECTION', reason: why });
  return answered({ code: 'EPROTOCOL', reason: why });
}

/**
 * A trial login the library ended with an error, as an attempt: the server's words and the classified failure,
 * each scrubbed of the password; ECANCELLED when the run was stopped meanwhile.
 */
export function libraryFailure(
  /** `password` is the secret to keep out of every text: the password, or an access token. */
  request: Pick<LoginRequest, 'username' | 'password' | 'signal' | 'log'>,
  error: unknown,
  how: {
    library: 'imapflow' | 'nodemailer';
    protocol: 'IMAP' | 'SMTP';
    command: string;
    reply: unknown;
    mechanism?: string;
    started: number;
  },
): LoginAttempt {
  const reply = scrub(typeof how.reply === 'string' ? how.reply : undefined, request.password);
  const step: StepError = request.signal?.aborted
    ? {
        code: 'ECANCELLED',
        reason: reason('cancelled', { step: { key: 'outcome:step.command', params: { protocol: how.protocol, command: how.command } } }),
      }
    : mapLibraryError(error, how.library, reply, request.log);
  return {
    username: request.username,
    ok: false,
    mechanism: how.mechanism,
    serverReply: reply,
    error: scrubStep(step, request.password),
    ms: Math.round(performance.now() - how.started),
  };
}
