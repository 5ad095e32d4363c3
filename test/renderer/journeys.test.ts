import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { LANGUAGES } from '../../shared/messages/languages';
import { riskMessage } from '../../shared/model/risk';
import { DNS_SERVER, USERS, worldAddress } from '../world/world-plan';
import { screenshot } from './wizard-harness';
import {
  button,
  calls,
  field,
  fillAccount,
  find,
  heading,
  inView,
  noSeriousA11yProblems,
  replies,
  search,
  SEARCH_TIMEOUT,
  wizardFixture,
} from './wizard-steps';

/**
 * The journeys of issue 10's table, each walked to its good ending against the real test servers, in every
 * language of the catalog: the manual path, offline, a wrong password, a black-holed domain, a certificate for
 * another name, consent that stays marked, saving with guides, a typo, an international domain.
 */
const { open } = wizardFixture();

for (const { code: language } of LANGUAGES) {
  const shot = (name: string) => (language === 'en' ? name : `${language}-${name}`);

  test(`manual path (${language}): nothing found, servers typed in and tested, files hold the tested port`, async () => {
    const w = await open({ language });
    const { page, say } = w;
    await search(w, USERS.rita.login, USERS.rita.password, 'wizard:result.heading.no-mail-servers', 'Rita');
    const save = button(w, 'wizard:result.next');
    assert.equal(await save.isDisabled(), true, 'nothing to save yet');
    // The editors are open and start with the best guesses under the domain.
    const incoming = page.locator('form.editor').nth(0);
    const outgoing = page.locator('form.editor').nth(1);
    assert.equal(await incoming.getByLabel(say.t('wizard:editor.host'), { exact: true }).inputValue(), 'imap.website.test');
    assert.equal(await incoming.getByLabel(say.t('wizard:editor.port'), { exact: true }).inputValue(), '993');
    assert.equal(await outgoing.getByLabel(say.t('wizard:editor.host'), { exact: true }).inputValue(), 'smtp.website.test');
    // IMAP versus POP3 in plain words.
    assert.equal(await incoming.getByRole('radio', { name: new RegExp(say.t('wizard:editor.imap')) }).isChecked(), true);
    await noSeriousA11yProblems(w, 'the manual editors');
    await screenshot(page, shot('manual-1-not-found'));

    await incoming.getByLabel(say.t('wizard:editor.host'), { exact: true }).fill('mail.mailhost.test');
    await incoming.getByLabel(say.t('wizard:editor.security'), { exact: true }).selectOption('starttls');
    assert.equal(await incoming.getByLabel(say.t('wizard:editor.port'), { exact: true }).inputValue(), '143', 'the standard port follows');
    await incoming.getByRole('button', { name: say.t('wizard:editor.test') }).click();
    await incoming.getByText(say.t('wizard:editor.works', { server: 'mail.mailhost.test:143' })).waitFor({ timeout: SEARCH_TIMEOUT });
    await incoming.getByRole('button', { name: say.t('wizard:editor.useIncoming') }).click();
    await incoming.getByRole('button', { name: say.t('wizard:editor.inUse') }).waitFor();

    await outgoing.getByLabel(say.t('wizard:editor.host'), { exact: true }).fill('mail.mailhost.test');
    await outgoing.getByLabel(say.t('wizard:editor.security'), { exact: true }).selectOption('starttls');
    assert.equal(await outgoing.getByLabel(say.t('wizard:editor.port'), { exact: true }).inputValue(), '587');
    await outgoing.getByRole('button', { name: say.t('wizard:editor.test') }).click();
    await outgoing.getByText(say.t('wizard:editor.works', { server: 'mail.mailhost.test:587' })).waitFor({ timeout: SEARCH_TIMEOUT });
    await outgoing.getByRole('button', { name: say.t('wizard:editor.useOutgoing') }).click();

    // Both chosen: the cards show them, verified, and saving is the next step.
    await heading(w, 'wizard:result.heading.ok');
    const cards = await page.locator('.cards').innerText();
    assert.ok(
      cards.includes(
        say.t('wizard:result.serverLine', { security: say.t('wizard:security.starttls'), host: 'mail.mailhost.test', port: 143 }),
      ),
    );
    assert.ok(cards.includes(say.t('wizard:result.chosenByYou')));
    await screenshot(page, shot('manual-2-chosen'));
    await save.click();
    await heading(w, 'wizard:export.heading');
    await page.getByLabel(say.t('export:app.apple')).uncheck();
    await page.getByLabel(say.t('export:app.thunderbird-import'), { exact: true }).check();
    await page.getByLabel(say.t('export:app.summary'), { exact: true }).check();
    await button(w, 'wizard:export.save').click();
    await page.locator('.saved-file').first().waitFor();
    const files = (await readdir(w.exportDir)).sort();
    const summary = await readFile(
      join(
        w.exportDir,
        files.find((f) => f.endsWith('.txt'))!,
      ),
      'utf8',
    );
    assert.match(summary, /mail\.mailhost\.test/);
    assert.match(summary, /\b143\b/);
    assert.match(summary, /\b587\b/);
    assert.doesNotMatch(summary, /\b993\b.*\n.*STARTTLS|imap\.website\.test/);
    const zip = unzipSync(
      await readFile(
        join(
          w.exportDir,
          files.find((f) => f.endsWith('.zip'))!,
        ),
      ),
    );
    const prefs = strFromU8(Object.entries(zip).find(([name]) => name.endsWith('prefs.js'))![1]);
    assert.match(prefs, /"mail\.server\.[^"]+\.port", 143\)/);
    assert.match(prefs, /"mail\.smtpserver\.[^"]+\.port", 587\)/);
  });

  test(`offline (${language}): the DNS server cannot be reached; the verdict says so and keeps the provider's note`, async () => {
    // A DNS server address where nothing listens, as when the network is down or DNS is blocked.
    const w = await open({ language, environment: { dnsServers: [`${worldAddress(0, 54)}:${DNS_SERVER.port}`] } });
    const { page, say } = w;
    await field(w, 'wizard:account.email').fill('lena@gmail.com');
    // The provider's needs show before any password is typed or sent.
    const hint = page.locator('.provider-hint');
    await hint.waitFor();
    assert.ok((await hint.innerText()).includes(say.t('source:provider.gmail')), await hint.innerText());
    assert.equal(calls(w, 'discover').length, 0);
    await field(w, 'wizard:account.passwordApp').fill('abcd efgh ijkl mnop');
    await find(w);
    await heading(w, 'wizard:result.heading.offline');
    const text = await page.locator('.step').innerText();
    assert.ok(text.includes(say.t('finding:offline')), text);
    assert.ok(text.includes(say.t('source:provider.gmail')), 'the built-in provider note is shown even offline');
    await noSeriousA11yProblems(w, 'the offline verdict');
    await screenshot(page, shot('offline'));
    // Its good ending: try again once connected (here it is still offline, and says so again).
    await page
      .locator('.actions')
      .getByRole('button', { name: say.t('wizard:result.tryAgain') })
      .click();
    await replies(w, 'discover', 2);
    await heading(w, 'wizard:result.heading.offline');
    assert.equal(calls(w, 'discover')[1].arg.reusePassword, true, JSON.stringify(calls(w, 'discover')));
  });

  test(`wrong password (${language}): retype into an empty, focused field; never re-sent silently; attempts counted`, async () => {
    const w = await open({ language });
    const { page, say } = w;
    await search(w, USERS.alice.login, 'certainly wrong', 'wizard:result.heading.problem', 'Alice');
    assert.ok((await page.locator('.finding.password-wrong').innerText()).includes('imap.guess.test'));
    const refused = await page.locator('.refused').innerText();
    const count = Number(/\d+/.exec(refused)![0]);
    assert.ok(count >= 1, 'the refused logins are counted');
    assert.equal(refused, say.t('wizard:result.refused', { count }));
    await screenshot(page, shot('wrong-password'));
    await page
      .locator('.actions')
      .getByRole('button', { name: say.t('wizard:result.retry') })
      .click();
    await heading(w, 'wizard:account.heading');
    const password = field(w, 'wizard:account.password');
    assert.equal(await password.inputValue(), '', 'the page forgot the password');
    assert.equal(await password.getAttribute('placeholder'), null, 'no dots pretending it is filled in');
    assert.equal(await page.evaluate('document.activeElement.type'), 'password', 'the password field has the focus');
    assert.equal(await field(w, 'wizard:account.email').inputValue(), USERS.alice.login);
    assert.equal(await field(w, 'wizard:account.name').inputValue(), 'Alice');
    assert.ok((await page.getByRole('alert').allInnerTexts()).some((t) => t.includes(say.t('wizard:account.retype', { count }))));
    assert.equal(await button(w, 'wizard:account.find').isDisabled(), true, 'Find waits for the password to be typed again');
    // Even a page that asked would not get the refused password sent again.
    const again = (await page.evaluate(
      `window.mailSetup.discover({ email: ${JSON.stringify(USERS.alice.login)}, reusePassword: true })`,
    )) as {
      ok: boolean;
      error?: { reason: { key: string } };
    };
    assert.equal(again.ok, false);
    assert.equal(again.error?.reason.key, 'outcome:reason.password-refused');
    await password.fill(USERS.alice.password);
    await find(w);
    await heading(w, 'wizard:result.heading.ok');
  });

  test(`black-holed domain (${language}): Cancel next to the bar at 800×600, the wait explained, Esc stops`, async () => {
    const w = await open({ language, viewport: { width: 800, height: 600 } });
    const { page, say } = w;
    await fillAccount(w, 'bob@blackhole.test', 'secret');
    await find(w);
    await heading(w, 'wizard:finding.heading', undefined, 5_000);
    const cancel = page.getByRole('button', { name: say.t('wizard:nav.cancel') });
    await inView(w, cancel, 'Cancel');
    await inView(w, page.getByRole('progressbar'), 'the progress bar');
    // The bar counts servers: its maximum is the number of servers known, not the eight places asked.
    await page.locator('[role=progressbar][aria-valuemax]').waitFor({ timeout: 10_000 });
    // Servers that do not answer: the text says how long it may still take.
    await page.locator('p.warn').waitFor({ timeout: 10_000 });
    const wait = await page.locator('p.warn').innerText();
    const seconds = Number(/\d+/.exec(wait)![0]);
    assert.ok(seconds >= 1 && seconds <= 45, wait);
    // The lists of places and servers are behind "Show details".
    assert.equal(await page.getByRole('heading', { name: say.t('wizard:finding.servers') }).isVisible(), false);
    await noSeriousA11yProblems(w, 'the progress step');
    await screenshot(page, shot('2-finding'), false);
    await page.keyboard.press('Escape');
    await page.getByText(say.t('wizard:finding.cancelled')).waitFor({ timeout: 5_000 });
    assert.equal(await field(w, 'wizard:account.email').inputValue(), 'bob@blackhole.test');
  });

  test(`certificate for another name (${language}): "Use <the name on the certificate>" tests again and verifies`, async () => {
    const w = await open({ language });
    const { page, say } = w;
    await search(w, USERS.will.login, USERS.will.password, 'wizard:result.heading.problem');
    const panel = page.locator('.finding.cert-wrong-host').first();
    assert.ok((await panel.innerText()).includes('other.invalid'));
    await screenshot(page, shot('wrong-host'));
    await panel.getByRole('button', { name: say.t('wizard:cert.useName', { name: 'other.invalid' }) }).click();
    await heading(w, 'wizard:result.heading.ok');
    const cards = await page.locator('.cards').innerText();
    assert.ok(
      cards.includes(say.t('wizard:result.serverLine', { security: say.t('wizard:security.tls'), host: 'other.invalid', port: 993 })),
      cards,
    );
    assert.equal(await page.locator('.risks').count(), 0, 'a name that matches the certificate needs no exception');
  });

  test(`consent stays marked (${language}): plaintext and a trusted certificate carry risk marks into the saved summary`, async () => {
    const w = await open({ language });
    const { page, say } = w;
    await search(w, USERS.paul.login, USERS.paul.password, 'wizard:result.heading.problem');
    const panel = page.locator('.finding.plaintext-only').first();
    const allow = panel.getByRole('button', { name: say.t('finding:action.allowPlaintext', { host: 'mail.plain.test' }) });
    assert.equal(await allow.isDisabled(), true);
    await panel.getByLabel(say.t('finding:action.allowPlaintextCheck')).check();
    await allow.click();
    await heading(w, 'wizard:result.heading.ok');
    const risk = say.render(riskMessage({ kind: 'plaintext', direction: 'incoming', host: 'mail.plain.test' }));
    assert.ok((await page.locator('.risks').innerText()).includes(risk));
    await screenshot(page, shot('plaintext'));
    await button(w, 'wizard:result.next').click();
    await heading(w, 'wizard:export.heading');
    assert.ok((await page.locator('.risks').innerText()).includes(risk), 'the Save step shows the risk too');
    await page.getByLabel(say.t('export:app.apple')).uncheck();
    await page.getByLabel(say.t('export:app.summary'), { exact: true }).check();
    await button(w, 'wizard:export.save').click();
    await page.locator('.saved-file').first().waitFor();
    const summary = await readFile(join(w.exportDir, (await readdir(w.exportDir))[0]), 'utf8');
    assert.ok(summary.includes(risk), summary);

    const s = await open({ language });
    await search(s, USERS.sid.login, USERS.sid.password, 'wizard:result.heading.problem');
    const cert = s.page.locator('.finding.cert-self-signed').first();
    assert.match(await cert.locator('.fingerprint code').innerText(), /^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
    // A message for the provider, with the fingerprint, in words a novice can forward.
    await cert.getByRole('button', { name: s.say.t('wizard:cert.copyMessage') }).click();
    await cert.getByText(s.say.t('wizard:cert.copied')).waitFor();
    assert.ok(s.shell.clipboard[0].includes('mail.selfsigned.test'));
    assert.match(s.shell.clipboard[0], /([0-9A-F]{2}:){31}[0-9A-F]{2}/);
    await screenshot(s.page, shot('self-signed'));
    const trust = cert.getByRole('button', { name: s.say.t('finding:action.trustCert') });
    assert.equal(await trust.isDisabled(), true, 'never silent: the box must be ticked first');
    await cert.getByLabel(s.say.t('finding:action.trustCertCheck')).check();
    await trust.click();
    await heading(s, 'wizard:result.heading.ok');
    const trusted = s.say.render(riskMessage({ kind: 'trusted-certificate', direction: 'incoming', host: 'mail.selfsigned.test' }));
    assert.ok((await s.page.locator('.risks').innerText()).includes(trusted));
    await button(s, 'wizard:result.next').click();
    await s.page.getByLabel(s.say.t('export:app.apple')).uncheck();
    await s.page.getByText(s.say.t('wizard:export.admin')).click();
    await s.page.getByLabel(s.say.t('export:app.summary-html'), { exact: true }).check();
    await button(s, 'wizard:export.save').click();
    await s.page.locator('.saved-file').first().waitFor();
    const html = await readFile(join(s.exportDir, (await readdir(s.exportDir))[0]), 'utf8');
    assert.ok(html.includes(trusted.replace(/&/g, '&amp;').replace(/'/g, '&#39;').replace(/"/g, '&quot;')), html);
  });

  test(`expired certificate (${language}): saving is not the primary action; a message for the provider is`, async () => {
    const w = await open({ language });
    const { page, say } = w;
    await search(w, 'ed@expired.test', 'irrelevant', 'wizard:result.heading.problem');
    const panel = page.locator('.finding.cert-expired').first();
    assert.equal(await panel.getByRole('button', { name: say.t('wizard:cert.copyMessage') }).getAttribute('class'), 'primary');
    const save = page.locator('.actions').getByRole('button', { name: say.t('wizard:result.saveAnyway') });
    assert.equal(await save.getAttribute('class'), 'secondary');
  });

  test(`typo (${language}): "Did you mean gmail.com?" before anything is sent; accepted, and a .con slip too`, async () => {
    const w = await open({ language });
    const { page, say } = w;
    await fillAccount(w, 'alice@gmial.com', 'a password');
    const question = page.locator('.typo');
    await question.getByText(say.t('wizard:account.typo.question', { email: 'alice@gmail.com' })).waitFor();
    await screenshot(page, shot('typo'));
    await find(w);
    // Nothing was sent: the question takes the focus and says so.
    await question.getByText(say.t('wizard:account.typo.first')).waitFor();
    assert.equal(calls(w, 'discover').length, 0);
    assert.equal(await page.evaluate('document.activeElement.classList.contains("typo")'), true);
    // The engine refuses too, should anything ask it directly.
    const direct = (await page.evaluate(`window.mailSetup.discover({ email: 'alice@gmial.com', password: 'x' })`)) as {
      ok: boolean;
      error?: { reason: { key: string } };
    };
    assert.equal(direct.error?.reason.key, 'outcome:reason.domain-typo');
    assert.ok(!w.traffic.some((line) => line.includes('"type":"dns"')), 'not even DNS was asked about the typo domain');
    await question.getByRole('button', { name: say.t('wizard:account.typo.use', { domain: 'gmail.com' }) }).click();
    assert.equal(await field(w, 'wizard:account.email').inputValue(), 'alice@gmail.com');
    await page.locator('.provider-hint').waitFor();
    assert.equal(await page.locator('.typo').count(), 0);

    await field(w, 'wizard:account.email').fill('bob@gmail.con');
    await page
      .locator('.typo')
      .getByText(say.t('wizard:account.typo.question', { email: 'bob@gmail.com' }))
      .waitFor();
    // Keeping the domain is a choice too; then the search runs, with the domain confirmed.
    await field(w, 'wizard:account.email').fill('carol@gmial.com');
    await page.locator('.typo').waitFor();
    await page
      .locator('.typo')
      .getByRole('button', { name: say.t('wizard:account.typo.keep', { domain: 'gmial.com' }) })
      .click();
    await find(w);
    await page
      .getByRole('heading', { level: 1 })
      .filter({ hasNotText: say.t('wizard:account.heading') })
      .waitFor({ timeout: SEARCH_TIMEOUT });
    assert.equal(calls(w, 'discover').at(-1)?.arg.domainConfirmed, true);
  });

  test(`international domain (${language}): shown in Unicode, never as xn--`, async () => {
    const w = await open({ language });
    await field(w, 'wizard:account.email').fill('anna@xn--bcher-kva.test');
    await w.page.getByText(w.say.t('email:ok', { domain: 'bücher.test' })).waitFor();
    assert.ok(!(await w.page.locator('main').innerText()).includes('xn--'));
  });

  test(`a provider that takes no passwords (${language}): no password field; the mail app will ask for the sign-in`, async () => {
    const w = await open({ language });
    await field(w, 'wizard:account.email').fill('max@outlook.com');
    const hint = w.page.locator('.provider-hint');
    await hint.getByText(w.say.t('wizard:account.provider.mailAppWillAsk', { provider: 'Microsoft' })).waitFor();
    assert.equal(await field(w, 'wizard:account.password').count(), 0);
    await hint.getByRole('button', { name: w.say.t('wizard:account.provider.usePassword') }).click();
    assert.equal(await field(w, 'wizard:account.password').count(), 1);
    // With a client ID configured, the sign-in is offered right away for a provider the address names.
    const configured = await open({
      language,
      environment: { oauthClients: { env: {}, flags: { gmail: { clientId: 'example-client' } } } },
    });
    await field(configured, 'wizard:account.email').fill('max@gmail.com');
    await button(configured, 'wizard:signIn.button', { provider: 'Google' }).waitFor();
    assert.equal(await field(configured, 'wizard:account.passwordApp').count(), 1, 'an app password still works at Google');
  });
}
