import { createServer as createNetServer, type Server, type Socket } from 'node:net';
import { createServer as createTlsServer } from 'node:tls';
import { readFile } from 'node:fs/promises';
import type { TestCa } from './test-ca';
import type { RunningServer } from './dovecot';

/**
 * Servers that misbehave the way real broken ones do, for the probe's error handling:
 * - 993: TLS, then a web server's answer instead of an IMAP greeting (protocol error);
 * - 143: accepts and hangs up at once (connection dropped);
 * - 587: SMTP that answers STARTTLS and injects a reply before the handshake (CVE-2011-0411 class).
 */
export async function startBrokenServers(host: string, ca: TestCa): Promise<RunningServer> {
  const sockets = new Set<Socket>();
  const track = (socket: Socket) => {
    sockets.add(socket);
    socket.on('error', () => undefined);
    socket.on('close', () => sockets.delete(socket));
  };
  const tls = { cert: await readFile(ca.good.cert), key: await readFile(ca.good.key) };
  const notImap = createTlsServer(tls, (socket) => {
    track(socket);
    socket.end('HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n');
  });
  const hangUp = createNetServer((socket) => {
    track(socket);
    socket.destroy();
  });
  const injector = createNetServer((socket) => {
    track(socket);
    socket.write('220 injector.test ESMTP\r\n');
    socket.on('data', (data) => {
      const line = data.toString();
      if (/^EHLO/i.test(line)) socket.write('250-injector.test\r\n250-STARTTLS\r\n250 AUTH PLAIN\r\n');
      else if (/^STARTTLS/i.test(line)) socket.write('220 go ahead\r\n250 injected before TLS\r\n');
      else socket.write('502 no\r\n');
    });
  });
  const servers: [Server, number][] = [
    [notImap, 993],
    [hangUp, 143],
    [injector, 587],
  ];
  for (const [server, port] of servers) {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, host, () => resolve());
    });
  }
  return {
    async stop() {
      for (const socket of sockets) socket.destroy();
      await Promise.all(servers.map(([server]) => new Promise((resolve) => server.close(resolve))));
    },
  };
}
