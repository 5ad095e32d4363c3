import { failWith, reason, step } from '../../errors/mail-setup-error';
import type { PreLoginInfo } from '../../../shared/model/probe';
import type { Message } from '../../../shared/model/message';
import type { LineConnection } from '../../net/line-connection';
import type { ProtocolDialog } from './dialog';

// Multi-line SMTP replies use "250-" for every line but the last, which uses "250 ".
const lastLine = (line: string) => !/^\d{3}-/.test(line);

/** Sends a line (or nothing, when `text` is undefined) and reads the whole reply: its code and its lines. */
export async function smtpSend(conn: LineConnection, text: string | undefined, what: Message): Promise<{ code: number; lines: string[] }> {
  if (text !== undefined) conn.write(text);
  const lines = await conn.readReply(lastLine, what);
  return { code: Number(lines[lines.length - 1].slice(0, 3)), lines };
}

async function exchange(conn: LineConnection, text: string, expected: number): Promise<string[]> {
  conn.write(text);
  const what = step('command', { protocol: 'SMTP', command: text.split(' ')[0] });
  const reply = await conn.readReply(lastLine, what);
  const code = Number(reply[reply.length - 1].slice(0, 3));
  if (code !== expected) {
    const said = reply.join(' ');
    throw failWith('EPROTOCOL', reason('command-refused', { step: what, reply: said }), said);
  }
  return reply;
}

/** Reads an EHLO reply (all its lines, "250-..." and the last "250 ..."): capabilities and login methods. */
export function parseEhlo(reply: readonly string[]): PreLoginInfo {
  const caps = reply.slice(1).map((line) => line.slice(4).trim().toUpperCase());
  const authLine = caps.find((c) => c.startsWith('AUTH ') || c.startsWith('AUTH='));
  return {
    capabilities: caps,
    authMechanisms: authLine ? authLine.slice(5).trim().split(/\s+/) : [],
    starttlsOffered: caps.includes('STARTTLS'),
    // Submission servers that want TLS first simply leave AUTH out before STARTTLS.
    loginDisabled: !authLine,
  };
}

export const smtpDialog: ProtocolDialog = {
  async readGreeting(conn) {
    const reply = await conn.readReply(lastLine, step('greeting', { protocol: 'SMTP' }));
    const text = reply.join(' ');
    if (/^220[ -]/.test(reply[0])) return text;
    if (/^(421|554)/.test(reply[0])) throw failWith('ECONNECTION', reason('turned-away', { reply: text }), text);
    throw failWith('EPROTOCOL', reason('not-a-greeting', { protocol: 'SMTP', reply: text }), text);
  },
  async capabilities(conn) {
    // The address literal of our end is the honest EHLO name for a client without a host name.
    const local = conn.socket.localAddress ?? '127.0.0.1';
    const reply = await exchange(conn, `EHLO [${local.includes(':') ? `IPv6:${local}` : local}]`, 250);
    return parseEhlo(reply);
  },
  async startTls(conn) {
    await exchange(conn, 'STARTTLS', 220);
  },
  quit(conn) {
    conn.write('QUIT');
  },
};
