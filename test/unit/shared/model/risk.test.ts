import { test } from 'node:test';
import assert from 'node:assert/strict';
import { risksOf, riskMessage } from '../../../../shared/model/risk';
import { say } from '../../../helpers/english';
import { done, resultWith } from '../../helpers/candidates';

const tls = { protocol: 'TLSv1.3', cipher: 'X', verified: false, problems: [], chain: [], trustedByUser: true };

test('risks of the chosen servers: plaintext, a certificate trusted by hand, an untrusted source, unproven, expired', () => {
  const plain = done({ host: 'mail.plain.test', port: 143, security: 'plain' });
  const pinned = done({
    protocol: 'smtp',
    host: 'mail.self.test',
    port: 465,
    probe: { address: '127.0.0.1', starttls: 'implicit', totalMs: 1, tls },
  });
  assert.deepEqual(
    risksOf(resultWith([plain, pinned], { incoming: plain, outgoing: pinned })).map((r) => `${r.direction}:${r.kind}:${r.host}`),
    ['incoming:plaintext:mail.plain.test', 'outgoing:trusted-certificate:mail.self.test'],
  );
  const consented = done({ trust: 'untrusted', host: 'mail.elsewhere.test' });
  const unproven = done({ protocol: 'smtp', outcome: { code: 'EAUTH' } });
  assert.deepEqual(
    risksOf(resultWith([consented, unproven], { incoming: consented, outgoing: unproven })).map((r) => r.kind),
    ['untrusted-source', 'unverified'],
  );
  const expired = done({ outcome: { code: 'ETLS', certProblem: 'expired' } });
  assert.deepEqual(
    risksOf(resultWith([expired], { incoming: expired })).map((r) => r.kind),
    ['expired-certificate'],
  );
  const fine = done({});
  assert.deepEqual(risksOf(resultWith([fine], { incoming: fine })), []);
  assert.equal(
    say(riskMessage({ kind: 'plaintext', direction: 'incoming', host: 'mail.plain.test' })),
    'Incoming mail (mail.plain.test): your password and mail travel unencrypted; anyone on the network can read them.',
  );
});

test('risks are read from a saved result too (export --from), matched by server when there is no candidate id', () => {
  const saved = {
    incoming: { protocol: 'imap' as const, host: 'mail.self.test', port: 993, security: 'tls' as const, verified: true },
    outgoing: { protocol: 'smtp' as const, host: 'mail.self.test', port: 25, security: 'plain' as const, verified: true },
    candidates: [
      { protocol: 'imap' as const, host: 'mail.self.test', port: 993, security: 'tls' as const, probe: { tls: { trustedByUser: true } } },
    ],
  };
  assert.deepEqual(
    risksOf(saved).map((r) => r.kind),
    ['trusted-certificate', 'plaintext'],
  );
});
