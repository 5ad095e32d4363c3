import { MailSetupError } from '../../errors/error-codes';
import { certProblemFromCode } from '../../net/tls-details';
import type { StepError } from '../probe-server';

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

interface LibraryError {
  code?: string;
  originalCode?: string;
  message?: string;
  authenticationFailed?: boolean;
  tlsFailed?: boolean;
  responseText?: string;
  response?: unknown;
  responseCode?: number;
}

/** Maps an imapflow or nodemailer error onto our outcome codes; `reply` is the server's words. */
export function mapLibraryError(error: unknown, reply?: string): StepError {
  if (error instanceof MailSetupError) return { code: error.code, message: error.message };
  const e = (error ?? {}) as LibraryError;
  const codes = [e.code, e.originalCode].filter(Boolean) as string[];
  const message = e.message ?? String(error);
  const withReply = (step: StepError): StepError => (reply ? { ...step, serverReply: reply } : step);
  const tlsCode = codes.find((c) => TLS_VERIFY_CODES.has(c));
  if (tlsCode) return { code: 'ETLS', message, certProblem: certProblemFromCode(tlsCode) };
  if (e.authenticationFailed || codes.includes('EAUTH')) {
    if (/mechanism|Unknown authentication method/i.test(message)) return withReply({ code: 'ENOAUTHMECH', message });
    return withReply({ code: 'EAUTH', message });
  }
  if (/does not support STARTTLS/i.test(message)) return { code: 'ENOSTARTTLS', message };
  if (e.tlsFailed || codes.includes('ETLS') || codes.some((c) => c.startsWith('ERR_SSL'))) {
    return { code: 'ETLS', message, certProblem: 'handshake' };
  }
  if (codes.some((c) => ['CONNECT_TIMEOUT', 'GREETING_TIMEOUT', 'UPGRADE_TIMEOUT', 'ETIMEOUT', 'ETIMEDOUT'].includes(c))) {
    return { code: 'ETIMEDOUT', message };
  }
  if (codes.includes('ECONNREFUSED')) return { code: 'ECONNREFUSED', message };
  if (codes.includes('EDNS') || codes.includes('ENOTFOUND')) return { code: 'EDNS', message };
  if (
    codes.some((c) =>
      [
        'ECONNECTION',
        'ESOCKET',
        'ECONNRESET',
        'EPIPE',
        'NoConnection',
        'EConnectionClosed',
        'ClosedAfterConnectText',
        'ClosedAfterConnectTLS',
      ].includes(c),
    )
  ) {
    return withReply({ code: 'ECONNECTION', message });
  }
  return withReply({ code: 'EPROTOCOL', message });
}
