import { libraryFailure } from './map-library-error';
import type { LoginAttempt, LoginRequest } from './login-request';
import { imapClient } from './library-sessions';
import { classified, needsMailboxCheck } from './classify-reply';

/** Trial IMAP login with imapflow: connect, authenticate, log out. */
export async function loginImap(request: LoginRequest): Promise<LoginAttempt> {
  const started = performance.now();
  // Where a provider can refuse the mailbox after accepting the login (NetEase), the trial opens it read-only.
  const openMailbox = needsMailboxCheck(request.host);
  const client = imapClient(request, { user: request.username, pass: request.password }, !openMailbox);
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
  let stage: 'auth' | 'select' = 'auth';
  try {
    if (request.signal?.aborted) throw new Error('cancelled');
    const connecting = client.connect();
    // After an early end, closing the client may settle connect() late; that outcome is no longer wanted.
    connecting.catch(() => undefined);
    if (openMailbox) {
      await connecting;
      stage = 'select';
      await client.mailboxOpen('INBOX', { readOnly: true });
    } else {
      await Promise.race([connecting, acceptedNow]);
    }
    return { username: request.username, ok: true, mechanism: mechanism(), ms: Math.round(performance.now() - started) };
  } catch (error) {
    const e = error as { responseText?: unknown; serverResponseCode?: unknown };
    const failed = libraryFailure(request, error, {
      library: 'imapflow',
      protocol: 'IMAP',
      command: stage === 'select' ? 'EXAMINE' : 'LOGIN',
      reply: e.responseText,
      mechanism: mechanism(),
      started,
    });
    // A mailbox the provider refuses to open after a good login is a login problem for the person all the same.
    const attempt: LoginAttempt =
      stage === 'select' && failed.error?.code === 'EPROTOCOL' && failed.serverReply
        ? { ...failed, error: { code: 'EAUTH', reason: failed.error.reason, serverReply: failed.serverReply } }
        : failed;
    const code = typeof e.serverResponseCode === 'string' ? `[${e.serverResponseCode}]` : '';
    const reply = [code, attempt.serverReply ?? ''].join(' ').trim();
    return classified(attempt, { protocol: 'imap', host: request.host, reply, stage });
  } finally {
    request.signal?.removeEventListener('abort', onAbort);
    client.close();
  }
}
