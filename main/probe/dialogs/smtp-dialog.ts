import { MailSetupError } from '../../errors/error-codes';
import type { LineConnection } from '../../net/line-connection';
import type { ProtocolDialog } from './dialog';

// Multi-line SMTP replies use "250-" for every line but the last, which uses "250 ".
const lastLine = (line: string) => !/^\d{3}-/.test(line);

async function exchange(conn: LineConnection, text: string, expected: number): Promise<string[]> {
  conn.write(text);
  const reply = await conn.readReply(lastLine, `SMTP ${text.split(' ')[0]}`);
  const code = Number(reply[reply.length - 1].slice(0, 3));
  if (code !== expected) {
    const said = reply.join(' ').slice(0, 200);
    throw new MailSetupError('EPROTOCOL', `SMTP ${text.split(' ')[0]}: ${said}`, { serverReply: said });
  }
  return reply;
}

export const smtpDialog: ProtocolDialog = {
  async readGreeting(conn) {
    const reply = await conn.readReply(lastLine, 'SMTP greeting');
    const text = reply.join(' ');
    if (/^220[ -]/.test(reply[0])) return text;
    if (/^(421|554)/.test(reply[0])) throw new MailSetupError('ECONNECTION', `the server turned us away: ${text}`, { serverReply: text });
    throw new MailSetupError('EPROTOCOL', `not an SMTP greeting: ${text.slice(0, 120)}`, { serverReply: text.slice(0, 200) });
  },
  async capabilities(conn) {
    // The address literal of our end is the honest EHLO name for a client without a host name.
    const local = conn.socket.localAddress ?? '127.0.0.1';
    const reply = await exchange(conn, `EHLO [${local.includes(':') ? `IPv6:${local}` : local}]`, 250);
    const caps = reply.slice(1).map((line) => line.slice(4).trim().toUpperCase());
    const authLine = caps.find((c) => c.startsWith('AUTH ') || c.startsWith('AUTH='));
    return {
      capabilities: caps,
      authMechanisms: authLine ? authLine.slice(5).trim().split(/\s+/) : [],
      starttlsOffered: caps.includes('STARTTLS'),
      // Submission servers that want TLS first simply leave AUTH out before STARTTLS.
      loginDisabled: !authLine,
    };
  },
  async startTls(conn) {
    await exchange(conn, 'STARTTLS', 220);
  },
  quit(conn) {
    conn.write('QUIT');
  },
};
