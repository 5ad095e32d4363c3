import { ImapFlow } from 'imapflow';
import { CONNECT_TIMEOUT_MS, COMMAND_TIMEOUT_MS, GREETING_TIMEOUT_MS } from '../../net/timeouts';
import { mapLibraryError } from './map-library-error';
import { loginTlsOptions, scrub, type LoginAttempt, type LoginRequest } from './login-request';
import { classifyLoginReply, needsMailboxCheck } from './classify-reply';

/** Trial IMAP login with imapflow: connect, authenticate, log out. */
export async function loginImap(request: LoginRequest): Promise<LoginAttempt> {
  const started = performance.now();
  // Where a provider can refuse the mailbox after accepting the login (NetEase), the trial opens it read-only.
  const openMailbox = needsMailboxCheck(request.host);
  const client = new ImapFlow({
    host: request.address,
    port: request.port,
    servername: request.host,
    secure: request.security === 'tls',
    // Never let imapflow fall back to cleartext on its own: STARTTLS is either required or not used.
    doSTARTTLS: request.security === 'starttls' ? true : request.security === 'plain' ? false : undefined,
    tls: loginTlsOptions(request),
    auth: { user: request.username, pass: request.password },
    logger: false,
    verifyOnly: !openMailbox,
    disableAutoIdle: true,
    connectionTimeout: CONNECT_TIMEOUT_MS,
    greetingTimeout: GREETING_TIMEOUT_MS,
    socketTimeout: COMMAND_TIMEOUT_MS * 2,
  });
  client.on('error', () => undefined);
  const onAbort = () => client.close();
  request.signal?.addEventListener('abort', onAbort, { once: true });
  const mechanism = () => {
    const caps = (client as unknown as { capabilities?: Map<string, unknown> }).capabilities;
    return caps?.has('AUTH=PLAIN') ? 'AUTH=PLAIN' : 'LOGIN';
  };
  // imapflow's verifyOnly goes on after the login with ID, NAMESPACE and LOGOUT, three round trips that
  // prove nothing more. Its session calls authenticate() once; resolving when that returns lets the
  // trial end right after the server's answer to the credentials.
  const session = client as unknown as { authenticate: () => Promise<unknown> };
  const authenticateOnce = session.authenticate.bind(client);
  let authenticated!: () => void;
  const authenticatedNow = new Promise<void>((resolve) => (authenticated = resolve));
  session.authenticate = async () => {
    const answer = await authenticateOnce();
    authenticated();
    return answer;
  };
  let stage: 'auth' | 'select' = 'auth';
  try {
    if (request.signal?.aborted) throw new Error('cancelled');
    if (openMailbox) {
      await client.connect();
      stage = 'select';
      await client.mailboxOpen('INBOX', { readOnly: true });
    } else {
      await Promise.race([client.connect(), authenticatedNow]);
    }
    return { username: request.username, ok: true, mechanism: mechanism(), ms: Math.round(performance.now() - started) };
  } catch (error) {
    const e = error as { responseText?: string; serverResponseCode?: string; message?: string };
    const reply = scrub(e.responseText ?? undefined, request.password);
    const step = request.signal?.aborted ? { code: 'ECANCELLED' as const, message: 'cancelled' } : mapLibraryError(error, reply);
    step.message = scrub(step.message, request.password) ?? '';
    // A mailbox the provider refuses to open after a good login is a login problem for the person all the same.
    if (stage === 'select' && step.code === 'EPROTOCOL' && reply) step.code = 'EAUTH';
    const authProblem =
      step.code === 'EAUTH'
        ? classifyLoginReply({
            protocol: 'imap',
            host: request.host,
            username: request.username,
            reply: [e.serverResponseCode ? `[${e.serverResponseCode}]` : '', reply ?? ''].join(' ').trim(),
            stage,
          })
        : undefined;
    return {
      username: request.username,
      ok: false,
      mechanism: mechanism(),
      serverReply: reply,
      error: step,
      ...(authProblem ? { authProblem } : {}),
      ms: Math.round(performance.now() - started),
    };
  } finally {
    request.signal?.removeEventListener('abort', onAbort);
    client.close();
  }
}
