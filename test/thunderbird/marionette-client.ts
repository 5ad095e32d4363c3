import { connect, type Socket } from 'node:net';

/**
 * A client for Marionette, the remote-control protocol built into Thunderbird (and Firefox): JSON arrays
 * framed as "<byte length>:<json>" over a loopback TCP connection. A command is [0, id, name, params]; the
 * answer is [1, id, error, result]. Written here because the protocol is this small and the maintained
 * clients are Python (marionette_driver) or WebDriver servers (geckodriver) that Debian does not ship for
 * Thunderbird.
 */
export class MarionetteClient {
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  private greeting?: (value: unknown) => void;
  private closed?: Error;

  private constructor(private readonly socket: Socket) {
    socket.on('data', (chunk) => this.onData(chunk));
    socket.on('error', (error) => this.fail(error));
    socket.on('close', () => this.fail(new Error('Marionette closed the connection')));
  }

  /** Connects to 127.0.0.1:port and waits for Marionette's hello. */
  static async connect(port: number, timeoutMs: number): Promise<MarionetteClient> {
    const socket = connect({ host: '127.0.0.1', port });
    const client = new MarionetteClient(socket);
    const hello = (await withTimeout(
      new Promise<unknown>((resolve, reject) => {
        client.greeting = resolve;
        socket.once('error', reject);
      }),
      timeoutMs,
      'Marionette hello',
    )) as { marionetteProtocol?: number };
    if (hello.marionetteProtocol !== 3) throw new Error(`unexpected Marionette greeting ${JSON.stringify(hello)}`);
    return client;
  }

  /** Sends one command and waits for its answer; a Marionette error becomes a thrown Error with its stack. */
  async command<T>(name: string, params: Record<string, unknown>, timeoutMs: number): Promise<T> {
    if (this.closed) throw this.closed;
    const id = this.nextId++;
    const body = JSON.stringify([0, id, name, params]);
    const answer = new Promise<unknown>((resolve, reject) => this.pending.set(id, { resolve, reject }));
    this.socket.write(`${Buffer.byteLength(body)}:${body}`);
    try {
      return (await withTimeout(answer, timeoutMs, name)) as T;
    } finally {
      this.pending.delete(id);
    }
  }

  close(): void {
    this.socket.destroy();
  }

  private onData(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const colon = this.buffer.indexOf(':');
      if (colon < 0) return;
      const length = Number(this.buffer.subarray(0, colon).toString('ascii'));
      if (!Number.isInteger(length)) return this.fail(new Error('Marionette sent a malformed frame'));
      if (this.buffer.length < colon + 1 + length) return;
      const message = JSON.parse(this.buffer.subarray(colon + 1, colon + 1 + length).toString('utf8')) as unknown;
      this.buffer = this.buffer.subarray(colon + 1 + length);
      this.dispatch(message);
    }
  }

  private dispatch(message: unknown): void {
    if (!Array.isArray(message)) {
      this.greeting?.(message);
      this.greeting = undefined;
      return;
    }
    const [, id, error, result] = message as [number, number, { error: string; message: string; stacktrace?: string } | null, unknown];
    const waiter = this.pending.get(id);
    if (!waiter) return;
    if (error) waiter.reject(new Error(`${error.error}: ${error.message}\n${error.stacktrace ?? ''}`));
    else waiter.resolve(result);
  }

  private fail(error: Error): void {
    if (this.closed) return;
    this.closed = error;
    for (const waiter of this.pending.values()) waiter.reject(error);
    this.pending.clear();
  }
}

/** Rejects when the promise takes longer than timeoutMs; what was being waited for goes in the message. */
export function withTimeout<T>(promise: Promise<T>, timeoutMs: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer within ${timeoutMs} ms`)), timeoutMs);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
