import { test } from 'node:test';
import assert from 'node:assert/strict';
import { best, compareCandidates } from '../../../main/engine/rank';
import type { CandidateResult } from '../../../main/engine/discovery-types';
import { explain } from '../../../main/errors/explain';
import type { OutcomeCode } from '../../../main/errors/error-codes';

let nextId = 1;
function c(over: Partial<CandidateResult> & { code?: OutcomeCode }): CandidateResult {
  const code = over.code ?? 'OK';
  return {
    id: nextId++,
    protocol: 'imap',
    host: 'h',
    port: 993,
    security: 'tls',
    username: 'u',
    verified: code === 'OK',
    source: 'guess',
    sourceDetail: '',
    alsoFrom: [],
    trust: 'domain',
    state: 'done',
    outcome: { code, message: explain(code) },
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
  const handshake = c({ code: 'ETLS' });
  handshake.outcome.certProblem = 'handshake';
  assert.equal(best([handshake], false), undefined);
});
