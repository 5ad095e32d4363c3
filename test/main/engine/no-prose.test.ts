import { test } from 'node:test';
import assert from 'node:assert/strict';
import { discoverInWorld } from '../../helpers/discover-in-world';
import { testProvider, testSnapshot } from '../../helpers/test-snapshot';
import { USERS } from '../../world/world-plan';

// Fields that hold what others wrote (the server's words, certificate names, a provider's own name) and the
// parameters of catalog messages (hosts, URLs, library and server texts): facts, not our sentences.
const OTHERS_WORDS = new Set(['serverReply', 'greeting', 'subject', 'issuer', 'name', 'certificatePem', 'params']);
// Four words in a row, the later ones lower-case: how an English sentence looks, and no code, host or URL does.
const PROSE = /\b[A-Za-z][a-z]+(?: [a-z]{2,}){3,}/;

/** Every string in a value that looks like an English sentence, with its path. */
function prose(value: unknown, path = ''): string[] {
  if (typeof value === 'string') return PROSE.test(value) ? [`${path}: ${value.slice(0, 120)}`] : [];
  if (Array.isArray(value)) return value.flatMap((v, i) => prose(v, `${path}[${i}]`));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => (OTHERS_WORDS.has(k) ? [] : prose(v, path ? `${path}.${k}` : k)));
  return [];
}

test('the detector finds a sentence where one hides, and passes codes, hosts and URLs', () => {
  assert.deepEqual(prose({ outcome: { code: 'EAUTH', message: 'The server rejected the login.' } }), [
    'outcome.message: The server rejected the login.',
  ]);
  assert.deepEqual(
    prose({
      url: 'https://autoconfig.example.test/mail/config-v1.1.xml?emailaddress=a%40b',
      sourceDetail: '_imaps._tcp.srv.test SRV 0 1 993 mx.srv.test',
      key: 'outcome:reason.refused',
    }),
    [],
  );
});

test('no English sentence in engine results or progress events, whatever happened in the run', async () => {
  const cases: Parameters<typeof discoverInWorld>[] = [
    [USERS.alice.login, USERS.alice.password, { exhaustive: true }],
    [USERS.alice.login, 'wrong password'],
    [USERS.sid.login, USERS.sid.password],
    [USERS.paul.login, USERS.paul.password],
    [USERS.hugo.login, USERS.hugo.password],
    [USERS.sam.login, USERS.sam.password, { exhaustive: true }],
    ['kim@broken.test', 'kims password', { exhaustive: true }],
    ['x@hostile.test', undefined],
    ['someone@provider.test', 'whatever'],
    ['bob@blackhole.test', 'secret words', { timeoutMs: 500 }],
    // A domain the app knows (answered from the snapshot, with the note on what was not asked), and one whose
    // outdated entry sends the run on to every other source.
    [USERS.ivy.login, USERS.ivy.password, { ispdbSnapshot: testSnapshot([testProvider('listed', ['listed.test'], 'mail.mailhost.test')]) }],
    [
      USERS.alice.login,
      USERS.alice.password,
      { ispdbSnapshot: testSnapshot([testProvider('moved', ['guess.test'], 'imap.moved-away.test')]) },
    ],
    // A Microsoft 365 mailbox: the fact, its evidence and what it means per app are data and catalog keys.
    ['alex@m365.test', undefined, { microsoftAutodiscoverUrl: 'https://ms.m365.test' }],
  ];
  for (const args of cases) {
    const { result, events } = await discoverInWorld(...args);
    assert.deepEqual(prose(result), [], result.email);
    assert.deepEqual(prose(events), [], `${result.email} (events)`);
    // The messages that stand in for sentences are there, for the reader's language to word them.
    assert.ok(result.candidates.length === 0 || result.candidates.every((c) => typeof c.outcome.code === 'string'));
    assert.ok(
      result.warnings.every((w) => /^[a-z]+:[\w.-]+$/.test(w.key)),
      result.email,
    );
  }
});
