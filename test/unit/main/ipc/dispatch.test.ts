import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dispatch } from '../../../../main/ipc/dispatch';
import { CHANNELS, METHODS, type Handlers } from '../../../../shared/ipc/channels';
import { REQUEST_SCHEMAS } from '../../../../shared/ipc/schemas';
import { say } from '../../../helpers/english';

/** Handlers that only record what reached them: anything refused must never get here. */
function recording() {
  const calls: [string, unknown][] = [];
  const record =
    (name: string) =>
    async (request: unknown): Promise<never> => {
      calls.push([name, request]);
      return { ok: true, value: true } as never;
    };
  const handlers = Object.fromEntries(METHODS.map((m) => [m, record(m)])) as unknown as Handlers;
  return { calls, handlers };
}

test('arguments from the renderer are checked against the contract: anything unexpected is refused with a typed error', async () => {
  const { calls, handlers } = recording();
  const refused: [string, unknown][] = [
    ['discover', undefined],
    ['discover', null],
    ['discover', 'alice@guess.test'],
    ['discover', []],
    ['discover', { email: 42 }],
    ['discover', { email: 'a@b.test', extra: 1 }],
    ['discover', { email: 'a@b.test', password: { toString: 1 } }],
    ['discover', { email: 'a@b.test', preferPop3: 'yes' }],
    ['discover', { email: 'x'.repeat(5000) }],
    ['retest', { consentHosts: 'all' }],
    ['retest', { trustedFingerprints: Array(65).fill('AA') }],
    ['testServer', { protocol: 'imap', host: 'bad host!', port: 993, security: 'tls' }],
    ['testServer', { protocol: 'imap', host: 'imap.x.test', port: 99999, security: 'tls' }],
    ['testServer', { protocol: 'exchange', host: 'imap.x.test', port: 993, security: 'tls' }],
    ['exportFiles', { formats: [], includePassword: false, language: 'en' }],
    ['exportFiles', { formats: ['word'], includePassword: false, language: 'en' }],
    ['exportFiles', { formats: ['apple'], includePassword: 'yes', language: 'en' }],
    ['exportFiles', { formats: ['apple'], includePassword: false, language: 'xx' }],
    ['saveReport', { format: 'pdf', language: 'en' }],
    ['saveReport', 'html'],
    ['copyReport', undefined],
    ['openExternal', 'http://example.com/'],
    ['openExternal', 'javascript:alert(1)'],
    ['openExternal', 42],
    ['frobnicate', {}],
    ['__proto__', {}],
  ];
  for (const [method, argument] of refused) {
    const reply = (await dispatch(handlers, method, argument)) as { ok: boolean; error: { code: string; reason: { key: string } } };
    assert.equal(reply.ok, false, `${method} ${JSON.stringify(argument)}`);
    assert.equal(reply.error.code, 'EINPUT');
    assert.match(say(reply.error.reason as never), /^the request was refused: /);
  }
  assert.deepEqual(calls, [], 'no refused argument reached a handler');
});

test('checked arguments reach the handler normalised: a host trimmed and lower-cased, formats without repeats', async () => {
  const { calls, handlers } = recording();
  await dispatch(handlers, 'testServer', { protocol: 'imap', host: '  Mail.Example.COM ', port: 993, security: 'tls' });
  await dispatch(handlers, 'exportFiles', { formats: ['apple', 'json', 'apple'], includePassword: false, language: 'zh-CN' });
  await dispatch(handlers, 'cancel', undefined);
  await dispatch(handlers, 'openExternal', 'https://support.google.com/mail/answer/185833');
  assert.deepEqual(calls, [
    ['testServer', { protocol: 'imap', host: 'mail.example.com', port: 993, security: 'tls' }],
    ['exportFiles', { formats: ['apple', 'json'], includePassword: false, language: 'zh-CN' }],
    ['cancel', undefined],
    ['openExternal', 'https://support.google.com/mail/answer/185833'],
  ]);
});

test('a handler that throws (a bug) is an EINTERNAL reply, never a rejected promise in the page', async () => {
  const { handlers } = recording();
  handlers.copyReport = async () => {
    throw new TypeError('report.verdict is undefined');
  };
  const reply = (await dispatch(handlers, 'copyReport', { language: 'en' })) as { ok: boolean; error: { code: string; reason: never } };
  assert.equal(reply.ok, false);
  assert.equal(reply.error.code, 'EINTERNAL');
  assert.match(say(reply.error.reason), /TypeError: report\.verdict is undefined/);
});

test('every channel of the contract has a schema and a distinct name', () => {
  assert.deepEqual(Object.keys(REQUEST_SCHEMAS).sort(), [...METHODS].sort());
  assert.equal(new Set(Object.values(CHANNELS)).size, METHODS.length);
});
