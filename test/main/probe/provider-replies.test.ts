import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loginImap } from '../../../main/probe/login/login-imap';
import { loginPop3 } from '../../../main/probe/login/login-pop3';
import { loginSmtp } from '../../../main/probe/login/login-smtp';
import type { LoginAttempt, LoginRequest } from '../../../main/probe/login/login-request';
import { classifyLoginReply } from '../../../main/probe/login/classify-reply';
import { authProblemAdvice } from '../../../shared/model/auth-problem';
import { outcomeMessage } from '../../../shared/model/outcome';
import { english, say } from '../../helpers/english';
import { probeCandidate } from '../../../main/probe/probe-candidate';
import { STRICT_POLICY } from '../../../main/probe/password-policy';
import { MailResolver } from '../../../main/dns/mail-resolver';
import { email, loopbackOnly, world, worldTrust } from '../../helpers/world-client';
import { REPLY_SCENARIOS, type ReplyScenario } from '../../world/provider-replies';
import { SCRIPTED_PORTS } from '../../world/scripted-mail-servers';
import { ADDR } from '../../world/world-plan';

const LOGINS = { imap: loginImap, smtp: loginSmtp, pop3: loginPop3 };

/** What the provider's refusal means, as the attempt's EAUTH error carries it. */
const problemOf = (attempt: LoginAttempt) => (attempt.error?.code === 'EAUTH' ? attempt.error.authProblem : undefined);
const PASSWORD = 'my-normal-password';

/** The real login code, naming the provider's host (and verifying its certificate) while reaching the scripted server. */
function replay(scenario: ReplyScenario): Promise<LoginAttempt> {
  const request: LoginRequest = {
    host: scenario.host,
    address: ADDR.scripted,
    port: SCRIPTED_PORTS[scenario.protocol],
    security: 'tls',
    username: scenario.username,
    password: PASSWORD,
    trust: worldTrust(),
  };
  return LOGINS[scenario.protocol](request);
}

for (const scenario of REPLY_SCENARIOS) {
  test(`provider reply ${scenario.id}: ${scenario.reply[scenario.reply.length - 1].slice(0, 70)}`, async () => {
    const attempt = await replay(scenario);
    assert.equal(attempt.ok, false);
    assert.equal(attempt.error?.code, 'EAUTH', JSON.stringify(attempt));
    assert.ok(!JSON.stringify(attempt).includes(PASSWORD), 'the password leaked into the attempt');
    const problem = problemOf(attempt);
    if (!scenario.expect) {
      assert.equal(problem, undefined, `no provider meaning expected at ${scenario.host}`);
      return;
    }
    assert.ok(problem, `${scenario.id}: not classified; reply was ${attempt.serverReply}`);
    assert.equal(problem.kind, scenario.expect.kind, JSON.stringify(problem));
    assert.equal(problem.service, scenario.expect.service);
    assert.equal(problem.where, scenario.expect.where);
    // The server's own words are kept for the expert view.
    const words = scenario.reply[0]
      .replace(/^(\d{3}[ -]|NO |-ERR )/, '')
      .split(' ')
      .slice(1, 3)
      .join(' ');
    assert.ok((attempt.serverReply ?? '').includes(words), `server reply "${attempt.serverReply}" lacks "${words}"`);
    const advice = authProblemAdvice(problem);
    assert.match(advice.helpUrl, /^https:\/\//);
    assert.ok(english.has(advice.message.key) && say(advice.message).length > 20, advice.message.key);
  });
}

test('the same words mean different things at different providers', () => {
  const at = (host: string, username: string, reply: string, protocol: 'imap' | 'smtp' | 'pop3' = 'imap') =>
    classifyLoginReply({ protocol, host, username, reply });
  // "AUTHENTICATE failed." is Microsoft refusing passwords at outlook.office365.com, and nothing special elsewhere.
  assert.equal(at('outlook.office365.com', 'a@contoso.example', 'AUTHENTICATE failed.')?.kind, 'oauth-only');
  assert.equal(at('imap.example.org', 'a@example.org', 'AUTHENTICATE failed.'), undefined);
  assert.equal(at('outlook.office365.com', 'a@hotmail.com', 'LOGIN failed.')?.service, 'microsoft-consumer');
  // "Invalid credentials" is a wrong password at Gmail but Yahoo's refusal of the account password.
  assert.equal(at('imap.gmail.com', 'a@gmail.com', '[AUTHENTICATIONFAILED] Invalid credentials (Failure)')?.kind, 'wrong-password');
  assert.equal(at('imap.mail.yahoo.com', 'a@yahoo.com', '[AUTHENTICATIONFAILED] LOGIN Invalid credentials')?.kind, 'app-password-required');
  // 5.7.3 at Outlook.com means no passwords at all; at Exchange Online a wrong password.
  assert.equal(at('smtp-mail.outlook.com', 'a@outlook.com', '535 5.7.3 Authentication unsuccessful', 'smtp')?.kind, 'oauth-only');
  assert.equal(at('smtp.office365.com', 'a@contoso.example', '535 5.7.3 Authentication unsuccessful', 'smtp')?.kind, 'wrong-password');
  // QQ's older GBK-encoded reply arrives garbled; its help link still identifies it.
  assert.equal(
    at(
      'smtp.qq.com',
      '1@qq.com',
      '535 Error: \ufffd\ufffd\ufffd: http://service.mail.qq.com/cgi-bin/help?subtype=1&&id=28&&no=1001256',
      'smtp',
    )?.kind,
    'authorization-code-required',
  );
  // Sign-in is offered where the provider has one.
  assert.equal(at('smtp.gmail.com', 'a@gmail.com', '534-5.7.9 Application-specific password required.', 'smtp')?.signInWith, 'gmail');
  assert.equal(at('imap.mail.me.com', 'a@icloud.com', '[AUTHENTICATIONFAILED] Authentication Failed')?.signInWith, undefined);
});

/** DNS of the test world, except that the providers' host names lead to the scripted server. */
class ScriptedResolver extends MailResolver {
  constructor() {
    super({ servers: [world().dns], allowAddress: loopbackOnly });
  }
  override addresses(host: string, signal?: AbortSignal): Promise<string[]> {
    return REPLY_SCENARIOS.some((s) => s.host === host) ? Promise.resolve([ADDR.scripted]) : super.addresses(host, signal);
  }
}

/** The IMAP server of one scripted provider reply, probed with the password as a provider entry would be. */
function probeImapScenario(id: string) {
  const scenario = REPLY_SCENARIOS.find((s) => s.id === id)!;
  return probeCandidate(
    {
      protocol: 'imap',
      host: scenario.host,
      port: 993,
      security: 'tls',
      username: '%EMAILADDRESS%',
      source: 'provider',
      sourceDetail: 'test',
      trust: 'trusted',
    },
    { email: email(scenario.username), resolver: new ScriptedResolver(), trust: worldTrust(), policy: STRICT_POLICY, password: PASSWORD },
  );
}

test('a classified refusal becomes the outcome, and no second login name is tried', async () => {
  const result = await probeImapScenario('gmail-imap-app-password');
  assert.equal(result.outcome.code, 'EAUTH');
  assert.equal(result.outcome.authProblem?.kind, 'app-password-required');
  assert.match(say(outcomeMessage(result.outcome)), /Google/);
  // The provider said why: trying the local part as login name would only add another failure.
  assert.equal(result.logins.length, 1);
});

test('a plain wrong password still tries the other login name', async () => {
  const result = await probeImapScenario('gmail-imap-invalid-credentials');
  assert.equal(result.logins.length, 2);
  assert.equal(result.outcome.code, 'EAUTH');
});
