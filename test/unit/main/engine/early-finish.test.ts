import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bestSoFar, provenBest, settled } from '../../../../main/engine/early-finish';
import { done, probing, queued } from '../../helpers/candidates';

const imapTls = () => done({ protocol: 'imap', port: 993, security: 'tls', trust: 'trusted' });
const smtpTls = () => done({ protocol: 'smtp', port: 465, security: 'tls', trust: 'trusted', host: 'smtp.example.test' });

test('a verified pair that nothing pending could beat finishes the run', () => {
  const incoming = imapTls();
  const outgoing = smtpTls();
  const state = {
    candidates: [incoming, outgoing, queued({ protocol: 'pop3', port: 995, trust: 'trusted' })],
    pendingSources: [],
    preferPop3: false,
  };
  assert.deepEqual(provenBest(state), { incoming, outgoing });
});

test('no early finish without a verified pair', () => {
  assert.equal(provenBest({ candidates: [imapTls()], pendingSources: [], preferPop3: false }), undefined);
  const refused = done({ protocol: 'smtp', outcome: { code: 'EAUTH' } });
  assert.equal(provenBest({ candidates: [imapTls(), refused], pendingSources: [], preferPop3: false }), undefined);
});

test('a queued or probing candidate that could rank higher keeps the run going', () => {
  const guessedStarttls = done({ protocol: 'imap', port: 143, security: 'starttls', trust: 'domain' });
  const outgoing = smtpTls();
  for (const waiting of [
    queued({ protocol: 'imap', port: 993, security: 'tls', trust: 'domain' }),
    probing({ protocol: 'imap', port: 993, security: 'tls' }),
  ]) {
    assert.equal(
      provenBest({ candidates: [guessedStarttls, outgoing, waiting], pendingSources: [], preferPop3: false }),
      undefined,
      waiting.state,
    );
  }
  // A waiting candidate that could at best rank lower does not: POP3 loses to IMAP at equal security...
  const lower = queued({ protocol: 'pop3', port: 110, security: 'starttls', trust: 'domain' });
  assert.ok(provenBest({ candidates: [guessedStarttls, outgoing, lower], pendingSources: [], preferPop3: false }));
  // ...but implicit TLS beats STARTTLS whatever the protocol.
  const tlsPop = queued({ protocol: 'pop3', port: 995, security: 'tls', trust: 'domain' });
  assert.equal(provenBest({ candidates: [guessedStarttls, outgoing, tlsPop], pendingSources: [], preferPop3: false }), undefined);
});

test('a source still asking that could name a better server keeps the run going; a weaker one does not', () => {
  const guessed = done({ protocol: 'imap', port: 993, security: 'tls', trust: 'domain' });
  const outgoing = smtpTls();
  assert.equal(provenBest({ candidates: [guessed, outgoing], pendingSources: ['trusted'], preferPop3: false }), undefined);
  assert.ok(provenBest({ candidates: [guessed, outgoing], pendingSources: ['domain', 'untrusted'], preferPop3: false }));
  // A trusted implicit-TLS IMAP server cannot be beaten by anything a source could still say.
  assert.ok(provenBest({ candidates: [imapTls(), outgoing], pendingSources: ['trusted'], preferPop3: false }));
});

test('preferring POP3 turns the rule around for incoming mail', () => {
  const imap = imapTls();
  const outgoing = smtpTls();
  const pop = queued({ protocol: 'pop3', port: 995, security: 'tls', trust: 'trusted' });
  assert.ok(provenBest({ candidates: [imap, outgoing, pop], pendingSources: [], preferPop3: false }));
  assert.equal(provenBest({ candidates: [imap, outgoing, pop], pendingSources: [], preferPop3: true }), undefined);
});

test('settled: no source asking and every candidate finished', () => {
  assert.equal(settled({ candidates: [imapTls()], pendingSources: [], preferPop3: false }), true);
  assert.equal(settled({ candidates: [imapTls(), queued()], pendingSources: [], preferPop3: false }), false);
  assert.equal(settled({ candidates: [imapTls()], pendingSources: ['untrusted'], preferPop3: false }), false);
  assert.equal(settled({ candidates: [], pendingSources: [], preferPop3: false }), true);
});

test('the best so far ignores unfinished and unusable candidates', () => {
  const timeout = done({ outcome: { code: 'ETIMEDOUT' } });
  const refused = done({ outcome: { code: 'EAUTH' }, port: 143, security: 'starttls' });
  const { incoming, outgoing } = bestSoFar({ candidates: [queued(), timeout, refused], pendingSources: [], preferPop3: false });
  assert.equal(incoming, refused, 'a refused login still names the right server');
  assert.equal(outgoing, undefined);
});
