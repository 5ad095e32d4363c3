import { connect as netConnect, isIP, type Socket } from 'node:net';
import { connect as tlsConnect, type TLSSocket } from 'node:tls';
import { MailSetupError } from '../errors/error-codes';
import { CONNECT_TIMEOUT_MS, TLS_TIMEOUT_MS } from './timeouts';
import { readTlsDetails, type TlsDetails } from './tls-details';
import { secureContextFor, type TlsTrust } from './tls-trust';

export interface ConnectTarget {
  /** The resolved address we connect to. */
  address: string;
  port: number;
  /** The host name: used for SNI and the certificate check. */
  host: string;
}

function mapSocketError(error: NodeJS.ErrnoException, what: string): MailSetupError {
  if (error instanceof MailSetupError) return error;
  switch (error.code) {
    case 'ECONNREFUSED':
      return new MailSetupError('ECONNREFUSED', `${what}: connection refused`);
    case 'ETIMEDOUT':
      return new MailSetupError('ETIMEDOUT', `${what}: timed out`);
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return new MailSetupError('ETIMEDOUT', `${what}: host unreachable`);
    case 'ECONNRESET':
    case 'EPIPE':
      return new MailSetupError('ECONNECTION', `${what}: connection reset`);
    default:
      if (error.code?.startsWith('ERR_SSL') || error.message.includes('SSL')) {
        return new MailSetupError('ETLS', `${what}: ${error.message}`, { certProblem: 'handshake' });
      }
      return new MailSetupError('ECONNECTION', `${what}: ${error.code ?? error.message}`);
  }
}

/** Waits for one of the socket's events, with a time limit and cancellation; destroys the socket on failure. */
function settle<T>(
  socket: Socket,
  event: string,
  timeoutMs: number,
  signal: AbortSignal | undefined,
  what: string,
  value: () => T,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const cleanup = () => {
      clearTimeout(timer);
      socket.off(event, onDone);
      socket.off('error', onError);
      socket.off('close', onClose);
      signal?.removeEventListener('abort', onAbort);
    };
    const fail = (error: MailSetupError) => {
      cleanup();
      socket.destroy();
      reject(error);
    };
    const onDone = () => {
      cleanup();
      try {
        resolve(value());
      } catch (error) {
        socket.destroy();
        reject(error);
      }
    };
    const onError = (error: NodeJS.ErrnoException) => fail(mapSocketError(error, what));
    const onClose = () => fail(new MailSetupError('ECONNECTION', `${what}: closed by the server`));
    const onAbort = () => fail(new MailSetupError('ECANCELLED', `${what}: cancelled`));
    const timer = setTimeout(() => fail(new MailSetupError('ETIMEDOUT', `${what}: no answer within ${timeoutMs} ms`)), timeoutMs);
    if (signal?.aborted) return onAbort();
    socket.once(event, onDone);
    socket.once('error', onError);
    socket.once('close', onClose);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** Opens a TCP connection to a resolved address. */
export async function openTcp(target: ConnectTarget, signal?: AbortSignal, timeoutMs = CONNECT_TIMEOUT_MS): Promise<Socket> {
  const socket = netConnect({ host: target.address, port: target.port });
  return settle(socket, 'connect', timeoutMs, signal, `connect to ${target.host}:${target.port}`, () => socket);
}

export interface SecuredSocket {
  socket: TLSSocket;
  tls: TlsDetails;
}

/**
 * Runs the TLS handshake over an open socket, for implicit TLS and after STARTTLS alike. Certificate
 * problems do not fail the handshake: they are reported in `tls` so the caller can explain them, and
 * no password is ever sent over this socket unless `tls.verified || tls.trustedByUser`.
 */
export async function startTls(plain: Socket, target: ConnectTarget, trust: TlsTrust, signal?: AbortSignal): Promise<SecuredSocket> {
  const servername = isIP(target.host) ? undefined : target.host;
  const socket = tlsConnect({ socket: plain, servername, secureContext: secureContextFor(trust), rejectUnauthorized: false });
  return settle(socket, 'secureConnect', TLS_TIMEOUT_MS, signal, `TLS with ${target.host}:${target.port}`, () => ({
    socket,
    tls: readTlsDetails(socket, target.host, trust.trustedFingerprints),
  }));
}
