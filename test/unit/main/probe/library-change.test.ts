import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ImapFlow } from 'imapflow';
import SMTPConnection from 'nodemailer/lib/smtp-connection';
import { probeCandidate } from '../../../../main/probe/probe-candidate';
import { loginImapWithToken } from '../../../../main/probe/login/login-imap-token';
import { loginSmtpWithToken } from '../../../../main/probe/login/login-smtp-token';
import type { TokenLoginRequest } from '../../../../main/probe/login/token-login-request';
import { SecretToken } from '../../../../main/oauth/secret-token';
import { say } from '../../../helpers/english';
import { loopbackContext, loopbackSpec } from '../../helpers/loopback-probe';
import { imapScript, SCRIPTED_CA, SCRIPTED_HOST, scriptedServer, smtpScript } from '../../helpers/scripted-server';

const TOKEN = 'ya29.unit-test-access-token-value';

/** A token login to a scripted server over TLS (a token is never sent without it), the unit tier's CA trusted. */
const tokenRequest = (port: number): TokenLoginRequest => ({
  host: SCRIPTED_HOST,
  address: '127.0.0.1',
  port,
  security: 'tls',
  username: 'alice@example.test',
  token: new SecretToken(TOKEN),
  trust: { extraCa: [SCRIPTED_CA], trustedFingerprints: [] },
});

/** Runs `work` with one prototype method taken away, as a library update could, and collects unhandled rejections. */
async function withoutMethod<T>(proto: object, name: string, work: () => Promise<T>): Promise<{ result: T; unhandled: unknown[] }> {
  const original = Object.getOwnPropertyDescriptor(proto, name);
  assert.ok(original, `${name} exists before the test takes it away`);
  const unhandled: unknown[] = [];
  const onUnhandled = (reason: unknown) => unhandled.push(reason);
  process.on('unhandledRejection', onUnhandled);
  delete (proto as Record<string, unknown>)[name];
  try {
    const result = await work();
    // Give a late rejection the chance to surface.
    await new Promise((resolve) => setTimeout(resolve, 50));
    return { result, unhandled };
  } finally {
    Object.defineProperty(proto, name, original);
    process.off('unhandledRejection', onUnhandled);
  }
}

test('the IMAP trial login in the fewest round trips: SASL-IR in one line, then EXAMINE INBOX, on the probe connection', async () => {
  const server = await scriptedServer('* OK [CAPABILITY IMAP4rev1 SASL-IR AUTH=PLAIN] ready\r\n', imapScript(true));
  try {
    const found = await probeCandidate(loopbackSpec('imap', server.port), loopbackContext());
    assert.equal(found.outcome.code, 'OK', JSON.stringify(found.outcome));
    assert.equal(found.logins[0].mechanism, 'AUTH=PLAIN', 'the mechanism reported is the one used');
    // No CAPABILITY (the greeting had them), no ID before the login, and one line for AUTHENTICATE PLAIN.
    const commands = server.received.map((line) => line.split(' ').slice(1, 3).join(' '));
    assert.deepEqual(commands.slice(0, 2), ['AUTHENTICATE PLAIN', 'EXAMINE INBOX']);
    assert.match(server.received[0], /^ms\d+ AUTHENTICATE PLAIN [A-Za-z0-9+/=]+$/);
  } finally {
    await server.close();
  }
});

test('without SASL-IR, AUTHENTICATE PLAIN waits for the continuation and sends the response on its own line', async () => {
  const script = imapScript(true);
  let waiting = '';
  const server = await scriptedServer('* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] ready\r\n', (line) => {
    const asked = /^(\S+) AUTHENTICATE PLAIN$/.exec(line);
    if (asked) {
      waiting = asked[1];
      return '+ \r\n';
    }
    if (waiting && /^[A-Za-z0-9+/=]+$/.test(line)) {
      const tag = waiting;
      waiting = '';
      return script(`${tag} AUTHENTICATE PLAIN ${line}`);
    }
    return script(line);
  });
  try {
    const found = await probeCandidate(loopbackSpec('imap', server.port), loopbackContext());
    assert.equal(found.outcome.code, 'OK', JSON.stringify(found.outcome));
    assert.match(server.received[0], /^ms\d+ AUTHENTICATE PLAIN$/);
    assert.match(server.received[1], /^[A-Za-z0-9+/=]+$/);
    assert.match(server.received[2], /^ms\d+ EXAMINE INBOX$/);
  } finally {
    await server.close();
  }
});

test('imapflow (token logins) without its internal authenticate(): a classified EINTERNAL outcome, not a crash and not ECANCELLED', async () => {
  const server = await scriptedServer('* OK [CAPABILITY IMAP4rev1 AUTH=OAUTHBEARER AUTH=XOAUTH2] ready\r\n', imapScript(true), {
    tls: true,
  });
  try {
    const { result, unhandled } = await withoutMethod(ImapFlow.prototype, 'authenticate', () =>
      loginImapWithToken(tokenRequest(server.port)),
    );
    assert.deepEqual(unhandled, [], 'no promise rejected unobserved');
    assert.equal(result.error?.code, 'EINTERNAL', JSON.stringify(result));
    assert.match(say(result.error?.code === 'EINTERNAL' ? result.error.reason : { key: 'outcome:code.OK' }), /TypeError: .*authenticate/);
    assert.ok(!JSON.stringify(result).includes(TOKEN), 'the token never in the outcome');
  } finally {
    await server.close();
  }
});

test('imapflow without connect(): EINTERNAL', async () => {
  const server = await scriptedServer('* OK [CAPABILITY IMAP4rev1 AUTH=OAUTHBEARER] ready\r\n', imapScript(true), { tls: true });
  try {
    const { result } = await withoutMethod(ImapFlow.prototype, 'connect', () => loginImapWithToken(tokenRequest(server.port)));
    assert.equal(result.error?.code, 'EINTERNAL');
  } finally {
    await server.close();
  }
});

test('nodemailer (token logins) without login(): EINTERNAL too, and the token never in the outcome', async () => {
  const server = await scriptedServer(
    '220 smtp.test ESMTP ready\r\n',
    (line) => (/^EHLO/i.test(line) ? '250-smtp.test\r\n250 AUTH PLAIN XOAUTH2 OAUTHBEARER\r\n' : smtpScript(true)(line)),
    { tls: true },
  );
  try {
    const { result, unhandled } = await withoutMethod(SMTPConnection.prototype, 'login', () =>
      loginSmtpWithToken(tokenRequest(server.port)),
    );
    assert.deepEqual(unhandled, []);
    assert.equal(result.error?.code, 'EINTERNAL', JSON.stringify(result));
    assert.ok(!JSON.stringify(result).includes(TOKEN));
  } finally {
    await server.close();
  }
});

test('a refused password stays EAUTH with the server words: the classification does not swallow real answers', async () => {
  const imap = await scriptedServer('* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] ready\r\n', imapScript(false));
  const smtp = await scriptedServer('220 smtp.test ESMTP ready\r\n', smtpScript(false));
  try {
    const [i, s] = await Promise.all([
      probeCandidate(loopbackSpec('imap', imap.port), loopbackContext()),
      probeCandidate(loopbackSpec('smtp', smtp.port), loopbackContext()),
    ]);
    assert.equal(i.outcome.code, 'EAUTH', JSON.stringify(i.outcome));
    assert.equal(s.outcome.code, 'EAUTH', JSON.stringify(s.outcome));
    assert.match(s.outcome.code === 'EAUTH' ? (s.outcome.serverReply ?? '') : '', /535 5\.7\.8/);
    assert.deepEqual(
      i.logins.map((l) => l.username),
      ['alice@example.test', 'alice'],
      'the second username form is tried after a refusal',
    );
    assert.equal(s.logins[0].mechanism, 'AUTH PLAIN', 'the mechanism reported is the one used');
  } finally {
    await imap.close();
    await smtp.close();
  }
});
