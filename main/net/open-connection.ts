import { connect as netConnect, isIP, type Socket } from 'node:net';
import { connect as tlsConnect, type TLSSocket } from 'node:tls';
import type { Message } from '../../shared/model/message';
import { failWith, MailSetupError, reason, step } from '../errors/mail-setup-error';
import { CONNECT_TIMEOUT_MS, TLS_TIMEOUT_MS } from './timeouts';
import { readTlsDetails } from './tls-details';
import type { TlsDetails } from '../../shared/model/probe';
import { secureContextFor, type TlsTrust } from './tls-trust';

export interface ConnectTarget {
  /** The resolved address we connect to. */
  address: string;
  port: number;
  /** The host name: used for SNI and the certificate check. */
  host: string;
}

function mapSocketError(error: NodeJS.ErrnoException, what: Message): MailSetupError {
  if (error instanceof MailSetupError) return error;
  switch (error.code) {
    case 'ECONNREFUSED':
      return failWith('ECONNREFUSED', reason('refused', { step: what }));
    case 'ETIMEDOUT':
      return failWith('ETIMEDOUT', reason('timed-out', { step: what }));
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return failWith('ETIMEDOUT', reason('unreachable', { step: what }));
    case 'ECONNRESET':
    case 'EPIPE':
      return failWith('ECONNECTION', reason('reset', { step: what }));
    default:
      if (error.code?.startsWith('ERR_SSL') || error.message.includes('SSL')) {
        return new MailSetupError({
          code: 'ETLS',
          certProblem: 'handshake',
          reason: reason('tls-handshake', { step: what, error: error.code ?? error.message }),
        });
      }
      return failWith('ECONNECTION', reason('socket-error', { step: what, error: error.code ?? error.message }));
  }
}

/** Waits for one of the socket's events, with a time limit and cancellation; destroys the socket on failure. */
function settle<T>(
  socket: Socket,
  event: string,
  timeoutMs: number,
  signal: AbortSignal | undefined,
  what: Message,
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
    const onClose = () => fail(failWith('ECONNECTION', reason('closed-by-server', { step: what })));
    const onAbort = () => fail(failWith('ECANCELLED', reason('cancelled', { step: what })));
    const timer = setTimeout(() => fail(failWith('ETIMEDOUT', reason('no-answer-within', { step: what, ms: timeoutMs }))), timeoutMs);
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
  return settle(socket, 'connect', timeoutMs, signal, step('connect', { host: target.host, port: target.port }), () => socket);
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
  return settle(socket, 'secureConnect', TLS_TIMEOUT_MS, signal, step('tls', { host: target.host, port: target.port }), () => ({
    socket,
    tls: readTlsDetails(socket, target.host, trust.trustedFingerprints),
  }));
}
