import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Socket } from 'node:net';
import { probeCandidate } from '../../../../main/probe/probe-candidate';
import { imapScript, scriptedServer } from '../../helpers/scripted-server';
import { loopbackContext, loopbackSpec } from '../../helpers/loopback-probe';

// The mailbox check rides along with the login (RFC 3501 5.5): these servers show that it does, that a server
// (or proxy) that loses it still gets asked again, and that a refused login leaves nothing behind for the next.

const isLogin = (line: string) => / (AUTHENTICATE|LOGIN) /i.test(line);
const isExamine = (line: string) => / EXAMINE INBOX$/i.test(line);
/** Far longer than any client takes to send two lines it writes together; short enough for a test. */
const HOLD_MS = 2_000;

for (const [kind, greeting] of [
  ['AUTHENTICATE PLAIN with SASL-IR', '* OK [CAPABILITY IMAP4rev1 SASL-IR AUTH=PLAIN] ready\r\n'],
  ['LOGIN (no AUTH=PLAIN offered)', '* OK [CAPABILITY IMAP4rev1] ready\r\n'],
] as const) {
  test(`the mailbox check goes out with the login (${kind}): one round trip for both`, async () => {
    const script = imapScript(true);
    let examineBeforeLoginAnswered: boolean | undefined;
    let holding: { answer: () => void; timer: NodeJS.Timeout } | undefined;
    // The server holds its answer to the login until the EXAMINE arrives (or HOLD_MS passes), and notes which it was.
    const server = await scriptedServer(greeting, (line: string, socket: Socket) => {
      if (isLogin(line)) {
        const answer = () => {
          clearTimeout(holding?.timer);
          holding = undefined;
          socket.write(script(line)!);
        };
        holding = { answer, timer: setTimeout(answer, HOLD_MS) };
        return undefined;
      }
      if (isExamine(line) && holding) {
        examineBeforeLoginAnswered = true;
        holding.answer();
      } else if (isExamine(line)) examineBeforeLoginAnswered ??= false;
      return script(line);
    });
    try {
      const found = await probeCandidate(loopbackSpec('imap', server.port), loopbackContext());
      assert.equal(found.outcome.code, 'OK', JSON.stringify(found.outcome));
      assert.equal(examineBeforeLoginAnswered, true, `EXAMINE waited for the login's answer: ${JSON.stringify(server.received)}`);
      assert.equal(server.received.filter(isExamine).length, 1, 'asked once');
    } finally {
      await server.close();
    }
  });
}

test('a proxy that loses what arrived before its login finished: the mailbox check is asked again and the login is proven', async () => {
  const script = imapScript(true);
  let dropNextExamine = false;
  const server = await scriptedServer('* OK [CAPABILITY IMAP4rev1 SASL-IR AUTH=PLAIN] ready\r\n', (line) => {
    if (isLogin(line)) dropNextExamine = true;
    else if (isExamine(line) && dropNextExamine) {
      dropNextExamine = false;
      return undefined;
    }
    return script(line);
  });
  try {
    const found = await probeCandidate(loopbackSpec('imap', server.port), loopbackContext());
    assert.equal(found.outcome.code, 'OK', JSON.stringify(found.outcome));
    assert.equal(found.logins.length, 1);
    assert.equal(server.received.filter(isExamine).length, 2, JSON.stringify(server.received));
  } finally {
    await server.close();
  }
});

test('a refused login with the mailbox check in flight: the other login name follows on the same connection, unconfused', async () => {
  // Accepts only the local part; the answer to the EXAMINE that followed the refused login comes before the next login's.
  let loggedIn = false;
  const server = await scriptedServer('* OK [CAPABILITY IMAP4rev1 SASL-IR AUTH=PLAIN] ready\r\n', (line) => {
    const [tag, command = '', , token = ''] = line.split(' ');
    if (command.toUpperCase() === 'AUTHENTICATE') {
      loggedIn = Buffer.from(token, 'base64').toString('utf8').split('\0')[1] === 'alice';
      return loggedIn ? `${tag} OK logged in\r\n` : `${tag} NO [AUTHENTICATIONFAILED] Authentication failed.\r\n`;
    }
    if (isExamine(line)) return loggedIn ? `* 3 EXISTS\r\n${tag} OK [READ-ONLY] done\r\n` : `${tag} BAD not logged in\r\n`;
    if (command.toUpperCase() === 'LOGOUT') return `* BYE\r\n${tag} OK done\r\n`;
    return `${tag} BAD unknown\r\n`;
  });
  try {
    const found = await probeCandidate(loopbackSpec('imap', server.port), loopbackContext());
    assert.equal(found.outcome.code, 'OK', JSON.stringify(found.outcome));
    assert.deepEqual(
      found.logins.map((l) => [l.username, l.ok]),
      [
        ['alice@example.test', false],
        ['alice', true],
      ],
    );
    assert.equal(found.logins[0].error?.code, 'EAUTH', 'the refusal is the login, not the stray EXAMINE answer');
  } finally {
    await server.close();
  }
});
