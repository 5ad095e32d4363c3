import { test } from 'node:test';
import assert from 'node:assert/strict';
import { best, compareCandidates } from '../../../../main/engine/rank';
import type { DoneCandidate } from '../../../../shared/model/discovery';
import type { Outcome } from '../../../../shared/model/outcome';

let nextId = 1;
function c(over: Partial<DoneCandidate> & { code?: Exclude<Outcome['code'], 'ETLS' | 'EINTERNAL'> }): DoneCandidate {
  const code = over.code ?? 'OK';
  return {
    id: nextId++,
    protocol: 'imap',
    host: 'h',
    port: 993,
    security: 'tls',
    username: 'u',
    verified: (over.outcome?.code ?? code) === 'OK',
    source: 'guess',
    sourceDetail: '',
    alsoFrom: [],
    trust: 'domain',
    state: 'done',
    outcome: { code } as Outcome,
    addresses: [],
    logins: [],
    ...over,
  };
}

test('verified beats secure; implicit TLS beats STARTTLS beats plain; IMAP beats POP3; trusted beats guessed', () => {
  const order = [
    c({ security: 'starttls' }),
    c({ security: 'tls', code: 'REACHABLE' }),
    c({ security: 'plain' }),
    c({ protocol: 'pop3' }),
    c({ trust: 'trusted', source: 'srv' }),
    c({}),
  ];
  const sorted = [...order].sort((a, b) => compareCandidates(a, b, false));
  assert.deepEqual(
    sorted.map((x) => order.indexOf(x)),
    [4, 5, 3, 0, 2, 1],
  );
  const pop = [...order].sort((a, b) => compareCandidates(a, b, true));
  assert.equal(pop[0], order[3], 'POP3 first when asked');
});

test('unreachable servers are never chosen; a wrong password still names the right server', () => {
  assert.equal(best([c({ code: 'ETIMEDOUT' }), c({ code: 'EDNS' })], false), undefined);
  const auth = c({ code: 'EAUTH' });
  assert.equal(best([c({ code: 'ECONNREFUSED' }), auth], false), auth);
  assert.equal(best([c({ outcome: { code: 'ETLS', certProblem: 'handshake' } })], false), undefined);
  const untrusted = c({ outcome: { code: 'ETLS', certProblem: 'self-signed' } });
  assert.equal(best([untrusted], false), untrusted, 'a certificate problem still names the right server');
});
