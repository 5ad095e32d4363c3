import { failWith, reason, step } from '../../errors/mail-setup-error';
import type { LineConnection } from '../../net/line-connection';
import type { PreLoginInfo, ProtocolDialog } from './dialog';

function parseCaps(words: string[]): PreLoginInfo {
  const caps = words.map((w) => w.toUpperCase());
  return {
    capabilities: caps,
    authMechanisms: caps.filter((c) => c.startsWith('AUTH=')).map((c) => c.slice(5)),
    starttlsOffered: caps.includes('STARTTLS'),
    loginDisabled: caps.includes('LOGINDISABLED'),
  };
}

function greetingCaps(greeting: string | undefined): string[] | undefined {
  const match = greeting?.match(/\[CAPABILITY ([^\]]*)\]/i);
  return match ? match[1].trim().split(/\s+/) : undefined;
}

let tagCounter = 0;
async function command(conn: LineConnection, text: string): Promise<string[]> {
  const tag = `ms${++tagCounter}`;
  conn.write(`${tag} ${text}`);
  const what = step('command', { protocol: 'IMAP', command: text });
  const reply = await conn.readReply((line) => line.startsWith(`${tag} `), what);
  const status = reply[reply.length - 1].slice(tag.length + 1);
  if (!/^OK\b/i.test(status)) throw failWith('EPROTOCOL', reason('command-refused', { step: what, reply: status.slice(0, 200) }), status);
  return reply;
}

export const imapDialog: ProtocolDialog = {
  async readGreeting(conn) {
    const [line] = await conn.readReply(() => true, step('greeting', { protocol: 'IMAP' }));
    if (/^\* (OK|PREAUTH)\b/i.test(line)) return line;
    if (/^\* BYE\b/i.test(line)) throw failWith('ECONNECTION', reason('goodbye', { reply: line.slice(0, 200) }), line.slice(0, 200));
    throw failWith('EPROTOCOL', reason('not-a-greeting', { protocol: 'IMAP', reply: line.slice(0, 120) }), line.slice(0, 200));
  },
  async capabilities(conn, greeting) {
    // RFC 3501 servers often list capabilities in the greeting, which saves a round trip.
    const fromGreeting = greetingCaps(greeting);
    if (fromGreeting) return parseCaps(fromGreeting);
    const reply = await command(conn, 'CAPABILITY');
    const line = reply.find((l) => /^\* CAPABILITY /i.test(l)) ?? '* CAPABILITY';
    return parseCaps(line.split(/\s+/).slice(2));
  },
  async startTls(conn) {
    await command(conn, 'STARTTLS');
  },
  quit(conn) {
    conn.write(`ms${++tagCounter} LOGOUT`);
  },
};
