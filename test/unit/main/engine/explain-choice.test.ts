import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chosenServer, explainChoice } from '../../../../main/engine/explain-choice';
import { createTranslator } from '../../../../shared/messages/translator';
import { say } from '../../../helpers/english';
import { done } from '../../helpers/candidates';

test('why a server was chosen: proven, how it is protected, what the protocol does, where it came from, what else works', () => {
  const chosen = done({ source: 'guess', sourceDetail: 'imap.example.test' });
  const other = done({ port: 143, security: 'starttls' });
  const unproven = done({ port: 110, protocol: 'pop3', security: 'starttls', outcome: { code: 'EAUTH' } });
  assert.deepEqual(explainChoice(chosen, [chosen, other, unproven]).map(say), [
    'Verified: the server accepted your password.',
    'The connection is encrypted from the first byte (TLS), the safest option.',
    'IMAP keeps your mail on the server, so it stays the same on all your devices.',
    'Found by trying common server names (imap.example.test).',
    'Other settings that also work: imap.example.test port 143 (STARTTLS).',
  ]);
});

test('an unproven choice says why; outgoing servers get no protocol sentence; the reasons read in Chinese too', () => {
  const smtp = done({ protocol: 'smtp', port: 587, security: 'plain', source: 'srv', outcome: { code: 'EPLAINTEXT' } });
  const why = explainChoice(smtp, [smtp]);
  assert.equal(why.length, 3);
  assert.match(say(why[0]), /not encrypted, so your password was not sent/);
  assert.match(say(why[1]), /^Warning: this connection is not encrypted/);
  assert.equal(
    createTranslator('zh-CN').render(why[2]),
    '您的域名在 DNS 中（通过 SRV 记录）公布了这台服务器，这是公布邮件服务器的标准方式。',
  );
});

test('the chosen server is the candidate as a server line, or null', () => {
  const c = done({ id: 42 });
  const line = chosenServer(c, [c]);
  assert.deepEqual(line && [line.candidateId, line.host, line.verified, line.reasons.length], [42, 'imap.example.test', true, 4]);
  assert.equal(chosenServer(undefined, [c]), null);
});
