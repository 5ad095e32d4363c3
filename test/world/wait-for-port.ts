import { connect } from 'node:net';
import type { ChildProcess } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';

const STARTUP_LIMIT_MS = 20_000;

/** Waits until something accepts TCP on host:port, failing early if the server process exits. */
export async function waitForPort(host: string, port: number, child: ChildProcess | null, failure: string): Promise<void> {
  const started = Date.now();
  while (Date.now() - started < STARTUP_LIMIT_MS) {
    if (child && child.exitCode !== null) throw new Error(`${failure} (exit code ${child.exitCode})`);
    const open = await new Promise<boolean>((resolve) => {
      const socket = connect({ host, port });
      socket.once('connect', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    await sleep(50);
  }
  throw new Error(`${failure} (nothing listening on ${host}:${port})`);
}
