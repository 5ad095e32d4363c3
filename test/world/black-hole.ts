import { spawn } from 'node:child_process';
import { connect, type Socket } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import type { RunningServer } from './dovecot';

// Node's net.Server always accepts, so a tiny Python listener that never calls accept() stands in for a
// firewalled port: once its one-slot accept queue is full, the kernel silently drops further SYNs, and a
// client's connect() hangs exactly as it does against a host that drops packets.
const LISTENER = `
import socket, sys, time
socks = []
for port in map(int, sys.argv[2:]):
    s = socket.socket(socket.AF_INET6 if ":" in sys.argv[1] else socket.AF_INET)
    s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    s.bind((sys.argv[1], port))
    s.listen(0)
    socks.append(s)
print("ready", flush=True)
while True:
    time.sleep(3600)
`;

export async function startBlackHole(host: string, ports: number[]): Promise<RunningServer> {
  const child = spawn('python3', ['-c', LISTENER, host, ...ports.map(String)], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((resolve, reject) => {
    child.stdout.once('data', () => resolve());
    child.once('exit', (code) => reject(new Error(`black-hole listener exited with ${code}`)));
  });
  // Fill each accept queue with connections of our own; they stay open until stop().
  const fillers: Socket[] = [];
  for (const port of ports) {
    for (let i = 0; i < 2; i++) {
      const socket = connect({ host, port });
      socket.on('error', () => undefined);
      fillers.push(socket);
    }
  }
  await sleep(100);
  return {
    async stop() {
      for (const socket of fillers) socket.destroy();
      child.kill('SIGKILL');
    },
  };
}
