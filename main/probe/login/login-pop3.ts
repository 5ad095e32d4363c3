import { MailSetupError } from '../../errors/error-codes';
import { LineConnection } from '../../net/line-connection';
import { openTcp, startTls } from '../../net/open-connection';
import { passwordSafeOver } from '../../net/tls-details';
import { pop3Command, pop3Dialog } from '../dialogs/pop3-dialog';
import { toStepError } from '../probe-server';
import { scrub, type LoginAttempt, type LoginRequest } from './login-request';
import { classifyLoginReply } from './classify-reply';

// No maintained POP3 client library reports the server's words and the TLS state we need (node-pop3
// and poplib are unmaintained), so this is a small client of our own: RFC 1939 USER/PASS and RFC 5034 SASL PLAIN.

async function secureChannel(request: LoginRequest, conn: LineConnection | undefined): Promise<LineConnection> {
  const target = { address: request.address, port: request.port, host: request.host };
  const fingerprints = request.pinned ? [request.pinned.fingerprint256] : [];
  const secure = async (socket: Parameters<typeof startTls>[0]) => {
    const { socket: tlsSocket, tls } = await startTls(
      socket,
      target,
      { ...request.trust, trustedFingerprints: fingerprints },
      request.signal,
    );
    if (!passwordSafeOver(tls)) {
      tlsSocket.destroy();
      throw new MailSetupError('ETLS', 'the server certificate is not trusted', { certProblem: tls.problems[0] ?? 'handshake' });
    }
    return tlsSocket;
  };
  if (!conn) {
    const socket = await openTcp(target, request.signal);
    return new LineConnection(request.security === 'tls' ? await secure(socket) : socket, request.signal);
  }
  await pop3Dialog.startTls(conn);
  if (conn.hasUnreadData()) throw new MailSetupError('EPROTOCOL', 'the server sent data right after agreeing to STLS');
  conn.replaceSocket(await secure(conn.detach()));
  return conn;
}

/** Trial POP3 login: greeting, optional STLS, then SASL PLAIN when offered, otherwise USER/PASS. */
export async function loginPop3(request: LoginRequest): Promise<LoginAttempt> {
  const started = performance.now();
  let conn: LineConnection | undefined;
  let mechanism: string | undefined;
  try {
    conn = await secureChannel(request, undefined);
    await pop3Dialog.readGreeting(conn);
    let info = await pop3Dialog.capabilities(conn);
    if (request.security === 'starttls') {
      if (!info.starttlsOffered) throw new MailSetupError('ENOSTARTTLS', 'the server does not offer STLS');
      conn = await secureChannel(request, conn);
      info = await pop3Dialog.capabilities(conn);
    }
    if (info.authMechanisms.includes('PLAIN')) {
      mechanism = 'AUTH PLAIN';
      const token = Buffer.from(`\0${request.username}\0${request.password}`, 'utf8').toString('base64');
      // The initial response rides on the AUTH line (RFC 5034); "what" keeps the secret out of error texts.
      await pop3Command(conn, `AUTH PLAIN ${token}`, 'AUTH PLAIN');
    } else if (info.authMechanisms.includes('USER')) {
      mechanism = 'USER/PASS';
      await pop3Command(conn, `USER ${request.username}`, 'USER');
      await pop3Command(conn, `PASS ${request.password}`, 'PASS');
    } else {
      throw new MailSetupError('ENOAUTHMECH', 'the server offers neither USER/PASS nor SASL PLAIN');
    }
    pop3Dialog.quit(conn);
    return { username: request.username, ok: true, mechanism, ms: Math.round(performance.now() - started) };
  } catch (error) {
    const step = toStepError(error);
    // A -ERR answer to the credentials is an authentication failure, whatever words the server chose.
    if (step.code === 'EPROTOCOL' && /^POP3 (AUTH PLAIN|USER|PASS):/.test(step.message)) step.code = 'EAUTH';
    step.message = scrub(step.message, request.password) ?? '';
    const reply = scrub(step.serverReply, request.password);
    const authProblem =
      step.code === 'EAUTH' && reply
        ? classifyLoginReply({ protocol: 'pop3', host: request.host, username: request.username, reply })
        : undefined;
    return {
      username: request.username,
      ok: false,
      mechanism,
      serverReply: reply,
      error: step,
      ...(authProblem ? { authProblem } : {}),
      ms: Math.round(performance.now() - started),
    };
  } finally {
    conn?.close();
  }
}
