import type { Socket } from 'node:net';

/** Feeds the CRLF (or bare LF) lines a test server receives to a handler, one at a time and in order. */
export function onCrlfLines(socket: Socket, handle: (line: string) => void): void {
  let buffer = '';
  socket.on('data', (chunk: Buffer) => {
    buffer += chunk.toString('latin1');
    let end: number;
    while ((end = buffer.indexOf('\n')) >= 0) {
      const line = buffer.slice(0, end).replace(/\r$/, '');
      buffer = buffer.slice(end + 1);
      handle(line);
    }
  });
}
