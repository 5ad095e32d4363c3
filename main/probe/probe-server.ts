import type { Socket } from 'node:net';
import type { ServerProbe } from '../../shared/model/probe';
import type { Endpoint, Protocol } from '../../shared/model/server';
import { failWith, reason } from '../errors/mail-setup-error';
import { toStepError } from '../errors/step-error';
import type { Log } from '../log/logger';
import { LineConnection } from '../net/line-connection';
import { openTcp, startTls, type ConnectTarget } from '../net/open-connection';
import type { TlsTrust } from '../net/tls-trust';
import type { ProtocolDialog } from './dialogs/dialog';
import { imapDialog } from './dialogs/imap-dialog';
import { pop3Dialog } from './dialogs/pop3-dialog';
import { smtpDialog } from './dialogs/smtp-dialog';

export const DIALOGS: Record<Protocol, ProtocolDialog> = { imap: imapDialog, pop3: pop3Dialog, smtp: smtpDialog };

const GREETING_LIMIT = 300;

/**
 * Connects to one server the way a mail client would, reads its greeting and capabilities, upgrades
 * with STARTTLS on cleartext ports, records the TLS details, and says goodbye.
 */
export async function probeServer(
  endpoint: Endpoint,
  address: string,
  trust: TlsTrust,
  signal?: AbortSignal,
  log?: Log,
): Promise<ServerProbe> {
  const started = performance.now();
  const target: ConnectTarget = { address, port: endpoint.port, host: endpoint.host };
  const dialog = DIALOGS[endpoint.protocol];
  const result: ServerProbe = { address, starttls: endpoint.security === 'tls' ? 'implicit' : 'missing', totalMs: 0 };
  let conn: LineConnection | undefined;
  try {
    const socket: Socket = await openTcp(target, signal);
    result.connectMs = Math.round(performance.now() - started);
    if (endpoint.security === 'tls') {
      const tlsStarted = performance.now();
      const secured = await startTls(socket, target, trust, signal);
      result.tlsMs = Math.round(performance.now() - tlsStarted);
      result.tls = secured.tls;
      conn = new LineConnection(secured.socket, signal);
    } else {
      conn = new LineConnection(socket, signal);
    }
    result.greeting = (await dialog.readGreeting(conn)).slice(0, GREETING_LIMIT);
    result.info = await dialog.capabilities(conn, result.greeting);
    if (endpoint.security !== 'tls') {
      result.clearInfo = result.info;
      if (result.info.starttlsOffered) {
        result.starttls = result.info.loginDisabled ? 'required' : 'advertised';
        await dialog.startTls(conn);
        // Bytes that arrived before our handshake could be injected by an attacker (CVE-2011-0411 class).
        if (conn.hasUnreadData()) throw failWith('EPROTOCOL', reason('data-after-starttls', { command: 'STARTTLS' }));
        const plain = conn.detach();
        const tlsStarted = performance.now();
        const secured = await startTls(plain, target, trust, signal);
        result.tlsMs = Math.round(performance.now() - tlsStarted);
        result.tls = secured.tls;
        conn.replaceSocket(secured.socket);
        // IMAP servers resend capabilities unprompted only in the greeting, so ask again after TLS.
        result.info = await dialog.capabilities(conn);
      }
    }
    dialog.quit(conn);
  } catch (error) {
    result.error = toStepError(error, log, { host: endpoint.host, port: endpoint.port });
  } finally {
    conn?.close();
    result.totalMs = Math.round(performance.now() - started);
  }
  return result;
}
