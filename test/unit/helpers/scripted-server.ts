import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createServer, type Server, type Socket } from 'node:net';
import { createServer as createTlsServer } from 'node:tls';
import { onCrlfLines } from '../../helpers/crlf-lines';

const TLS_DIR = join(__dirname, '..', '..', 'fixtures', 'tls');

/** The unit tier's test CA (test/fixtures/tls), for clients of a scripted server started with `tls: true`. */
export const SCRIPTED_CA = readFileSync(join(TLS_DIR, 'ca.pem'), 'utf8');
/** The name the scripted server's certificate is for. */
export const SCRIPTED_HOST = 'scripted.test';

export interface ScriptedServer {
  port: number;
  /** Every line clients sent, in order, across connections. */
  received: string[];
  close(): Promise<void>;
}

/**
 * A mail server on 127.0.0.1 (a free port) that sends `greeting` on connect and answers each line the client
 * sends with what `reply` returns (nothing: no answer). Enough of a server for a dialog or a login to talk to.
 */
export async function scriptedServer(
  greeting: string | undefined,
  reply: (line: string, socket: Socket) => string | undefined,
  options: { tls?: boolean } = {},
): Promise<ScriptedServer> {
  const received: string[] = [];
  const sockets = new Set<Socket>();
  const session = (socket: Socket) => {
    sockets.add(socket);
    socket.on('error', () => undefined);
    socket.on('close', () => sockets.delete(socket));
    if (greeting !== undefined) socket.write(greeting);
    onCrlfLines(socket, (line) => {
      received.push(line);
      const answer = reply(line, socket);
      if (answer !== undefined && !socket.destroyed) socket.write(answer);
    });
  };
  const server: Server = options.tls
    ? createTlsServer({ cert: readFileSync(join(TLS_DIR, 'server.pem')), key: readFileSync(join(TLS_DIR, 'server.key')) }, session)
    : createServer(session);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    port,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** An IMAP server that answers CAPABILITY, ID, LOGIN/AUTHENTICATE (with `accept`), EXAMINE and LOGOUT by the tag. */
export function imapScript(accept: boolean) {
  let loggedIn = false;
  return (line: string): string | undefined => {
    const [tag, command = ''] = line.split(' ');
    switch (command.toUpperCase()) {
      case 'EXAMINE':
      case 'SELECT':
        return loggedIn ? `* 0 EXISTS\r\n${tag} OK [READ-ONLY] done\r\n` : `${tag} NO not logged in\r\n`;
      case 'CAPABILITY':
        return `* CAPABILITY IMAP4rev1 AUTH=PLAIN ID\r\n${tag} OK done\r\n`;
      case 'ID':
        return `* ID NIL\r\n${tag} OK done\r\n`;
      case 'LOGIN':
      case 'AUTHENTICATE':
        loggedIn = accept;
        return accept ? `${tag} OK [CAPABILITY IMAP4rev1] logged in\r\n` : `${tag} NO [AUTHENTICATIONFAILED] Authentication failed.\r\n`;
      case 'NAMESPACE':
        return `* NAMESPACE (("" "/")) NIL NIL\r\n${tag} OK done\r\n`;
      case 'LOGOUT':
        return `* BYE bye\r\n${tag} OK done\r\n`;
      default:
        return line.includes(' ') ? `${tag} BAD unknown\r\n` : undefined;
    }
  };
}

/** An SMTP submission server: EHLO with AUTH PLAIN LOGIN, AUTH answered with `accept`, QUIT. */
export function smtpScript(accept: boolean) {
  return (line: string): string | undefined => {
    const verb = line.split(' ')[0].toUpperCase();
    if (verb === 'EHLO') return '250-smtp.test\r\n250-AUTH PLAIN LOGIN\r\n250 SIZE 1000000\r\n';
    if (verb === 'AUTH') return accept ? '235 2.7.0 Authentication successful\r\n' : '535 5.7.8 Authentication credentials invalid\r\n';
    if (verb === 'QUIT') return '221 bye\r\n';
    return '502 5.5.2 Error: command not recognized\r\n';
  };
}
