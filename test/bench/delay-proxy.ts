import { createServer, connect, type Server, type Socket } from 'node:net';
import { createSocket } from 'node:dgram';
import type { RunningServer } from '../world/dovecot';

/**
 * A link with a fixed one-way latency, in user space (this machine has no netem). TCP is modelled with
 * its handshake: the client's connect() returns at once, but the server only "accepts" after 1.5 round
 * trips, and every byte takes one one-way delay in each direction. Server-first protocols (a greeting)
 * and client-first ones (TLS, HTTP) then both see the same timings as over a real link.
 */
export async function startTcpDelayProxy(listenHost: string, port: number, targetHost: string, oneWayMs: number): Promise<RunningServer> {
  const sockets = new Set<Socket>();
  const server: Server = createServer((client) => {
    sockets.add(client);
    const acceptedAt = Date.now();
    const upstreamReadyAt = acceptedAt + 3 * oneWayMs;
    let upstream: Socket | undefined;
    const pendingToServer: Buffer[] = [];
    let closed = false;
    const closeBoth = () => {
      if (closed) return;
      closed = true;
      setTimeout(() => {
        client.destroy();
        upstream?.destroy();
      }, oneWayMs);
    };
    client.on('error', closeBoth);
    client.on('close', closeBoth);
    client.on('data', (chunk) => {
      const due = Math.max(Date.now() + oneWayMs, upstreamReadyAt);
      setTimeout(() => (upstream ? upstream.write(chunk) : pendingToServer.push(chunk)), due - Date.now());
    });
    setTimeout(() => {
      if (closed) return;
      upstream = connect({ host: targetHost, port });
      sockets.add(upstream);
      upstream.on('connect', () => {
        for (const chunk of pendingToServer.splice(0)) upstream!.write(chunk);
      });
      upstream.on('data', (chunk) => setTimeout(() => client.write(chunk), oneWayMs));
      upstream.on('error', closeBoth);
      upstream.on('close', closeBoth);
    }, upstreamReadyAt - acceptedAt);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, listenHost, () => resolve());
  });
  return {
    async stop() {
      for (const s of sockets) s.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/** The same for DNS over UDP: one question and one answer, each delayed by the one-way latency. */
export async function startUdpDelayProxy(
  listen: { host: string; port: number },
  target: { host: string; port: number },
  oneWayMs: number,
): Promise<RunningServer> {
  const front = createSocket('udp4');
  const clients = new Map<number, { address: string; port: number }>();
  const back = createSocket('udp4');
  front.on('message', (message, remote) => {
    clients.set(message.readUInt16BE(0), { address: remote.address, port: remote.port });
    setTimeout(() => back.send(message, target.port, target.host), oneWayMs);
  });
  back.on('message', (message) => {
    const client = clients.get(message.readUInt16BE(0));
    if (client) setTimeout(() => front.send(message, client.port, client.address), oneWayMs);
  });
  await new Promise<void>((resolve) => front.bind(listen.port, listen.host, () => resolve()));
  await new Promise<void>((resolve) => back.bind(0, '127.0.0.1', () => resolve()));
  return {
    async stop() {
      front.close();
      back.close();
    },
  };
}
