import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ImapFlow } from 'imapflow';
import SMTPConnection from 'nodemailer/lib/smtp-connection';
import { probeCandidate, type ProbeContext } from '../../../../main/probe/probe-candidate';
import type { CandidateSpec } from '../../../../main/discovery/candidate';
import { parseEmail } from '../../../../shared/email/parse-email';
import { say } from '../../../helpers/english';
import { imapScript, scriptedServer, smtpScript } from '../../helpers/scripted-server';

const email = (() => {
  const parsed = parseEmail('alice@example.test');
  if (!parsed.ok) throw new Error('test address');
  return parsed.email;
})();

function context(): ProbeContext {
  return {
    email,
    resolver: { srv: async () => [], mx: async () => [], addresses: async () => ['127.0.0.1'] },
    trust: { extraCa: [], trustedFingerprints: [] },
    // A loopback server without TLS: the test allows the password over it.
    policy: { allowPlaintext: 'all', consent: [] },
    password: 'correct horse',
  };
}

const spec = (protocol: CandidateSpec['protocol'], port: number): CandidateSpec => ({
  protocol,
  host: '127.0.0.1',
  port,
  security: 'plain',
  username: '%EMAILADDRESS%',
  source: 'guess',
  sourceDetail: '127.0.0.1',
  trust: 'trusted',
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

test('a scripted IMAP server accepts the login: the baseline the failures below differ from', async () => {
  const server = await scriptedServer('* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] ready\r\n', imapScript(true));
  try {
    const found = await probeCandidate(spec('imap', server.port), context());
    assert.equal(found.outcome.code, 'OK', JSON.stringify(found.outcome));
    assert.ok(server.received.some((line) => /AUTHENTICATE PLAIN/i.test(line)));
    assert.equal(found.logins[0].mechanism, 'AUTH=PLAIN', 'the mechanism reported is the one used');
  } finally {
    await server.close();
  }
});

test('imapflow without its internal authenticate(): a classified EINTERNAL outcome, not a crash and not ECANCELLED', async () => {
  const server = await scriptedServer('* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] ready\r\n', imapScript(true));
  try {
    const { result, unhandled } = await withoutMethod(ImapFlow.prototype, 'authenticate', () =>
      probeCandidate(spec('imap', server.port), context()),
    );
    assert.deepEqual(unhandled, [], 'no promise rejected unobserved');
    assert.equal(result.outcome.code, 'EINTERNAL', JSON.stringify(result.outcome));
    assert.equal(result.verified, false);
    assert.equal(result.probe?.error, undefined, 'the server itself answered correctly');
    assert.match(
      say(result.outcome.code === 'EINTERNAL' ? result.outcome.reason : { key: 'outcome:code.OK' }),
      /TypeError: .*authenticate/,
    );
    assert.equal(result.logins[0]?.error?.code, 'EINTERNAL');
  } finally {
    await server.close();
  }
});

test('nodemailer without login(): EINTERNAL too, and the password never in the outcome', async () => {
  const server = await scriptedServer('220 smtp.test ESMTP ready\r\n', smtpScript(true));
  try {
    const { result, unhandled } = await withoutMethod(SMTPConnection.prototype, 'login', () =>
      probeCandidate(spec('smtp', server.port), context()),
    );
    assert.deepEqual(unhandled, []);
    assert.equal(result.outcome.code, 'EINTERNAL', JSON.stringify(result.outcome));
    assert.ok(!JSON.stringify(result).includes('correct horse'));
  } finally {
    await server.close();
  }
});

test('imapflow without connect(): EINTERNAL, while the pre-login probe still reports what the server said', async () => {
  const server = await scriptedServer('* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] ready\r\n', imapScript(true));
  try {
    const { result } = await withoutMethod(ImapFlow.prototype, 'connect', () => probeCandidate(spec('imap', server.port), context()));
    assert.equal(result.outcome.code, 'EINTERNAL');
    assert.match(result.probe?.greeting ?? '', /^\* OK/);
  } finally {
    await server.close();
  }
});

test('a refused password stays EAUTH with the server words: the classification does not swallow real answers', async () => {
  const imap = await scriptedServer('* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] ready\r\n', imapScript(false));
  const smtp = await scriptedServer('220 smtp.test ESMTP ready\r\n', smtpScript(false));
  try {
    const [i, s] = await Promise.all([
      probeCandidate(spec('imap', imap.port), context()),
      probeCandidate(spec('smtp', smtp.port), context()),
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
