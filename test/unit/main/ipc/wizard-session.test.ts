import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dispatch } from '../../../../main/ipc/dispatch';
import { checkDomain } from '../../../../main/ipc/domain-check';
import { discoveryView, passwordRefused, refusedLogins, resultWithChoices, signInOffer } from '../../../../main/ipc/discovery-view';
import { MailSetupService } from '../../../../main/ipc/mail-setup-service';
import { METHODS, type Handlers } from '../../../../shared/ipc/channels';
import type { SignInConfigFact } from '../../../../shared/model/mailbox-facts';
import { done, resultWith } from '../../helpers/candidates';

const noClients = { env: { XDG_CONFIG_HOME: '/nonexistent/mailsetup-tests' } };

test("the wizard's new channels refuse what does not fit the contract before any handler runs", async () => {
  const calls: string[] = [];
  const handlers = Object.fromEntries(
    METHODS.map((m) => [m, async () => (calls.push(m), { ok: true, value: true })]),
  ) as unknown as Handlers;
  const refused: [string, unknown][] = [
    ['checkDomain', { domain: '' }],
    ['checkDomain', { email: 'a@b.test' }],
    ['useServer', { direction: 'sideways', candidateId: 1 }],
    ['useServer', { direction: 'incoming', candidateId: -1 }],
    ['useServer', { direction: 'incoming', candidateId: 1.5 }],
    ['useCertificateName', { host: 'mail.example.test', name: '*.example.test' }],
    ['useCertificateName', { host: 'mail.example.test', name: 'evil host' }],
    ['copyProviderMessage', { host: 'mail.example.test' }],
    ['signIn', { language: 'en', token: 'x' }],
    ['openFolder', { path: '' }],
    ['showFile', { path: 'x'.repeat(5000) }],
    ['copyText', { text: '' }],
    ['discover', { email: 'a@b.test', domainConfirmed: 'yes' }],
  ];
  for (const [method, argument] of refused) {
    const reply = (await dispatch(handlers, method, argument)) as { ok: boolean; error?: { code: string } };
    assert.equal(reply.ok, false, `${method} ${JSON.stringify(argument)}`);
    assert.equal(reply.error?.code, 'EINPUT');
  }
  assert.deepEqual(calls, []);
});

test('before any search, the session refuses what needs one; nothing opens a path it did not write', async () => {
  const service = new MailSetupService({ oauthClients: noClients });
  for (const reply of [
    await service.useServer({ direction: 'incoming', candidateId: 1 }),
    await service.useCertificateName({ host: 'mail.example.test', name: 'other.example.test' }),
    await service.signIn({ language: 'en' }),
    await service.openFolder({ path: '/etc/passwd' }),
    await service.showFile({ path: '/etc/passwd' }),
  ])
    assert.equal(reply.ok, false);
});

test('what a domain alone tells: the provider, its sign-in (here or in the mail app), a likely typo, Unicode', async () => {
  const gmail = await checkDomain('gmail.com', noClients);
  assert.equal(gmail?.provider?.id, 'gmail');
  assert.equal(gmail?.provider?.passwordNote, 'app-password');
  assert.deepEqual(gmail?.provider?.signIn, { kind: 'mail-app-will-ask', providerName: 'Google' });
  const configured = await checkDomain('outlook.com', { ...noClients, flags: { outlook: { clientId: 'example-client' } } });
  assert.deepEqual(configured?.provider?.signIn, { kind: 'ready', providerName: 'Microsoft' });
  assert.equal((await checkDomain('gmial.com', noClients))?.suggestion, 'gmail.com');
  assert.equal((await checkDomain('qq.con', noClients))?.suggestion, 'qq.com');
  const idn = await checkDomain('xn--bcher-kva.example', noClients);
  assert.equal(idn?.domain, 'bücher.example');
  assert.equal(idn?.provider, undefined);
  assert.equal(await checkDomain('not a domain', noClients), undefined);
});

test("the person's choices replace the recommended servers; a tested server joins the candidates; proof by sign-in", () => {
  const imap = done({
    protocol: 'imap',
    port: 993,
    outcome: { code: 'EAUTH' },
    logins: [{ username: 'alice', ok: false, ms: 1, error: { code: 'EAUTH', reason: { key: 'outcome:reason.refused' } } }],
  });
  const smtp = done({ protocol: 'smtp', port: 465 });
  const result = resultWith([imap, smtp], { incoming: imap, outgoing: smtp });
  assert.equal(passwordRefused(result), true);
  assert.equal(refusedLogins(result), 1);
  const tested = done({ id: 100_000, protocol: 'imap', host: 'mail.typed.test', port: 143, security: 'starttls', source: 'user' });
  const shaped = resultWithChoices({ result, tested: [tested], choices: { incoming: tested.id }, passwordGiven: true });
  assert.equal(shaped.incoming?.host, 'mail.typed.test');
  assert.equal(shaped.incoming?.port, 143);
  assert.deepEqual(shaped.incoming?.reasons[0], { key: 'wizard:result.chosenByYou' });
  assert.ok(shaped.candidates.some((c) => c.id === tested.id));
  assert.equal(passwordRefused(shaped), false, 'the chosen incoming server accepted the password');
  const view = discoveryView({
    result,
    tested: [],
    choices: {},
    passwordGiven: true,
    signIn: { status: 'verified', providerName: 'Google' },
  });
  assert.equal(view.result.incoming?.verified, true, 'a verified sign-in proves the shown servers');
  assert.equal(view.passwordRefused, false);
  assert.ok(!view.verdict.findings.some((f) => f.kind === 'password-wrong'));
});

test('a sign-in is offered from the provider, a refusal that names it, or an autoconfig file over verified HTTPS', () => {
  const plain = resultWith([done({})], {});
  assert.equal(signInOffer(plain, noClients), undefined);
  const gmail = resultWith([done({})], {}, { providers: [{ id: 'gmail', name: 'Gmail' }] });
  assert.deepEqual(signInOffer(gmail, noClients), { kind: 'mail-app-will-ask', providerName: 'Google' });
  const refusal = done({
    outcome: { code: 'EAUTH', authProblem: { kind: 'oauth-only', service: 'microsoft-consumer', rule: 'x', signInWith: 'outlook' } },
  });
  assert.deepEqual(signInOffer(resultWith([refusal], {}), { ...noClients, flags: { outlook: { clientId: 'c' } } }), {
    kind: 'ready',
    providerName: 'Microsoft',
  });
  const fact: SignInConfigFact = {
    kind: 'oauth-sign-in',
    source: 'autoconfig',
    url: 'https://autoconfig.example.test/mail/config-v1.1.xml',
    trust: 'trusted',
    oauth: { scopes: [], servers: [], oauthOnly: true },
  };
  assert.deepEqual(signInOffer(resultWith([], {}, { facts: [fact] }), noClients), { kind: 'ready' });
  assert.equal(
    signInOffer(resultWith([], {}, { facts: [{ ...fact, trust: 'untrusted' }] }), noClients),
    undefined,
    'never from an unprotected lookup',
  );
  // "The mail app will ask" is said where a password is no way in; a working app password needs no such note.
  const gmailWithPassword = discoveryView({ result: gmail, tested: [], choices: {}, passwordGiven: true, clients: noClients });
  assert.equal(gmailWithPassword.signInOffer, undefined);
  const withoutPassword = discoveryView({ result: gmail, tested: [], choices: {}, passwordGiven: false, clients: noClients });
  assert.equal(withoutPassword.signInOffer?.kind, 'mail-app-will-ask');
});
