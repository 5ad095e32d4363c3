import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createTranslator } from '../../../../shared/messages/translator';
import { authProblemAdvice, type AuthProblem } from '../../../../shared/model/auth-problem';
import { outcomeMessage } from '../../../../shared/model/outcome';
import { english, say } from '../../../helpers/english';

const problem = (fields: Omit<AuthProblem, 'rule'>): AuthProblem => ({ rule: 'test', ...fields });

test('the most specific advice there is: the service where the switch is, then the service, then the general one', () => {
  const organisation = authProblemAdvice(problem({ kind: 'protocol-disabled', service: 'microsoft-work', where: 'organization' }));
  assert.equal(organisation.message.key, 'outcome:authProblem.protocol-disabled.microsoft-work-organization');
  assert.match(say(organisation.message), /whole organisation/);
  assert.match(organisation.helpUrl, /^https:\/\/learn\.microsoft\.com\//);
  // GMX's own advice has no variant for "account": the service's advice.
  const gmx = authProblemAdvice(problem({ kind: 'protocol-disabled', service: 'gmx', where: 'account' }));
  assert.equal(gmx.message.key, 'outcome:authProblem.protocol-disabled.gmx');
  // A service with no advice of its own for this kind: the general words and link.
  const general = authProblemAdvice(problem({ kind: 'unsafe-login', service: 'qq' }));
  assert.equal(general.message.key, 'outcome:authProblem.unsafe-login.general');
  for (const advice of [organisation, gmx, general]) assert.ok(english.has(advice.message.key), advice.message.key);
});

test('a classified refusal reads as its advice; an unclassified one as the code', () => {
  const classified = outcomeMessage({ code: 'EAUTH', authProblem: problem({ kind: 'app-password-required', service: 'google' }) });
  assert.match(say(classified), /^Google refuses your normal password in mail apps\./);
  assert.equal(outcomeMessage({ code: 'EAUTH' }).key, 'outcome:code.EAUTH');
  // The same message in Chinese: engine results carry keys, each reader's language words them.
  assert.match(createTranslator('zh-CN').render(classified), /Google 拒绝邮件应用使用您的普通密码/);
});
