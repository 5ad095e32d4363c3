import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { MailSetupService } from '../../../main/ipc/mail-setup-service';
import { dispatch } from '../../../main/ipc/dispatch';
import type { ProgressEvent, Replies } from '../../../shared/ipc/channels';
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

test('the password is given once, kept in main for re-tests, and never comes back', async () => {
  const events: ProgressEvent[] = [];
  const s = service(events);
  const first = (await dispatch(s, 'discover', { email: USERS.sid.login, password: USERS.sid.password })) as Replies['discover'];
  assert.ok(first.ok);
  if (!first.ok) return;
  assert.equal(first.value.result.incoming?.verified, false);
  const fingerprint = first.value.result.candidates.find((c) => c.host === 'mail.selfsigned.test' && c.port === 993)?.probe?.tls
    ?.certificate?.fingerprint256;
  assert.ok(fingerprint);
  const again = (await dispatch(s, 'retest', { trustedFingerprints: [fingerprint] })) as Replies['retest'];
  assert.ok(again.ok);
  if (!again.ok) return;
  assert.equal(again.value.result.incoming?.verified, true, 're-test used the kept password');
  assertNoPassword([first, again, events], USERS.sid.password);
  assert.ok(events.some((e) => e.type === 'probe-finished'));
  s.forget();
  assert.equal(((await dispatch(s, 'retest', {})) as Replies['retest']).ok, false, 'forgotten');
});

test('an expert tests one server with the kept password; the reply is a finished candidate with no English in it', async () => {
  const s = service();
  await dispatch(s, 'discover', { email: USERS.alice.login, password: USERS.alice.password });
  const reply = (await dispatch(s, 'testServer', {
    protocol: 'imap',
    host: ' IMAP.guess.test ',
    port: 143,
    security: 'starttls',
  })) as Replies['testServer'];
  assert.ok(reply.ok);
  if (!reply.ok) return;
  assert.equal(reply.value.host, 'imap.guess.test', 'the schema normalised the host');
  assert.equal(reply.value.state, 'done');
  assert.equal(reply.value.outcome.code, 'OK');
  assert.equal(reply.value.sourceDetail, '');
  assertNoPassword(reply, USERS.alice.password);
});
