import { createServer as createTlsServer, type TLSSocket } from 'node:tls';
import type { Server, Socket } from 'node:net';
import { readFile } from 'node:fs/promises';
import type { CertFiles } from './test-ca';
import { onCrlfLines } from '../helpers/crlf-lines';
import type { RunningServer } from './dovecot';
import { IMAP_CAPABILITIES, scenarioFor, type ReplyScenario, type ScriptedProtocol } from './provider-replies';

/** Ports of the scripted servers (implicit TLS, as the providers offer them). */
export const SCRIPTED_PORTS: Record<ScriptedProtocol, number> = { imap: 993, smtp: 465, pop3: 995 };

const DEFAULT_IMAP_CAPABILITIES = 'IMAP4rev1 SASL-IR AUTH=PLAIN AUTH=LOGIN ID UIDPLUS';

/** The user name inside a SASL PLAIN response (authzid NUL authcid NUL password). */
function plainUser(base64: string): string {
  const parts = Buffer.from(base64, 'base64').toString('utf8').split('\0');
  return parts[1] ?? '';
}

/** IMAP arguments: atoms and quoted strings (our scripted users never need literals). */
function imapArgs(text: string): string[] {
  const args: string[] = [];
  const pattern = /"((?:[^"\\]|\\.)*)"|(\S+)/g;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) args.push(m[1] !== undefined ? m[1].replace(/\\(.)/g, '$1') : m[2]);
  return args;
}

function imapSession(socket: TLSSocket): void {
  let pending: ((line: string) => void) | undefined;
  let loggedIn: ReplyScenario | undefined;
  const send = (text: string) => socket.write(`${text}\r\n`);
  // The client names the provider's host in TLS SNI, so the greeting can announce that provider's capabilities.
  const capabilities = IMAP_CAPABILITIES[String(socket.servername || '')] ?? DEFAULT_IMAP_CAPABILITIES;
  send(`* OK [CAPABILITY ${capabilities}] Scripted IMAP ready`);
  const answerLogin = (tag: string, user: string, command: string) => {
    const scenario = scenarioFor('imap', user);
    if (scenario && scenario.stage === 'select') {
      loggedIn = scenario;
      send(`${tag} OK ${command} completed`);
    } else if (scenario) send(`${tag} ${scenario.reply[0]}`);
    else send(`${tag} NO [AUTHENTICATIONFAILED] Authentication failed.`);
  };
  onCrlfLines(socket, (line) => {
    if (pending) {
      const next = pending;
      pending = undefined;
      return next(line);
    }
    const [tag, rawCommand = '', ...rest] = line.split(' ');
    const command = rawCommand.toUpperCase();
    const args = imapArgs(rest.join(' '));
    switch (command) {
      case 'CAPABILITY':
        send(`* CAPABILITY ${capabilities}`);
        return send(`${tag} OK CAPABILITY completed`);
      case 'ID':
        send('* ID NIL');
        return send(`${tag} OK ID completed`);
      case 'NOOP':
      case 'ENABLE':
      case 'UNSELECT':
        return send(`${tag} OK ${command} completed`);
      case 'LIST':
        // imapflow asks for the hierarchy delimiter, then for INBOX itself.
        send(args[1] ? `* LIST () "/" "${args[1]}"` : '* LIST (\\Noselect) "/" ""');
        return send(`${tag} OK LIST completed`);
      case 'NAMESPACE':
        send('* NAMESPACE (("" "/")) NIL NIL');
        return send(`${tag} OK NAMESPACE completed`);
      case 'LOGIN':
        return answerLogin(tag, args[0] ?? '', 'LOGIN');
      case 'AUTHENTICATE': {
        if ((args[0] ?? '').toUpperCase() !== 'PLAIN') return send(`${tag} NO [CANNOT] unsupported mechanism`);
        if (args[1]) return answerLogin(tag, plainUser(args[1]), 'AUTHENTICATE');
        send('+ ');
        pending = (response) => answerLogin(tag, plainUser(response), 'AUTHENTICATE');
        return;
      }
      case 'SELECT':
      case 'EXAMINE':
        if (loggedIn) return send(`${tag} ${loggedIn.reply[0]}`);
        return send(`${tag} NO not logged in`);
      case 'LOGOUT':
        send('* BYE Scripted IMAP signing off');
        send(`${tag} OK LOGOUT completed`);
        return socket.end();
      default:
        return send(`${tag} BAD unknown command`);
    }
  });
}

function smtpSession(socket: TLSSocket): void {
  let pending: ((line: string) => void) | undefined;
  const send = (lines: string[] | string) => socket.write(`${([] as string[]).concat(lines).join('\r\n')}\r\n`);
  const answer = (user: string) => {
    const scenario = scenarioFor('smtp', user);
    send(scenario ? scenario.reply : ['535 5.7.8 Error: authentication failed']);
  };
  send('220 scripted.test ESMTP');
  onCrlfLines(socket, (line) => {
    if (pending) {
      const next = pending;
      pending = undefined;
      return next(line);
    }
    const [verb = '', mechanism = '', initial] = line.split(' ');
    switch (verb.toUpperCase()) {
      case 'EHLO':
        return send(['250-scripted.test', '250-AUTH PLAIN LOGIN', '250 8BITMIME']);
      case 'HELO':
      case 'NOOP':
      case 'RSET':
        return send('250 OK');
      case 'AUTH':
        if (mechanism.toUpperCase() === 'PLAIN') {
          if (initial) return answer(plainUser(initial));
          send('334 ');
          pending = (response) => answer(plainUser(response));
          return;
        }
        if (mechanism.toUpperCase() === 'LOGIN') {
          send('334 VXNlcm5hbWU6');
          pending = (userLine) => {
            send('334 UGFzc3dvcmQ6');
            pending = () => answer(Buffer.from(userLine, 'base64').toString('utf8'));
          };
          return;
        }
        return send('504 5.5.4 Unrecognized authentication type');
      case 'QUIT':
        send('221 2.0.0 Bye');
        return socket.end();
      default:
        return send('502 5.5.2 Command not implemented');
    }
  });
}

function pop3Session(socket: TLSSocket): void {
  let user = '';
  const send = (text: string) => socket.write(`${text}\r\n`);
  const answer = (name: string) => send(scenarioFor('pop3', name)?.reply[0] ?? '-ERR authentication failed');
  send('+OK Scripted POP3 ready');
  onCrlfLines(socket, (line) => {
    const [verb = '', arg = '', initial] = line.split(' ');
    switch (verb.toUpperCase()) {
      case 'CAPA':
        return send('+OK\r\nUSER\r\nSASL PLAIN\r\n.');
      case 'USER':
        user = arg;
        return send('+OK');
      case 'PASS':
        return answer(user);
      case 'AUTH':
        return initial && arg.toUpperCase() === 'PLAIN' ? answer(plainUser(initial)) : send('-ERR unsupported');
      case 'QUIT':
        send('+OK bye');
        return socket.end();
      default:
        return send('-ERR unknown command');
    }
  });
}

const SESSIONS: Record<ScriptedProtocol, (socket: TLSSocket) => void> = { imap: imapSession, smtp: smtpSession, pop3: pop3Session };

/**
 * Small IMAP, SMTP and POP3 servers that answer logins with a provider's exact words (provider-replies.ts),
 * chosen by the login name. No maintained server library can be told to answer a login with an arbitrary
 * provider's text, so these few lines of protocol are written here; they speak only the commands a trial login uses.
 */
export async function startScriptedMailServers(host: string, cert: CertFiles): Promise<RunningServer> {
  const tls = { cert: await readFile(cert.cert), key: await readFile(cert.key) };
  const sockets = new Set<Socket>();
  const servers: Server[] = [];
  for (const [protocol, port] of Object.entries(SCRIPTED_PORTS) as [ScriptedProtocol, number][]) {
    const server = createTlsServer(tls, (socket) => {
      sockets.add(socket);
      socket.on('error', () => undefined);
      socket.on('close', () => sockets.delete(socket));
      SESSIONS[protocol](socket);
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, host, () => resolve());
    });
    servers.push(server);
  }
  return {
    async stop() {
      for (const socket of sockets) socket.destroy();
      await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
    },
  };
}
