import type { Socket } from 'node:net';
import type { Message } from '../../shared/model/message';
import { failWith, MailSetupError, reason } from '../errors/mail-setup-error';
import { COMMAND_TIMEOUT_MS } from './timeouts';

// A hostile server must not make us buffer without end: no mail protocol line before login is this long.
const MAX_LINE_BYTES = 16 * 1024;
const MAX_REPLY_LINES = 200;

/**
 * Reads CRLF-terminated reply lines from a mail server and writes commands: the bounded channel of a probe and
 * its trial login (greeting, capabilities, STARTTLS, the login and the mailbox check). No line is longer than
 * MAX_LINE_BYTES and no reply has more than MAX_REPLY_LINES lines; once the server breaks a limit, nothing more
 * it sends is kept, so a hostile server costs a bounded amount of memory and is dropped at once.
 */
export class LineConnection {
  /** The bytes of the line not yet complete. */
  private buffer: Buffer = Buffer.alloc(0);
  private lines: string[] = [];
  private waiter?: () => void;
  private failure?: MailSetupError;
  private readonly onData = (chunk: Buffer) => this.receive(chunk);
  private readonly onEnd = () => this.fail(failWith('ECONNECTION', reason('server-closed')));
  private readonly onError = (error: NodeJS.ErrnoException) =>
    this.fail(failWith('ECONNECTION', reason('connection-error', { error: error.code ?? error.message })));

  constructor(
    public socket: Socket,
    private readonly signal?: AbortSignal,
  ) {
    this.attach();
  }

  private attach(): void {
    this.socket.on('data', this.onData);
    this.socket.on('end', this.onEnd);
    this.socket.on('close', this.onEnd);
    this.socket.on('error', this.onError);
  }

  /** Stops reading from the current socket, e.g. to hand it to TLS after STARTTLS. */
  detach(): Socket {
    this.socket.off('data', this.onData);
    this.socket.off('end', this.onEnd);
    this.socket.off('close', this.onEnd);
    this.socket.off('error', this.onError);
    return this.socket;
  }

  /** Continues on a new socket (the TLS one). Anything the server sent before the handshake is dropped. */
  replaceSocket(socket: Socket): void {
    this.buffer = Buffer.alloc(0);
    this.lines = [];
    this.socket = socket;
    this.attach();
  }

  /** True when the server sent more than asked for: after STARTTLS that is an injection attempt. */
  hasUnreadData(): boolean {
    return this.buffer.length > 0 || this.lines.length > 0;
  }

  private receive(chunk: Buffer): void {
    // After a failure (a broken limit, a closed socket) the server's further bytes are dropped unread.
    if (this.failure) return;
    let data = this.buffer.length > 0 ? Buffer.concat([this.buffer, chunk]) : chunk;
    let index: number;
    while ((index = data.indexOf(0x0a)) >= 0) {
      // Lines are UTF-8 where servers send it (SMTPUTF8, IMAP UTF8=ACCEPT, providers' own replies); a byte that is
      // not becomes U+FFFD, never a crash.
      this.lines.push(data.subarray(0, index).toString('utf8').replace(/\r$/, ''));
      data = data.subarray(index + 1);
    }
    this.buffer = Buffer.from(data);
    if (this.buffer.length > MAX_LINE_BYTES) this.fail(failWith('EPROTOCOL', reason('line-too-long')));
    else if (this.lines.length > MAX_REPLY_LINES) this.fail(failWith('EPROTOCOL', reason('too-many-lines')));
    this.waiter?.();
  }

  private fail(error: MailSetupError): void {
    this.failure ??= error;
    if (error.code === 'EPROTOCOL') {
      // A limit broken: stop reading now, so a flood ends here rather than when the caller closes. The lines
      // already complete (at most MAX_REPLY_LINES) are still read, as they may say more than "too long".
      this.buffer = Buffer.alloc(0);
      this.socket.pause();
    }
    this.waiter?.();
  }

  /** False once the server closed the connection or broke a limit: no further command can be sent on it. */
  get usable(): boolean {
    return !this.failure && !this.socket.destroyed;
  }

  /** Writes raw bytes (an IMAP literal), without a line ending. */
  writeRaw(data: string): void {
    this.socket.write(data);
  }

  write(line: string): void {
    this.socket.write(`${line}\r\n`);
  }

  /**
   * Collects lines until `isLast(line)` says the reply is complete. `check` sees every line first and may throw
   * (an IMAP literal larger than the probe accepts).
   */
  async readReply(
    isLast: (line: string) => boolean,
    what: Message,
    timeoutMs = COMMAND_TIMEOUT_MS,
    check?: (line: string) => void,
  ): Promise<string[]> {
    const reply: string[] = [];
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      while (this.lines.length > 0) {
        const line = this.lines.shift()!;
        check?.(line);
        reply.push(line);
        if (isLast(line)) return reply;
        if (reply.length > MAX_REPLY_LINES) throw failWith('EPROTOCOL', reason('reply-too-long', { step: what }));
      }
      if (this.failure) throw this.failure;
      await this.waitForData(deadline - Date.now(), what);
    }
  }

  private waitForData(ms: number, what: Message): Promise<void> {
    if (ms <= 0) return Promise.reject(failWith('ETIMEDOUT', reason('no-answer', { step: what })));
    return new Promise<void>((resolve, reject) => {
      const done = (error?: MailSetupError) => {
        clearTimeout(timer);
        this.waiter = undefined;
        this.signal?.removeEventListener('abort', onAbort);
        if (error) reject(error);
        else resolve();
      };
      const onAbort = () => done(failWith('ECANCELLED', reason('cancelled', { step: what })));
      const timer = setTimeout(() => done(failWith('ETIMEDOUT', reason('no-answer', { step: what }))), ms);
      if (this.signal?.aborted) return onAbort();
      this.signal?.addEventListener('abort', onAbort, { once: true });
      this.waiter = () => done();
    });
  }

  close(): void {
    this.detach();
    this.socket.on('error', () => undefined);
    this.socket.destroy();
  }
}
