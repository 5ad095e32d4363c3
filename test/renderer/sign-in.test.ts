import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { LANGUAGES } from '../../shared/messages/languages';
import { world } from '../helpers/world-client';
import { issuedSecretsFile } from '../world/oauth-server';
import { OAUTH_USERS } from '../world/world-plan';
import { screenshot } from './wizard-harness';
import { button, field, find, heading, replies, wizardFixture } from './wizard-steps';

/**
 * "Sign in with …" in the wizard, against the test world's authorization server (oidc-provider) and mail servers
 * that check the token (Dovecot, Postfix). The system browser is played by a second Chromium window that the
 * wizard's opener hands the sign-in address to: it signs in, allows or denies, or is simply closed. At the end,
 * no token or code the authorization server issued appears in any page, any call between page and main, or any
 * output.
 */
const fixture = wizardFixture();
const { open } = fixture;
const olivia = OAUTH_USERS.olivia;
/** Every page the "system browser" showed, every console line of every page and all this process prints, for the token check. */
const seen: string[] = [];
for (const stream of [process.stdout, process.stderr]) {
  const write = stream.write.bind(stream) as (chunk: string | Uint8Array, ...rest: unknown[]) => boolean;
  stream.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
    seen.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
    return write(chunk, ...rest);
  }) as typeof stream.write;
}

type Person = 'allow' | 'deny' | 'close';

/** The system browser: opens the address and does what the person would; returns at once, as a browser launch does. */
function systemBrowser(person: Person): (url: string) => Promise<void> {
  return async (url) => {
    const context = await fixture.browser().newContext();
    const page = await context.newPage();
    page.on('console', (m) => seen.push(m.text()));
    const drive = async (p: Page) => {
      await p.goto(url);
      if (person === 'close') {
        seen.push(await p.content());
        await context.close();
        return;
      }
      await p.getByLabel('Password').fill(olivia.password);
      await p.getByRole('button', { name: 'Sign in' }).click();
      await p.getByRole('button', { name: person === 'allow' ? 'Allow' : 'Deny' }).click();
      await p.waitForURL(/^http:\/\/127\.0\.0\.1:\d+\//);
      seen.push(await p.content());
      await context.close();
    };
    drive(page).catch((error: unknown) => seen.push(`the system browser failed: ${String(error)}`));
  };
}

async function offered(language: (typeof LANGUAGES)[number]['code'], person: Person, signInTimeoutMs?: number) {
  const w = await open({ language, openBrowser: systemBrowser(person), ...(signInTimeoutMs ? { environment: { signInTimeoutMs } } : {}) });
  w.page.on('console', (m) => seen.push(m.text()));
  await field(w, 'wizard:account.email').fill(olivia.login);
  await find(w);
  await heading(w, 'wizard:result.heading.unverified');
  // The mailbox takes only its provider's sign-in: offered on the Result step, without a password.
  const offer = w.page.locator('.sign-in');
  assert.ok((await offer.innerText()).includes(w.say.t('wizard:signIn.offerIntro')));
  return w;
}

for (const { code: language } of LANGUAGES) {
  const shot = (name: string) => (language === 'en' ? name : `${language}-${name}`);

  test(`sign-in (${language}): the browser signs in, IMAP and SMTP accept the token, "verified by signing in"`, async () => {
    const w = await offered(language, 'allow');
    await screenshot(w.page, shot('sign-in-offer'));
    await button(w, 'wizard:signIn.buttonGeneric').click();
    await heading(w, 'wizard:signIn.buttonGeneric', undefined, 10_000);
    await replies(w, 'signIn', 1);
    await heading(w, 'wizard:result.heading.ok');
    const cards = await w.page.locator('.cards').innerText();
    assert.ok(cards.includes(w.say.t('wizard:signIn.verified', { provider: 'auth.oauth.test' })), cards);
    await screenshot(w.page, shot('signed-in'));
    await button(w, 'wizard:result.next').click();
    await w.page.getByLabel(w.say.t('export:app.summary'), { exact: true }).check();
    await button(w, 'wizard:export.save').click();
    await w.page.locator('.saved-file').first().waitFor();
    for (const name of await readdir(w.exportDir)) seen.push((await readFile(join(w.exportDir, name))).toString('latin1'));
    seen.push(await w.page.content(), ...w.traffic, ...w.shell.clipboard);
  });

  test(`sign-in (${language}): consent refused in the browser; the way back is to sign in again`, async () => {
    const w = await offered(language, 'deny');
    await button(w, 'wizard:signIn.buttonGeneric').click();
    await replies(w, 'signIn', 1);
    const panel = w.page.locator('.sign-in.failed');
    await panel.getByText(w.say.t('signin:failure.consent-refused')).waitFor();
    await screenshot(w.page, shot('sign-in-refused'));
    seen.push(await w.page.content(), ...w.traffic);
  });

  test(`sign-in (${language}): the browser was closed; Esc stops waiting, and so does the time limit`, async () => {
    const w = await offered(language, 'close');
    await button(w, 'wizard:signIn.buttonGeneric').click();
    await heading(w, 'wizard:signIn.buttonGeneric', undefined, 10_000);
    await w.page.getByText(w.say.t('wizard:signIn.inBrowserGeneric')).waitFor({ timeout: 10_000 });
    await screenshot(w.page, shot('sign-in-waiting'), false);
    await w.page.keyboard.press('Escape');
    await replies(w, 'signIn', 1);
    await w.page.locator('.sign-in.failed').getByText(w.say.t('signin:failure.cancelled')).waitFor();
    seen.push(await w.page.content(), ...w.traffic);

    const timed = await offered(language, 'close', 2_000);
    await button(timed, 'wizard:signIn.buttonGeneric').click();
    await replies(timed, 'signIn', 1, 30_000);
    await timed.page.locator('.sign-in.failed').getByText(timed.say.t('signin:failure.timed-out')).waitFor();
    // The way on: sign in again (this time the browser finishes), or save the settings as they are.
    assert.equal(await button(timed, 'wizard:signIn.again').isEnabled(), true);
    seen.push(await timed.page.content(), ...timed.traffic);
  });
}

test('no token or authorization code the provider issued appears in any page, call, file or output', () => {
  const path = issuedSecretsFile(world().dir);
  assert.ok(existsSync(path), 'the test authorization server issued nothing: the sign-ins did not happen');
  const secrets = readFileSync(path, 'utf8')
    .split('\n')
    .filter((s) => s.length >= 20);
  assert.ok(secrets.length >= 4, `only ${secrets.length} tokens and codes were issued`);
  for (const w of fixture.wizards) seen.push(...w.traffic, ...w.shell.clipboard, ...w.shell.opened);
  const everything = seen.join('\n');
  assert.ok(everything.length > 10_000, 'the pages and calls were captured');
  for (const secret of secrets) {
    for (const form of [secret, Buffer.from(secret).toString('base64')]) {
      assert.ok(!everything.includes(form), 'an issued token or code reached a page, a call between page and main, a file or the output');
    }
  }
});
