import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { MailSetupService } from '../../../main/ipc/mail-setup-service';
import type { ProgressEvent } from '../../../preload/contract';
import { loopbackOnly, world } from '../../helpers/world-client';
import { assertNoPassword } from '../../helpers/discover-in-world';
import { USERS } from '../../world/world-plan';

function service(events: ProgressEvent[] = []) {
  const w = world();
  return new MailSetupService(
    { dnsServers: [w.dns], extraCa: [readFileSync(w.caCert, 'utf8')], ispdbBaseUrl: w.ispdbBaseUrl, allowAddress: loopbackOnly },
    (event) => events.push(event),
  );
}

test('arguments from the renderer are checked: anything unexpected is refused with a typed error', async () => {
  const s = service();
  for (const input of [
    undefined,
    null,
    'alice@guess.test',
    [],
    { email: 42 },
    { email: 'a@b.test', extra: 1 },
    { email: 'a@b.test', password: { toString: 1 } },
    { email: 'a@b.test', preferPop3: 'yes' },
    { email: 'x'.repeat(5000) },
  ]) {
    const reply = await s.discover(input);
    assert.equal(reply.ok, false, JSON.stringify(input));
    if (!reply.ok) assert.equal(reply.error.code, 'EINPUT');
  }
  const early = await s.retest({ trustedFingerprints: ['AA'] });
  assert.equal(early.ok, false, 'nothing to re-test before a discovery');
  assert.equal((await s.retest({ consentHosts: 'all' })).ok, false);
});

test('the password is given once, kept in main for re-tests, and never comes back', async () => {
  const events: ProgressEvent[] = [];
  const s = service(events);
  const first = await s.discover({ email: USERS.sid.login, password: USERS.sid.password });
  assert.ok(first.ok);
  if (!first.ok) return;
  assert.equal(first.value.result.incoming?.verified, false);
  const fingerprint = first.value.result.candidates.find((c) => c.host === 'mail.selfsigned.test' && c.port === 993)?.probe?.tls
    ?.certificate?.fingerprint256;
  assert.ok(fingerprint);
  const again = await s.retest({ trustedFingerprints: [fingerprint] });
  assert.ok(again.ok);
  if (!again.ok) return;
  assert.equal(again.value.result.incoming?.verified, true, 're-test used the kept password');
  assertNoPassword([first, again, events], USERS.sid.password);
  assert.ok(events.some((e) => e.type === 'probe-finished'));
  s.forget();
  assert.equal((await s.retest({})).ok, false, 'forgotten');
});
