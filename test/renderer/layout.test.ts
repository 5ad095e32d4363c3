import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LANGUAGES, type Language } from '../../shared/messages/languages';
import { OAUTH_USERS, USERS } from '../world/world-plan';
import type { Wizard } from './wizard-harness';
import {
  button,
  field,
  fillAccount,
  find,
  heading,
  inView,
  noSeriousA11yProblems,
  noSidewaysScrolling,
  replies,
  search,
  wizardFixture,
} from './wizard-steps';

/**
 * Every step of the wizard, in every language of the catalog, in three windows: 1024×700 (the primary action is
 * visible without scrolling, and axe-core finds nothing serious), 800×600, and 800×600 at 200 % zoom (which lays
 * the page out in 400×300 CSS pixels at twice the pixel density, as Chromium's zoom does). The page never
 * scrolls sideways in any of them.
 */
const { open } = wizardFixture();

interface Window {
  name: string;
  viewport: { width: number; height: number };
  deviceScaleFactor: number;
  /** Also check the primary action's visibility and accessibility here. */
  thorough: boolean;
}

const WINDOWS: Window[] = [
  { name: '1024×700', viewport: { width: 1024, height: 700 }, deviceScaleFactor: 1, thorough: true },
  { name: '800×600', viewport: { width: 800, height: 600 }, deviceScaleFactor: 1, thorough: false },
  { name: '800×600 at 200 %', viewport: { width: 400, height: 300 }, deviceScaleFactor: 2, thorough: false },
];

/** The checks on one screen: no sideways scrolling; at the thorough size, the primary action in view and axe-core. */
async function check(w: Wizard, window: Window, where: string): Promise<void> {
  await noSidewaysScrolling(w, `${where} at ${window.name}`);
  if (!window.thorough) return;
  const primary = w.page.locator('.actions .primary:not([disabled])');
  if ((await primary.count()) > 0) await inView(w, primary.first(), `the primary action of ${where}`);
  await noSeriousA11yProblems(w, where);
}

async function tour(language: Language, window: Window): Promise<void> {
  // The "system browser" opens and is left alone: the wizard waits until Esc.
  const w = await open({
    language,
    viewport: window.viewport,
    deviceScaleFactor: window.deviceScaleFactor,
    openBrowser: async () => undefined,
  });
  const { page, say } = w;
  await heading(w, 'wizard:account.heading');
  await check(w, window, 'the account step');

  // A typo question, and the provider's needs shown from the address alone.
  await fillAccount(w, 'alice@gmial.com', 'a password');
  await page.locator('.typo').waitFor();
  await check(w, window, 'the account step with a typo question');
  await page.locator('.typo .primary').click();
  await page.locator('.provider-hint').waitFor();
  await check(w, window, 'the account step with a provider hint');

  // Searching, with servers that do not answer.
  await field(w, 'wizard:account.email').fill('bob@blackhole.test');
  await field(w, 'wizard:account.password').fill('secret');
  await find(w);
  await heading(w, 'wizard:finding.heading', undefined, 5_000);
  await page.locator('p.warn').waitFor({ timeout: 15_000 });
  await check(w, window, 'the progress step');
  await page.getByText(say.t('wizard:finding.details')).click();
  await check(w, window, 'the progress step with details');
  await page.keyboard.press('Escape');
  await heading(w, 'wizard:account.heading');

  // A refused password: the result with a problem, the advanced table and the manual editors.
  await fillAccount(w, USERS.alice.login, 'wrong password', 'Alice Example-Longname 龙');
  await find(w);
  await heading(w, 'wizard:result.heading.problem', undefined, 40_000);
  await check(w, window, 'the result with a problem');
  await page.getByText(say.t('wizard:result.advanced')).click();
  await page.getByText(say.t('wizard:result.manual.open')).click();
  await page.locator('form.editor').first().waitFor();
  await check(w, window, 'the result with the advanced table and the editors open');
  await page
    .locator('.actions')
    .getByRole('button', { name: say.t('wizard:result.retry') })
    .click();
  await heading(w, 'wizard:account.heading');
  await check(w, window, 'the account step after a refused password');

  // The happy path to the saved files.
  await field(w, 'wizard:account.password').fill(USERS.alice.password);
  await find(w);
  await heading(w, 'wizard:result.heading.ok', undefined, 40_000);
  await check(w, window, 'the verified result');
  await button(w, 'wizard:result.next').click();
  await heading(w, 'wizard:export.heading');
  await page.getByText(say.t('wizard:export.admin')).click();
  await page.getByLabel(say.t('wizard:export.all')).check();
  await check(w, window, 'the export step');
  await button(w, 'wizard:export.save').click();
  await page.locator('.saved-file').first().waitFor();
  await check(w, window, 'the saved files');
  await button(w, 'wizard:nav.done').click();

  // Nothing found: the manual path's editors.
  await search(w, USERS.rita.login, USERS.rita.password, 'wizard:result.heading.no-mail-servers');
  await check(w, window, 'the result with nothing found');

  // A mailbox that signs in with its provider: the offer, the wait for the browser, the way back.
  await button(w, 'wizard:nav.back').click();
  await fillAccount(w, OAUTH_USERS.olivia.login, '');
  await find(w);
  await heading(w, 'wizard:result.heading.unverified', undefined, 40_000);
  await check(w, window, 'the result offering a sign-in');
  await page.locator('.sign-in .primary').click();
  await heading(w, 'wizard:signIn.buttonGeneric', undefined, 20_000);
  await check(w, window, 'the wait for the browser');
  await page.keyboard.press('Escape');
  await replies(w, 'signIn', 1, 20_000);
  await page.locator('.sign-in.failed').waitFor();
  await check(w, window, 'the result after a cancelled sign-in');
  assert.ok((await page.locator('.sign-in').innerText()).includes(say.t('signin:failure.cancelled')));
}

for (const { code: language } of LANGUAGES) {
  for (const window of WINDOWS) {
    test(`every step (${language}, ${window.name}): ${window.thorough ? 'primary action in view, no serious axe-core findings, ' : ''}no sideways scrolling`, async () => {
      await tour(language, window);
    });
  }
}

test('the layout check itself fails on a page that scrolls sideways', async () => {
  const w = await open({ viewport: { width: 400, height: 300 }, deviceScaleFactor: 2 });
  await heading(w, 'wizard:account.heading');
  await noSidewaysScrolling(w, 'the account step');
  await w.page.evaluate(
    `(() => { const d = document.createElement('div'); d.style.width = '900px'; d.textContent = 'wide'; document.querySelector('main').append(d); })()`,
  );
  await assert.rejects(noSidewaysScrolling(w, 'a page with a wide element'), /900|wide/);
});
