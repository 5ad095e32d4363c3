import { test } from 'node:test';
import assert from 'node:assert/strict';
import { structuredVerdict, verdictFor } from '../../../../main/report/verdict';
import { createTranslator } from '../../../../shared/messages/translator';
import { english, say } from '../../../helpers/english';
import { done, resultWith } from '../../helpers/candidates';

const cert = (over: Record<string, unknown> = {}) => ({
  subject: 'CN=mail.example.test',
  issuer: 'CN=Example CA',
  subjectAltNames: ['mail.example.test'],
  validFrom: '2020-01-01T00:00:00.000Z',
  validTo: '2021-01-01T00:00:00.000Z',
  fingerprint256: 'AB:CD',
  selfSigned: false,
  ...over,
});
const tls = (certificate = cert()) => ({
  protocol: 'TLSv1.3',
  cipher: 'TLS_AES_256_GCM_SHA384',
  verified: false,
  problems: [],
  chain: [],
  trustedByUser: false,
  certificate,
});

test('working settings: "works" first, then what else a person should know (a blocked port)', () => {
  const imap = done({ protocol: 'imap', port: 143, security: 'starttls' });
  const blocked = done({ protocol: 'imap', port: 993, outcome: { code: 'ETIMEDOUT' } });
  const smtp = done({ protocol: 'smtp', port: 587, security: 'starttls', host: 'imap.example.test' });
  const v = structuredVerdict(resultWith([imap, blocked, smtp], { incoming: imap, outgoing: smtp }), true);
  assert.equal(v.status, 'ok');
  assert.deepEqual(
    v.findings.map((f) => f.kind),
    ['works', 'port-blocked'],
  );
  const report = verdictFor(resultWith([imap, blocked, smtp], { incoming: imap, outgoing: smtp }), true, english);
  assert.equal(report.headline, 'Your mail settings work. Port 993 is blocked on this network; use 143 with STARTTLS (imap.example.test).');
});

test('a refused password names every server and every username tried, once', () => {
  const logins = [
    { username: 'alice@example.test', ok: false, ms: 1 },
    { username: 'alice', ok: false, ms: 1 },
  ];
  const imap = done({ outcome: { code: 'EAUTH' }, logins });
  const smtp = done({ protocol: 'smtp', port: 465, host: 'smtp.example.test', outcome: { code: 'EAUTH' }, logins });
  const v = structuredVerdict(resultWith([imap, smtp], { incoming: imap, outgoing: smtp }), true);
  assert.equal(v.status, 'problem');
  assert.equal(
    say(v.findings[0].message),
    'Your password is wrong (or the username): imap.example.test and smtp.example.test answered but refused the login as alice@example.test and alice.',
  );
  assert.equal(
    createTranslator('zh-CN').render(v.findings[0].message),
    '您的密码（或用户名）有误：imap.example.test、smtp.example.test 有响应，但以 alice@example.test、alice 登录均被拒绝。',
  );
});

test("a provider that needs an app password explains the refusal with the provider's words and help link", () => {
  const imap = done({ outcome: { code: 'EAUTH' } });
  const smtp = done({ protocol: 'smtp', outcome: { code: 'EAUTH' } });
  const result = resultWith(
    [imap, smtp],
    { incoming: imap, outgoing: smtp },
    {
      providers: [{ id: 'gmail', name: 'Gmail', passwordNote: 'app-password', helpUrl: 'https://support.google.com/mail/answer/185833' }],
    },
  );
  const [finding] = structuredVerdict(result, true).findings;
  assert.equal(finding.kind, 'provider-password');
  assert.deepEqual(finding.facts, { provider: 'Gmail', helpUrl: 'https://support.google.com/mail/answer/185833' });
  assert.match(say(finding.message), /^The server refused the login: Gmail needs an app password: create one/);
});

test('certificate problems are told apart, with the date or the names that matter', () => {
  const expired = done({
    outcome: { code: 'ETLS', certProblem: 'expired' },
    probe: { address: '127.0.0.1', starttls: 'implicit', totalMs: 1, tls: tls() },
  });
  const wrongHost = done({
    protocol: 'smtp',
    host: 'smtp.example.test',
    outcome: { code: 'ETLS', certProblem: 'wrong-host' },
    probe: {
      address: '127.0.0.1',
      starttls: 'implicit',
      totalMs: 1,
      tls: tls(cert({ subjectAltNames: ['other.invalid', 'also.invalid'] })),
    },
  });
  const v = structuredVerdict(resultWith([expired, wrongHost], { incoming: expired, outgoing: wrongHost }), true);
  assert.deepEqual(
    v.findings.map((f) => say(f.message)),
    [
      'The certificate of imap.example.test expired on 2021-01-01. The mail provider must renew it; until then the connection is not safe.',
      'The certificate of smtp.example.test was issued for other.invalid and also.invalid, not for smtp.example.test: the server name may be wrong, or someone is in between.',
    ],
  );
});

test('nothing found: a misspelt domain, an unreachable one, and one whose servers all failed', () => {
  const none = structuredVerdict(resultWith([], {}), true);
  assert.deepEqual(
    [none.status, say(none.findings[0].message)],
    ['not-found', 'No mail server was found for example.test. Check the spelling of the part after the @.'],
  );
  const dropped = structuredVerdict(resultWith([done({ outcome: { code: 'ETIMEDOUT' } })], {}), true);
  assert.equal(dropped.findings[0].kind, 'unreachable');
  const broken = structuredVerdict(resultWith([done({ outcome: { code: 'EPROTOCOL' } })], {}), true);
  assert.equal(broken.findings[0].kind, 'no-working-server');
});

test('without a password: found, not verified, and asked for the password; a problem without a finding of its own is named', () => {
  const imap = done({ outcome: { code: 'REACHABLE' } });
  const smtp = done({ protocol: 'smtp', port: 25, host: 'smtp.example.test', outcome: { code: 'ECONNECTION', serverReply: '421 busy' } });
  const v = structuredVerdict(resultWith([imap, smtp], { incoming: imap, outgoing: smtp }), false);
  assert.equal(v.status, 'unverified');
  assert.deepEqual(
    v.findings.map((f) => say(f.message)),
    [
      'The servers were found; give your password to test the login.',
      'smtp.example.test:25: The server closed the connection unexpectedly.',
    ],
  );
  assert.equal(
    verdictFor(resultWith([], {}), true, createTranslator('zh-CN')).headline,
    '未找到 example.test 的邮件服务器。请检查 @ 后面部分的拼写。',
  );
});
