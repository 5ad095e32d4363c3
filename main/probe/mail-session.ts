import type { PreLoginInfo, ServerProbe } from '../../shared/model/probe';
import type { Endpoint, Protocol, Security } from '../../shared/model/server';
import { failWith, reason } from '../errors/mail-setup-error';
import { toStepError } from '../errors/step-error';
import type { Log } from '../log/logger';
import { attemptsOf, type Connector } from '../net/connector';
import { LineConnection } from '../net/line-connection';
import { startTls, type ConnectTarget } from '../net/open-connection';
import type { TlsTrust } from '../net/tls-trust';
import type { ProtocolDialog } from './dialogs/dialog';
import { imapDialog } from './dialogs/imap-dialog';
import { pop3Dialog } from './dialogs/pop3-dialog';
import { smtpDialog } from './dialogs/smtp-dialog';

export const DIALOGS: Record<Protocol, ProtocolDialog> = { imap: imapDialog, pop3: pop3Dialog, smtp: smtpDialog };

export interface SessionTarget {
  endpoint: Endpoint;
  /** Every address of the host, in the order to try them. */
  addresses: readonly string[];
  trust: TlsTrust;
  connector: Connector;
  signal?: AbortSignal;
  log?: Log;
}

/** An open, pre-login conversation with a mail server: where a trial login continues. */
export interface Session {
  protocol: Protocol;
  /** The server's host name as the client names it (for the provider's reply rules and messages). */
  host: string;
  conn: LineConnection;
  /** Capabilities on this connection as it is now (after STARTTLS when there was one). */
  info: PreLoginInfo;
  /** The security actually in use: a cleartext port whose server offers no STARTTLS is "plain". */
  security: Security;
}

/**
 * Connects to one server the way a mail client does: every address of the host (RFC 8305), TLS for implicit
 * TLS, the greeting and capabilities, STARTTLS on cleartext ports where offered (and capabilities again),
 * recording every step in a ServerProbe. The connection stays open for a trial login on it, so the proof costs
 * no second connection and every byte the server sends goes through the same bounded reader. When a step
 * fails, the probe says why and there is no session.
 */
export async function openSession(target: SessionTarget): Promise<{ probe: ServerProbe; session?: Session }> {
  const { endpoint, trust, signal, log } = target;
  const started = performance.now();
  const dialog = DIALOGS[endpoint.protocol];
  const probe: ServerProbe = {
    address: target.addresses[0] ?? '',
    starttls: endpoint.security === 'tls' ? 'implicit' : 'missing',
    totalMs: 0,
  };
  let conn: LineConnection | undefined;
  try {
    const connected = await target.connector.connect({ host: endpoint.host, port: endpoint.port, addresses: target.addresses }, signal);
    probe.address = connected.address;
    probe.connectMs = connected.connectMs;
    if (connected.attempts.length > 1) probe.attempts = connected.attempts;
    const where: ConnectTarget = { address: connected.address, port: endpoint.port, host: endpoint.host };
    if (endpoint.security === 'tls') {
      const tlsStarted = performance.now();
      const secured = await startTls(connected.socket, where, trust, signal);
      probe.tlsMs = Math.round(performance.now() - tlsStarted);
      probe.tls = secured.tls;
      conn = new LineConnection(secured.socket, signal);
    } else {
      conn = new LineConnection(connected.socket, signal);
    }
    // Kept whole (bounded by the connection's line limit) until the result is redacted and cut to size.
    probe.greeting = await dialog.readGreeting(conn);
    probe.info = await dialog.capabilities(conn, probe.greeting);
    let security: Security = endpoint.security;
    if (endpoint.security !== 'tls') {
      probe.clearInfo = probe.info;
      if (probe.info.starttlsOffered) {
        probe.starttls = probe.info.loginDisabled ? 'required' : 'advertised';
        await dialog.startTls(conn);
        // Bytes that arrived before our handshake could be injected by an attacker (CVE-2011-0411 class).
        if (conn.hasUnreadData()) throw failWith('EPROTOCOL', reason('data-after-starttls', { command: 'STARTTLS' }));
        const plain = conn.detach();
        const tlsStarted = performance.now();
        const secured = await startTls(plain, where, trust, signal);
        probe.tlsMs = Math.round(performance.now() - tlsStarted);
        probe.tls = secured.tls;
        conn.replaceSocket(secured.socket);
        // The capabilities before TLS count for nothing after it (RFC 2595, 3207): ask again.
        probe.info = await dialog.capabilities(conn);
        security = 'starttls';
      } else {
        security = 'plain';
      }
    }
    probe.totalMs = Math.round(performance.now() - started);
    return { probe, session: { protocol: endpoint.protocol, host: endpoint.host, conn, info: probe.info, security } };
  } catch (error) {
    const attempts = attemptsOf(error);
    if (attempts && attempts.length > 0) probe.attempts = attempts;
    probe.error = toStepError(error, log, { host: endpoint.host, port: endpoint.port });
    conn?.close();
    probe.totalMs = Math.round(performance.now() - started);
    return { probe };
  }
}

/** Says goodbye without waiting for the answer, and closes. */
export function closeSession(session: Session): void {
  if (session.conn.usable) DIALOGS[session.protocol].quit(session.conn);
  session.conn.close();
}
