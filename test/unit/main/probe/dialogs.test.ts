import { test } from 'node:test';
import assert from 'node:assert/strict';
import { connect } from 'node:net';
import { LineConnection } from '../../../../main/net/line-connection';
import { imapDialog } from '../../../../main/probe/dialogs/imap-dialog';
import { pop3Dialog } from '../../../../main/probe/dialogs/pop3-dialog';
import { smtpDialog } from '../../../../main/probe/dialogs/smtp-dialog';
import { MailSetupError } from '../../../../main/errors/mail-setup-error';
import { say } from '../../../helpers/english';
import { scriptedServer } from '../../helpers/scripted-server';

/** Opens a line connection to a scripted server and runs `work` on it. */
async function talk<T>(
  greeting: string | undefined,
  reply: (line: string) => string | undefined,
  work: (conn: LineConnection) => Promise<T>,
) {
  const server = await scriptedServer(greeting, reply);
  const socket = connect({ host: '127.0.0.1', port: server.port });
  await new Promise((resolve) => socket.once('connect', resolve));
  const conn = new LineConnection(socket);
  try {
    return { value: await work(conn), received: server.received };
  } finally {
    conn.close();
    await server.close();
  }
}

/** The failure a step threw, as code and English reason. */
async function failure(work: Promise<unknown>): Promise<[string, string]> {
  try {
    await work;
  } catch (error) {
    assert.ok(error instanceof MailSetupError, String(error));
    return [error.code, say(error.failure.reason)];
  }
  assert.fail('expected the step to fail');
}

test('IMAP: capabilities from the greeting save a round trip; otherwise CAPABILITY is asked', async () => {
  const fromGreeting = await talk(
    '* OK [CAPABILITY IMAP4rev1 STARTTLS AUTH=PLAIN LOGINDISABLED] hi\r\n',
    () => undefined,
    async (conn) => {
      const greeting = await imapDialog.readGreeting(conn);
      return imapDialog.capabilities(conn, greeting);
    },
  );
  assert.deepEqual(fromGreeting.value, {
    capabilities: ['IMAP4REV1', 'STARTTLS', 'AUTH=PLAIN', 'LOGINDISABLED'],
    authMechanisms: ['PLAIN'],
    starttlsOffered: true,
    loginDisabled: true,
  });
  assert.deepEqual(fromGreeting.received, []);
  const asked = await talk(
    '* OK hi\r\n',
    (line) => `* CAPABILITY IMAP4rev1 AUTH=PLAIN AUTH=LOGIN\r\n${line.split(' ')[0]} OK done\r\n`,
    async (conn) => imapDialog.capabilities(conn, await imapDialog.readGreeting(conn)),
  );
  assert.deepEqual(asked.value.authMechanisms, ['PLAIN', 'LOGIN']);
  assert.match(asked.received[0], /^ms\d+ CAPABILITY$/);
});

test('IMAP: a BYE greeting, a web server instead of IMAP, and a refused STARTTLS are told apart', async () => {
  const bye = await failure(
    talk(
      '* BYE too many connections\r\n',
      () => undefined,
      (conn) => imapDialog.readGreeting(conn),
    ),
  );
  assert.deepEqual(bye, ['ECONNECTION', 'the server said goodbye: * BYE too many connections']);
  const web = await failure(
    talk(
      'HTTP/1.1 400 Bad Request\r\n',
      () => undefined,
      (conn) => imapDialog.readGreeting(conn),
    ),
  );
  assert.deepEqual(web, ['EPROTOCOL', 'not a IMAP greeting: HTTP/1.1 400 Bad Request']);
  const refused = await failure(
    talk(
      '* OK hi\r\n',
      (line) => `${line.split(' ')[0]} NO not now\r\n`,
      async (conn) => {
        await imapDialog.readGreeting(conn);
        await imapDialog.startTls(conn);
      },
    ),
  );
  assert.deepEqual(refused, ['EPROTOCOL', 'IMAP STARTTLS: the server answered “NO not now”']);
});

test('POP3: CAPA is optional; SASL and USER are read; an -ERR greeting is not POP3', async () => {
  const capa = await talk(
    '+OK ready\r\n',
    () => '+OK\r\nUSER\r\nSASL PLAIN LOGIN\r\nSTLS\r\n.\r\n',
    async (conn) => {
      await pop3Dialog.readGreeting(conn);
      return pop3Dialog.capabilities(conn);
    },
  );
  assert.deepEqual(capa.value, {
    capabilities: ['USER', 'SASL PLAIN LOGIN', 'STLS'],
    authMechanisms: ['PLAIN', 'LOGIN', 'USER'],
    starttlsOffered: true,
    loginDisabled: false,
  });
  const old = await talk(
    '+OK ready\r\n',
    () => '-ERR unknown command\r\n',
    async (conn) => {
      await pop3Dialog.readGreeting(conn);
      return pop3Dialog.capabilities(conn);
    },
  );
  assert.deepEqual(old.value.authMechanisms, ['USER'], 'a server without CAPA still takes USER/PASS');
  assert.deepEqual(
    await failure(
      talk(
        '-ERR go away\r\n',
        () => undefined,
        (conn) => pop3Dialog.readGreeting(conn),
      ),
    ),
    ['EPROTOCOL', 'not a POP3 greeting: -ERR go away'],
  );
});

test('SMTP: EHLO read into capabilities; a 421/554 greeting turns us away; a refusal keeps the server words', async () => {
  const ehlo = await talk(
    '220-smtp.test ESMTP\r\n220 ready\r\n',
    () => '250-smtp.test\r\n250-STARTTLS\r\n250 SIZE 10\r\n',
    async (conn) => {
      await smtpDialog.readGreeting(conn);
      return smtpDialog.capabilities(conn);
    },
  );
  assert.deepEqual(ehlo.value, { capabilities: ['STARTTLS', 'SIZE 10'], authMechanisms: [], starttlsOffered: true, loginDisabled: true });
  assert.match(ehlo.received[0], /^EHLO \[127\.0\.0\.1\]$/);
  assert.deepEqual(
    await failure(
      talk(
        '554 no service\r\n',
        () => undefined,
        (conn) => smtpDialog.readGreeting(conn),
      ),
    ),
    ['ECONNECTION', 'the server turned us away: 554 no service'],
  );
  const refused = await failure(
    talk(
      '220 hi\r\n',
      () => '454 TLS not available\r\n',
      async (conn) => {
        await smtpDialog.readGreeting(conn);
        await smtpDialog.startTls(conn);
      },
    ),
  );
  assert.deepEqual(refused, ['EPROTOCOL', 'SMTP STARTTLS: the server answered “454 TLS not available”']);
});

test('hostile servers: an endless line, a flood of lines, silence and a hang-up end with a clear failure', async () => {
  const endless = await failure(
    talk(
      `* OK ${'x'.repeat(20_000)}`,
      () => undefined,
      (conn) => imapDialog.readGreeting(conn),
    ),
  );
  assert.deepEqual(endless, ['EPROTOCOL', 'the server sent an over-long line']);
  const flood = await failure(
    talk(
      '* OK hi\r\n',
      () => '* x\r\n'.repeat(500),
      (conn) => imapDialog.capabilities(conn),
    ),
  );
  assert.equal(flood[0], 'EPROTOCOL');
  const silent = await failure(
    talk(
      undefined,
      () => undefined,
      (conn) => conn.readReply(() => true, { key: 'outcome:step.greeting', params: { protocol: 'IMAP' } }, 50),
    ),
  );
  assert.deepEqual(silent, ['ETIMEDOUT', 'IMAP greeting: no answer in time']);
  const server = await scriptedServer(undefined, () => undefined);
  const socket = connect({ host: '127.0.0.1', port: server.port });
  await new Promise((resolve) => socket.once('connect', resolve));
  const conn = new LineConnection(socket);
  await server.close();
  assert.deepEqual(await failure(imapDialog.readGreeting(conn)), ['ECONNECTION', 'the server closed the connection']);
  conn.close();
});

test('a cancelled read stops at once with ECANCELLED', async () => {
  const controller = new AbortController();
  const server = await scriptedServer(undefined, () => undefined);
  const socket = connect({ host: '127.0.0.1', port: server.port });
  await new Promise((resolve) => socket.once('connect', resolve));
  const conn = new LineConnection(socket, controller.signal);
  const reading = failure(smtpDialog.readGreeting(conn));
  controller.abort();
  assert.deepEqual(await reading, ['ECANCELLED', 'SMTP greeting: cancelled']);
  conn.close();
  await server.close();
});
