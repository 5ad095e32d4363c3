import { ImapFlow } from 'imapflow';
import { CONNECT_TIMEOUT_MS, COMMAND_TIMEOUT_MS, GREETING_TIMEOUT_MS } from '../../net/timeouts';
import { libraryFailure } from './map-library-error';
import { loginTlsOptions, type LoginAttempt, type LoginRequest } from './login-request';

/** Trial IMAP login with imapflow: connect, authenticate, log out. */
export async function loginImap(request: LoginRequest): Promise<LoginAttempt> {
  const started = performance.now();
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
    verifyOnly: true,
    disableAutoIdle: true,
    connectionTimeout: CONNECT_TIMEOUT_MS,
    greetingTimeout: GREETING_TIMEOUT_MS,
    socketTimeout: COMMAND_TIMEOUT_MS * 2,
  });
  client.on('error', () => undefined);
  const onAbort = () => client.close();
  request.signal?.addEventListener('abort', onAbort, { once: true });
  // imapflow authenticates with AUTHENTICATE PLAIN (or LOGIN) when offered, else with LOGIN. The capabilities
  // change once logged in, so the mechanism is read from those seen before.
  let offered = new Map<string, unknown>();
  const mechanism = () => (offered.has('AUTH=PLAIN') ? 'AUTH=PLAIN' : offered.has('AUTH=LOGIN') ? 'AUTH=LOGIN' : 'LOGIN');
  // imapflow's verifyOnly goes on after the login with ID, NAMESPACE and LOGOUT: three round trips that prove
  // nothing more. The trial ends at the server's answer to the credentials instead, through imapflow's public
  // surface: its 'response' event fires for every tagged answer, and once that answer has been processed
  // (the next turn of the event loop) its `authenticated` property says whether the login was accepted.
  let accepted!: () => void;
  const acceptedNow = new Promise<void>((resolve) => (accepted = resolve));
  client.on('response', () => {
    if (!client.authenticated && client.capabilities) offered = new Map(client.capabilities);
    setImmediate(() => {
      if (client.authenticated) accepted();
    });
  });
  try {
    if (request.signal?.aborted) throw new Error('cancelled');
    const connecting = client.connect();
    // After an early end, closing the client may settle connect() late; that outcome is no longer wanted.
    connecting.catch(() => undefined);
    await Promise.race([connecting, acceptedNow]);
    return { username: request.username, ok: true, mechanism: mechanism(), ms: Math.round(performance.now() - started) };
  } catch (error) {
    const reply = (error as { responseText?: unknown }).responseText;
    return libraryFailure(request, error, {
      library: 'imapflow',
      protocol: 'IMAP',
      command: 'LOGIN',
      reply,
      mechanism: mechanism(),
      started,
    });
  } finally {
    request.signal?.removeEventListener('abort', onAbort);
    client.close();
  }
}
