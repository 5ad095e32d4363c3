import { failWith, MailSetupError, reason } from '../../errors/mail-setup-error';
import { toStepError } from '../../errors/step-error';
import { LineConnection } from '../../net/line-connection';
import { openTcp, startTls } from '../../net/open-connection';
import { passwordSafeOver } from '../../net/tls-details';
import { pop3Command, pop3Dialog } from '../dialogs/pop3-dialog';
import { scrubStep, type LoginAttempt, type LoginRequest } from './login-request';
import { classified } from './classify-reply';

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
      throw new MailSetupError({ code: 'ETLS', certProblem: tls.problems[0] ?? 'handshake', reason: reason('cert-not-trusted') });
    }
    return tlsSocket;
  };
  if (!conn) {
    const socket = await openTcp(target, request.signal);
    return new LineConnection(request.security === 'tls' ? await secure(socket) : socket, request.signal);
  }
  await pop3Dialog.startTls(conn);
  if (conn.hasUnreadData()) throw failWith('EPROTOCOL', reason('data-after-starttls', { command: 'STLS' }));
  conn.replaceSocket(await secure(conn.detach()));
  return conn;
}

/** Trial POP3 login: greeting, optional STLS, then SASL PLAIN when offered, otherwise USER/PASS. */
export async function loginPop3(request: LoginRequest): Promise<LoginAttempt> {
  const started = performance.now();
  let conn: LineConnection | undefined;
  let mechanism: string | undefined;
  // Set once USER, PASS or AUTH is on its way: a refusal from then on is the answer to the credentials.
  let credentialsSent = false;
  try {
    conn = await secureChannel(request, undefined);
    await pop3Dialog.readGreeting(conn);
    let info = await pop3Dialog.capabilities(conn);
    if (request.security === 'starttls') {
      if (!info.starttlsOffered) throw failWith('ENOSTARTTLS', reason('no-starttls', { command: 'STLS' }));
      conn = await secureChannel(request, conn);
      info = await pop3Dialog.capabilities(conn);
    }
    if (info.authMechanisms.includes('PLAIN')) {
      mechanism = 'AUTH PLAIN';
      credentialsSent = true;
      const token = Buffer.from(`\0${request.username}\0${request.password}`, 'utf8').toString('base64');
      // The initial response rides on the AUTH line (RFC 5034); "what" keeps the secret out of error texts.
      await pop3Command(conn, `AUTH PLAIN ${token}`, 'AUTH PLAIN');
    } else if (info.authMechanisms.includes('USER')) {
      mechanism = 'USER/PASS';
      credentialsSent = true;
      await pop3Command(conn, `USER ${request.username}`, 'USER');
      await pop3Command(conn, `PASS ${request.password}`, 'PASS');
    } else {
      throw failWith('ENOAUTHMECH', reason('no-pop3-login'));
    }
    pop3Dialog.quit(conn);
    return { username: request.username, ok: true, mechanism, ms: Math.round(performance.now() - started) };
  } catch (error) {
    let step = toStepError(error, request.log, { host: request.host, port: request.port });
    // A -ERR answer to the credentials is an authentication failure, whatever words the server chose.
    if (step.code === 'EPROTOCOL' && credentialsSent && step.reason.key === 'outcome:reason.command-refused')
      step = { ...step, code: 'EAUTH' };
    step = scrubStep(step, request.password);
    const serverReply = 'serverReply' in step ? step.serverReply : undefined;
    const attempt: LoginAttempt = {
      username: request.username,
      ok: false,
      mechanism,
      serverReply,
      error: step,
      ms: Math.round(performance.now() - started),
    };
    return classified(attempt, { protocol: 'pop3', host: request.host, reply: serverReply });
  } finally {
    conn?.close();
  }
}
