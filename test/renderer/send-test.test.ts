import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LANGUAGES } from '../../shared/messages/languages';
import { assertNoPassword } from '../helpers/discover-in-world';
import { USERS } from '../world/world-plan';
import { screenshot, shotName, type Wizard } from './wizard-harness';
import { button, heading, noSeriousA11yProblems, noSidewaysScrolling, search, SEARCH_TIMEOUT, wizardFixture } from './wizard-steps';

/**
 * "Send a test message to myself" on the Result step, against the real Postfix → LMTP → Dovecot delivery of the
 * test world, in every language of the catalog: the explanation before anything is sent, progress, the delivery
 * time, the report that includes it, Cancel and Esc, and a message that never arrives (held in Postfix's queue).
 */
const { open } = wizardFixture();

/** The send-test panel of the Result step. */
const panel = (w: Wizard) => w.page.locator('section.send-test');

/** Progress events of test messages main sent out, by stage. */
const stages = (w: Wizard, stage: string) => w.traffic.filter((line) => line === JSON.stringify({ type: 'send-test', stage })).length;

/** The outcome's text, checked against a catalog text whose number of seconds is whatever it took. */
function matchesWithSeconds(w: Wizard, text: string, key: 'finding:test-message-delivered' | 'finding:test-message-lost'): void {
  const [before, after] = w.say.t(key, { seconds: '\u0000' }).split('\u0000');
  assert.ok(text.startsWith(before) && text.endsWith(after), `"${text}" is not "${before}…${after}"`);
  assert.match(text.slice(before.length, text.length - after.length), /^\d+\.\d$/);
}

for (const { code: language } of LANGUAGES) {
  const shot = (name: string) => shotName(language, name);

  test(`send a test message (${language}): explained, sent, found in the inbox with its delivery time, in the report`, async () => {
    const w = await open({ language });
    const { page, say } = w;
    const tom = USERS.tom;
    await search(w, tom.login, tom.password, 'wizard:result.heading.ok');
    const box = panel(w);
    await box.getByRole('heading', { name: say.t('wizard:sendTest.title') }).waitFor();
    assert.ok((await box.innerText()).includes(say.t('wizard:sendTest.explain', { email: tom.login })), await box.innerText());
    assert.equal(stages(w, 'submitting'), 0, 'nothing is sent before the person asks');
    await noSeriousA11yProblems(w, 'the send-test offer');

    await button(w, 'wizard:sendTest.send').click();
    const outcome = box.locator('.send-test-outcome');
    await outcome.waitFor({ timeout: SEARCH_TIMEOUT });
    matchesWithSeconds(w, (await outcome.innerText()).trim(), 'finding:test-message-delivered');
    assert.equal(stages(w, 'submitting'), 1);
    assert.ok(stages(w, 'searching') >= 1, 'the inbox was searched');
    await button(w, 'wizard:sendTest.again').waitFor();
    await noSeriousA11yProblems(w, 'the delivered test message');
    await noSidewaysScrolling(w, 'the delivered test message');
    await screenshot(page, shot('send-test-delivered'));

    // The report copied after it says the same.
    await button(w, 'wizard:result.copyReport').click();
    await page.getByText(say.t('wizard:result.copied')).waitFor();
    const report = w.shell.clipboard.at(-1)!;
    assert.ok(report.includes((await outcome.innerText()).trim()), report);

    // A second request while one runs joins it: one message, one answer for both.
    const [first, second] = (await page.evaluate(
      `Promise.all([window.mailSetup.sendTest({ language: '${language}' }), window.mailSetup.sendTest({ language: '${language}' })])`,
    )) as { ok: boolean; value: { sendTest: unknown } }[];
    assert.equal(first.ok && second.ok, true);
    assert.deepEqual(first.value.sendTest, second.value.sendTest);
    assert.equal(stages(w, 'submitting'), 2, 'two requests at once sent one message');

    // The page never held the password, and main never sent it back.
    assertNoPassword(await page.content(), tom.password);
    assertNoPassword(
      w.traffic.filter((line) => !line.includes('"method"')),
      tom.password,
    );
  });

  test(`send a test message (${language}): Cancel and Esc stop the wait; a message that never comes is said so`, async () => {
    const hal = USERS.hal;
    const w = await open({ language });
    const { page, say } = w;
    await search(w, hal.login, hal.password, 'wizard:result.heading.ok');
    const box = panel(w);
    const waiting = box.getByText(say.t('wizard:sendTest.searching', { server: 'imap.guess.test' }));

    await button(w, 'wizard:sendTest.send').click();
    await waiting.waitFor({ timeout: SEARCH_TIMEOUT });
    assert.equal(await button(w, 'wizard:sendTest.send').count(), 0, 'no second send while one runs');
    await noSeriousA11yProblems(w, 'a test message on its way');
    await noSidewaysScrolling(w, 'a test message on its way');
    await screenshot(page, shot('send-test-waiting'), false);
    await box.getByRole('button', { name: w.exact('wizard:nav.cancel') }).click();
    await box.getByText(say.t('wizard:sendTest.cancelled')).waitFor();
    await heading(w, 'wizard:result.heading.ok');

    await button(w, 'wizard:sendTest.again').click();
    await waiting.waitFor({ timeout: SEARCH_TIMEOUT });
    await page.keyboard.press('Escape');
    await box.getByText(say.t('wizard:sendTest.cancelled')).waitFor();
    assert.equal(stages(w, 'submitting'), 2);
    // Stopped proves nothing either way: the report does not call it a failed delivery.
    await button(w, 'wizard:result.copyReport').click();
    await page.getByText(say.t('wizard:result.copied')).waitFor();
    assert.ok(!w.shell.clipboard.at(-1)!.includes(say.t('finding:test-message-failed', { why: '' }).trim().slice(0, 20)));

    // The same mailbox with a short wait: submitted, never arrived, in words.
    const short = await open({
      language,
      environment: { sendTestWaitMs: 1_500 },
      viewport: { width: 400, height: 300 },
      deviceScaleFactor: 2,
    });
    await search(short, hal.login, hal.password, 'wizard:result.heading.ok');
    await button(short, 'wizard:sendTest.send').click();
    const outcome = panel(short).locator('.send-test-outcome');
    await outcome.waitFor({ timeout: SEARCH_TIMEOUT });
    matchesWithSeconds(short, (await outcome.innerText()).trim(), 'finding:test-message-lost');
    assert.equal(await outcome.getAttribute('role'), 'alert');
    await noSidewaysScrolling(short, 'a test message that did not arrive');
  });
}

test('no test message is offered without a verified IMAP and SMTP pair proven with the password', async () => {
  const w = await open();
  await search(w, USERS.alice.login, 'not-alices-password', 'wizard:result.heading.problem');
  assert.equal(await panel(w).count(), 0);
  const reply = (await w.page.evaluate(`window.mailSetup.sendTest({ language: 'en' })`)) as { ok: boolean; error?: { code: string } };
  assert.equal(reply.ok, false);
  assert.equal(reply.error?.code, 'EINPUT');
  assert.equal(stages(w, 'submitting'), 0);
});
