import { failWith, reason, step } from '../../errors/mail-setup-error';
import type { LineConnection } from '../../net/line-connection';
import type { PreLoginInfo, ProtocolDialog } from './dialog';

/** Sends one POP3 command and returns its status line; throws with the server's words on -ERR. */
export async function pop3Command(conn: LineConnection, text: string, what = text.split(' ')[0]): Promise<string> {
  conn.write(text);
  const command = step('command', { protocol: 'POP3', command: what });
  const [status] = await conn.readReply(() => true, command);
  if (!status.startsWith('+')) throw failWith('EPROTOCOL', reason('command-refused', { step: command, reply: status }), status);
  return status;
}

export const pop3Dialog: ProtocolDialog = {
  async readGreeting(conn) {
    const [line] = await conn.readReply(() => true, step('greeting', { protocol: 'POP3' }));
    if (line.startsWith('+OK')) return line;
    throw failWith('EPROTOCOL', reason('not-a-greeting', { protocol: 'POP3', reply: line }), line);
  },
  async capabilities(conn): Promise<PreLoginInfo> {
    conn.write('CAPA');
    const what = step('command', { protocol: 'POP3', command: 'CAPA' });
    const [status] = await conn.readReply(() => true, what);
    // CAPA is optional (RFC 2449); a server without it still takes USER/PASS.
    const lines = status.startsWith('+OK') ? (await conn.readReply((l) => l === '.', what)).slice(0, -1) : [];
    const caps = lines.map((l) => l.trim().toUpperCase());
    const sasl = caps.find((c) => c.startsWith('SASL'));
    return {
      capabilities: caps,
      authMechanisms: [...(sasl ? sasl.split(/\s+/).slice(1) : []), ...(caps.includes('USER') || caps.length === 0 ? ['USER'] : [])],
      starttlsOffered: caps.includes('STLS'),
      loginDisabled: caps.length > 0 && !caps.includes('USER') && !sasl,
    };
  },
  async startTls(conn) {
    await pop3Command(conn, 'STLS');
  },
  quit(conn) {
    conn.write('QUIT');
  },
};
