import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createServer as createNetServer, type Server, type Socket } from 'node:net';
import { createServer as createTlsServer } from 'node:tls';
import { createServer as createHttpsServer } from 'node:https';
import { ADDR } from './world-plan';
import { onCrlfLines } from '../helpers/crlf-lines';

/**
 * Mail servers that attack the client, each on its own address of the test world (names in world-plan.ts):
 * - floodLine: an IMAP greeting that never ends (no line break, ever), on 993 and 143;
 * - floodLiteral: IMAP announcing a literal of almost a gigabyte where the probe asks CAPABILITY (143) and
 *   where the login waits for its answer (993), and SMTP whose EHLO answer never ends (465);
 * - echo: servers that send the credentials back in their refusals: POP3 "-ERR … PASS <password>" placed
 *   across the 200th character, IMAP and SMTP echoing the SASL PLAIN token shifted by one and two characters
 *   (so it sits at every base64 alignment), SMTP AUTH LOGIN echoing the base64 password;
 * - escapes: terminal escape sequences, C1 controls and a right-to-left override in greetings and replies;
 * - cnOnly: IMAP, SMTP and an HTTPS autoconfig file behind a certificate whose host name is only in the CN (no
 *   subjectAltName).
 * A test starts the ones it needs (they are not part of the always-running world) and can read every line each
 * address received. No maintained server library can be told to misbehave like this; these lines are the point.
 */
export interface HostileServers {
  /** Every line received, per address, across connections. */
  received(address: string): string[];
  stop(): Promise<void>;
}

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

/** Feeds CRLF lines to a handler, one at a time; keeps what it received. */
function onLines(socket: Socket, log: string[], handle: (line: string) => void): void {
  onCrlfLines(socket, (line) => {
    log.push(line);
    handle(line);
  });
}

/** Writes `chunk` for as long as the client reads (and the socket lives), keeping the send buffer full. */
function flood(socket: Socket, chunk: string): void {
  const pump = () => {
    while (!socket.destroyed && socket.write(chunk)) {
      /* keep the buffer full */
    }
  };
  socket.on('drain', pump);
  pump();
}

type Session = (socket: Socket, log: string[]) => void;

const floodLineImap: Session = (socket) => {
  socket.write('* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN ');
  flood(socket, 'A'.repeat(65_536));
};

const floodLiteralCapability: Session = (socket, log) => {
  socket.write('* OK hostile IMAP ready\r\n');
  onLines(socket, log, (line) => {
    if (/ CAPABILITY$/i.test(line)) {
      socket.write('* CAPABILITY {999999999}\r\n');
      flood(socket, 'B'.repeat(65_536));
    }
  });
};

const floodLiteralLogin: Session = (socket, log) => {
  socket.write('* OK [CAPABILITY IMAP4rev1 SASL-IR AUTH=PLAIN] hostile IMAP ready\r\n');
  onLines(socket, log, (line) => {
    const tag = line.split(' ')[0];
    if (/ AUTHENTICATE /i.test(line)) {
      socket.write(`* ${tag} {999999999}\r\n`);
      flood(socket, 'C'.repeat(65_536));
    } else socket.write(`${tag} BAD what\r\n`);
  });
};

const floodEhlo: Session = (socket, log) => {
  socket.write('220 hostile ESMTP\r\n');
  onLines(socket, log, (line) => {
    if (/^EHLO/i.test(line)) flood(socket, '250-FLOOD FLOOD FLOOD FLOOD\r\n'.repeat(2_000));
  });
};

/** What a PLAIN token holds: authzid NUL user NUL password. */
const plainParts = (token: string) => Buffer.from(token, 'base64').toString('utf8').split('\0');

const echoImap: Session = (socket, log) => {
  socket.write('* OK [CAPABILITY IMAP4rev1 SASL-IR AUTH=PLAIN ID] echo IMAP ready\r\n');
  onLines(socket, log, (line) => {
    const [tag, command = '', mechanism = '', token = ''] = line.split(' ');
    if (/^AUTHENTICATE$/i.test(command) && /^PLAIN$/i.test(mechanism)) {
      // The token glued to one character: the password lands at another base64 alignment.
      socket.write(`${tag} NO [AUTHENTICATIONFAILED] Authentication failed for x${token}\r\n`);
    } else if (/^LOGOUT$/i.test(command)) {
      socket.end(`* BYE\r\n${tag} OK bye\r\n`);
    } else socket.write(`${tag} BAD unknown command ${line}\r\n`);
  });
};

const echoPop3: Session = (socket, log) => {
  socket.write('+OK echo POP3 ready\r\n');
  onLines(socket, log, (line) => {
    const verb = line.split(' ')[0].toUpperCase();
    if (verb === 'CAPA') socket.write('+OK\r\nUSER\r\n.\r\n');
    else if (verb === 'USER') socket.write('+OK\r\n');
    // The password placed across the 200th character (it starts at the 188th): a client that cuts first and redacts
    // after keeps its start.
    else if (verb === 'PASS') socket.write(`-ERR ${'x'.repeat(160)} invalid command ${line} ${'y'.repeat(40)}\r\n`);
    else if (verb === 'QUIT') socket.end('+OK bye\r\n');
    else socket.write(`-ERR unknown ${line}\r\n`);
  });
};

const echoSmtp: Session = (socket, log) => {
  let login: string | undefined;
  socket.write('220 echo ESMTP\r\n');
  onLines(socket, log, (line) => {
    const [verb = '', mechanism = '', token = ''] = line.split(' ');
    if (login !== undefined) {
      // AUTH LOGIN: the user name, then the password, each base64; the second is echoed back.
      if (login === '') {
        login = line;
        return void socket.write(`334 ${b64('Password:')}\r\n`);
      }
      login = undefined;
      return void socket.write(`535 5.7.8 Error: authentication failed: ${line}\r\n`);
    }
    if (/^EHLO$/i.test(verb)) socket.write('250-echo\r\n250 AUTH PLAIN LOGIN\r\n');
    else if (/^AUTH$/i.test(verb) && /^PLAIN$/i.test(mechanism)) {
      const user = plainParts(token)[1] ?? '';
      // The address form gets the token shifted by two characters; the local part gets AUTH LOGIN's echo instead.
      if (user.includes('@')) socket.write(`535 5.7.8 Error: authentication failed: ab${token}\r\n`);
      else socket.write(`504 5.5.4 use LOGIN\r\n`);
    } else if (/^AUTH$/i.test(verb) && /^LOGIN$/i.test(mechanism)) {
      login = '';
      socket.write(`334 ${b64('Username:')}\r\n`);
    } else if (/^QUIT$/i.test(verb)) socket.end('221 bye\r\n');
    else socket.write(`502 unknown ${line}\r\n`);
  });
};

// An escape sequence that clears the screen and sets the window title, a C1 CSI, a bell, and a right-to-left override.
export const ESCAPES = '\x1b[2J\x1b]0;owned\x07\x9b31m\u202eevil';

const escapeImap: Session = (socket, log) => {
  socket.write(`* OK [CAPABILITY IMAP4rev1 SASL-IR AUTH=PLAIN] ${ESCAPES} ready\r\n`);
  onLines(socket, log, (line) => {
    const tag = line.split(' ')[0];
    if (/ AUTHENTICATE /i.test(line)) socket.write(`${tag} NO [AUTHENTICATIONFAILED] ${ESCAPES} refused\r\n`);
    else socket.write(`${tag} BAD ${ESCAPES}\r\n`);
  });
};

const escapeSmtp: Session = (socket, log) => {
  socket.write(`220 ${ESCAPES} ESMTP\r\n`);
  onLines(socket, log, (line) => {
    if (/^EHLO/i.test(line)) socket.write('250-escapes\r\n250 AUTH PLAIN\r\n');
    else if (/^AUTH/i.test(line)) socket.write(`535 5.7.8 ${ESCAPES} refused\r\n`);
    else if (/^QUIT/i.test(line)) socket.end('221 bye\r\n');
    else socket.write('502 no\r\n');
  });
};

/** A well-behaved server (it takes any login), so only the certificate can stop the client. */
const acceptingImap: Session = (socket, log) => {
  socket.write('* OK [CAPABILITY IMAP4rev1 SASL-IR AUTH=PLAIN] ready\r\n');
  onLines(socket, log, (line) => {
    const tag = line.split(' ')[0];
    socket.write(`${tag} OK done\r\n`);
  });
};

const acceptingSmtp: Session = (socket, log) => {
  socket.write('220 ready ESMTP\r\n');
  onLines(socket, log, (line) => {
    if (/^EHLO/i.test(line)) socket.write('250-ready\r\n250 AUTH PLAIN\r\n');
    else if (/^AUTH/i.test(line)) socket.write('235 2.7.0 ok\r\n');
    else socket.write('250 ok\r\n');
  });
};

/** Starts the hostile servers; `caCert` is the test world's CA file (its directory holds the server certificates). */
export async function startHostileMailServers(caCert: string): Promise<HostileServers> {
  const dir = dirname(caCert);
  const files = (name: string) => ({ cert: readFileSync(join(dir, `${name}.pem`)), key: readFileSync(join(dir, `${name}.key`)) });
  const good = files('good');
  const cnOnly = files('cn-only');
  const logs = new Map<string, string[]>();
  const sockets = new Set<Socket>();
  const servers: Server[] = [];
  const listen = async (address: string, port: number, session: Session, tls?: { cert: Buffer; key: Buffer }) => {
    const log = logs.get(address) ?? [];
    logs.set(address, log);
    const handle = (socket: Socket) => {
      sockets.add(socket);
      socket.on('error', () => undefined);
      socket.on('close', () => sockets.delete(socket));
      session(socket, log);
    };
    const server = tls ? createTlsServer(tls, handle) : createNetServer(handle);
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, address, () => resolve());
    });
    servers.push(server);
  };
  await listen(ADDR.floodLine, 993, floodLineImap, good);
  await listen(ADDR.floodLine, 143, floodLineImap);
  await listen(ADDR.floodLiteral, 993, floodLiteralLogin, good);
  await listen(ADDR.floodLiteral, 143, floodLiteralCapability);
  await listen(ADDR.floodLiteral, 465, floodEhlo, good);
  await listen(ADDR.echo, 993, echoImap, good);
  await listen(ADDR.echo, 995, echoPop3, good);
  await listen(ADDR.echo, 465, echoSmtp, good);
  await listen(ADDR.escapes, 993, escapeImap, good);
  await listen(ADDR.escapes, 465, escapeSmtp, good);
  await listen(ADDR.cnOnly, 993, acceptingImap, cnOnly);
  await listen(ADDR.cnOnly, 465, acceptingSmtp, cnOnly);
  // autoconfig.cnonly.test: a valid settings file, behind the same certificate.
  const web = createHttpsServer(cnOnly, (req, res) => {
    logs.get(ADDR.cnOnly)?.push(`HTTP ${req.method} ${req.url}`);
    res.writeHead(200, { 'content-type': 'text/xml' });
    res.end(`<?xml version="1.0"?><clientConfig version="1.1"><emailProvider id="cnonly.test"><domain>cnonly.test</domain>
<incomingServer type="imap"><hostname>imap.cnonly-settings.test</hostname><port>993</port><socketType>SSL</socketType><username>%EMAILADDRESS%</username></incomingServer>
<outgoingServer type="smtp"><hostname>smtp.cnonly-settings.test</hostname><port>465</port><socketType>SSL</socketType><username>%EMAILADDRESS%</username></outgoingServer>
</emailProvider></clientConfig>`);
  });
  web.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    web.once('error', reject);
    web.listen(443, ADDR.cnOnly, () => resolve());
  });
  servers.push(web);
  return {
    received: (address) => [...(logs.get(address) ?? [])],
    async stop() {
      for (const socket of sockets) socket.destroy();
      await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
    },
  };
}
