import type { Message } from '../../../shared/model/message';
import { failWith, reason, step } from '../../errors/mail-setup-error';
import type { LineConnection } from '../../net/line-connection';
import type { PreLoginInfo, ProtocolDialog } from './dialog';

// No answer a probe or a login waits for carries a literal anywhere near this size; a server announcing a larger
// one ("{999999999}") is flooding, and is dropped before a byte of it is read.
export const MAX_LITERAL_BYTES = 64 * 1024;

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

/** Refuses a line that announces a literal larger than any answer we wait for. */
export function checkLiteral(line: string): void {
  const announced = /\{(\d+)\+?\}$/.exec(line);
  if (announced && Number(announced[1]) > MAX_LITERAL_BYTES)
    throw failWith('EPROTOCOL', reason('literal-too-large', { bytes: announced[1], limit: MAX_LITERAL_BYTES }), line);
}

let tagCounter = 0;
/** A fresh command tag. */
export const nextTag = (): string => `ms${++tagCounter}`;

/** The server's tagged answer to one command, with the untagged lines before it. */
export interface ImapAnswer {
  status: 'OK' | 'NO' | 'BAD';
  /** The text after the status, response code included ("[AUTHENTICATIONFAILED] Authentication failed."). */
  text: string;
  untagged: string[];
}

/**
 * Reads up to the tagged answer of `tag` (or of any of several tags: the same command sent twice, whichever is
 * answered first). A continuation request ("+ ...") that the command does not expect is answered with "*",
 * which cancels a SASL exchange (RFC 3501 6.2.2) and makes the server answer the tag.
 */
export async function readTagged(
  conn: LineConnection,
  tag: string | readonly string[],
  what: Message,
  timeoutMs?: number,
): Promise<ImapAnswer> {
  const tags = typeof tag === 'string' ? [tag] : tag;
  const tagOf = (line: string) => tags.find((t) => line.startsWith(`${t} `));
  const untagged: string[] = [];
  for (;;) {
    const lines = await conn.readReply((line) => tagOf(line) !== undefined || line.startsWith('+'), what, timeoutMs, checkLiteral);
    const last = lines.pop()!;
    untagged.push(...lines);
    if (last.startsWith('+')) {
      conn.write('*');
      continue;
    }
    const answered = tagOf(last)!;
    const rest = last.slice(answered.length + 1);
    const status = /^(OK|NO|BAD)\b/i.exec(rest)?.[1].toUpperCase() as ImapAnswer['status'] | undefined;
    if (!status) throw failWith('EPROTOCOL', reason('command-refused', { step: what, reply: rest }), rest);
    return { status, text: rest.slice(status.length).trim(), untagged };
  }
}

/**
 * Waits for the server's continuation request ("+ ...") after a command that sends more (a literal, a SASL
 * response); a tagged answer instead means the server refused the command before it.
 */
export async function readContinuation(conn: LineConnection, tag: string, what: Message): Promise<ImapAnswer | undefined> {
  const lines = await conn.readReply((line) => line.startsWith('+') || line.startsWith(`${tag} `), what, undefined, checkLiteral);
  const last = lines[lines.length - 1];
  if (last.startsWith('+')) return undefined;
  const rest = last.slice(tag.length + 1);
  const status = (/^(OK|NO|BAD)\b/i.exec(rest)?.[1].toUpperCase() ?? 'BAD') as ImapAnswer['status'];
  return { status, text: rest.slice(status.length).trim(), untagged: lines.slice(0, -1) };
}

/** Sends one command that carries nothing secret and returns its answer; `what` names it in messages. */
export async function imapCommand(conn: LineConnection, text: string, what = step('command', { protocol: 'IMAP', command: text })) {
  const tag = nextTag();
  conn.write(`${tag} ${text}`);
  return readTagged(conn, tag, what);
}

/** Like imapCommand, but anything other than OK is a protocol failure with the server's words. */
async function command(conn: LineConnection, text: string): Promise<string[]> {
  const what = step('command', { protocol: 'IMAP', command: text });
  const answer = await imapCommand(conn, text, what);
  const said = `${answer.status} ${answer.text}`.trim();
  if (answer.status !== 'OK') throw failWith('EPROTOCOL', reason('command-refused', { step: what, reply: said }), said);
  return answer.untagged;
}

export const imapDialog: ProtocolDialog = {
  async readGreeting(conn) {
    const [line] = await conn.readReply(() => true, step('greeting', { protocol: 'IMAP' }), undefined, checkLiteral);
    if (/^\* (OK|PREAUTH)\b/i.test(line)) return line;
    if (/^\* BYE\b/i.test(line)) throw failWith('ECONNECTION', reason('goodbye', { reply: line }), line);
    throw failWith('EPROTOCOL', reason('not-a-greeting', { protocol: 'IMAP', reply: line }), line);
  },
  async capabilities(conn, greeting) {
    // RFC 3501 servers often list capabilities in the greeting, which saves a round trip.
    const fromGreeting = greetingCaps(greeting);
    if (fromGreeting) return parseCaps(fromGreeting);
    const untagged = await command(conn, 'CAPABILITY');
    const line = untagged.find((l) => /^\* CAPABILITY /i.test(l)) ?? '* CAPABILITY';
    return parseCaps(line.split(/\s+/).slice(2));
  },
  async startTls(conn) {
    await command(conn, 'STARTTLS');
  },
  quit(conn) {
    conn.write(`${nextTag()} LOGOUT`);
  },
};
