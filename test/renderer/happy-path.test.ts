import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { LANGUAGES } from '../../shared/messages/languages';
import { createTranslator } from '../../shared/messages/translator';
import { assertNoPassword } from '../helpers/discover-in-world';
import { readPlist } from '../helpers/real-parsers';
import { USERS } from '../world/world-plan';
import { screenshot, shotName } from './wizard-harness';
import { button, field, fillAccount, find, heading, noSeriousA11yProblems, wizardFixture } from './wizard-steps';

const { open } = wizardFixture();
const alice = USERS.alice;

for (const { code: language } of LANGUAGES) {
  const shot = (name: string) => shotName(language, name);

  test(`happy path (${language}): address, live progress, verified result, files saved and shown in the file manager`, async () => {
    const w = await open({ language });
    const { page, say } = w;
    await noSeriousA11yProblems(w, 'the account step');
    await fillAccount(w, alice.login, alice.password, 'Alice Example');
    await button(w, 'wizard:account.show').click();
    assert.equal(await field(w, 'wizard:account.password').getAttribute('type'), 'text');
    await button(w, 'wizard:account.hide').click();
    await screenshot(page, shot('1-account'));
    await find(w);
    await heading(w, 'wizard:result.heading.ok');
    await noSeriousA11yProblems(w, 'the result step');
    const incoming = page.locator('.card').first();
    const line = say.t('wizard:result.serverLine', { security: say.t('wizard:security.tls'), host: 'imap.guess.test', port: 993 });
    assert.ok((await incoming.innerText()).includes(line), await incoming.innerText());
    assert.ok((await incoming.innerText()).includes(say.t('wizard:result.verified')));
    assert.equal(await page.locator('.risks').count(), 0, 'nothing risky about verified TLS settings');
    await screenshot(page, shot('3-result'));
    await page.getByText(say.t('wizard:result.advanced')).click();
    await page.getByRole('table').waitFor();
    await noSeriousA11yProblems(w, 'the advanced view');
    await screenshot(page, shot('4-advanced'));
    await button(w, 'wizard:result.next').click();
    await heading(w, 'wizard:export.heading');
    await page.getByLabel(say.t('wizard:export.all')).check();
    assert.equal(await page.getByLabel(say.t('export:app.thunderbird-import'), { exact: true }).isChecked(), true);
    await page.getByLabel(say.t('wizard:export.all')).uncheck();
    await page.getByLabel(say.t('export:app.apple')).check();
    await page.getByLabel(say.t('export:app.outlook-prf')).check();
    await noSeriousA11yProblems(w, 'the export step');
    await screenshot(page, shot('5-export'));
    await button(w, 'wizard:export.save').click();
    await page.getByRole('heading', { name: say.t('wizard:export.saved', { folder: w.exportDir }) }).waitFor();
    const files = (await readdir(w.exportDir)).sort();
    assert.deepEqual(files, ['alice@guess.test.mobileconfig', 'alice@guess.test.prf']);
    const profile = await readPlist(await readFile(join(w.exportDir, files[0])));
    // The texts a device shows while installing are in the wizard's language.
    assert.equal(profile.PayloadDescription, say.t('export:apple.profileDescription', { email: alice.login }));
    const [mail] = profile.PayloadContent as Record<string, string>[];
    assert.equal(mail.EmailAccountName, 'Alice Example');
    assert.equal(mail.IncomingPassword, undefined, 'no password unless asked');
    // Each file with its own guide and the file manager's buttons (main opens only what it just wrote).
    const apple = page.locator('.saved-file').filter({ hasText: 'alice@guess.test.mobileconfig' });
    assert.ok((await apple.innerText()).includes(say.t('export:guide.apple')));
    // What the export says about each file (an unsigned profile), and how to open the PRF with its real path.
    assert.ok((await apple.textContent())!.includes(say.t('export:note.unsigned')));
    const prf = page.locator('.saved-file').filter({ hasText: 'alice@guess.test.prf' });
    assert.equal(await prf.locator('.open-how').textContent(), say.t('export:open.outlook-prf', { path: join(w.exportDir, files[1]) }));
    await apple.getByRole('button', { name: say.t('wizard:export.showFile') }).click();
    await apple.getByRole('button', { name: say.t('wizard:export.openFolder') }).click();
    await waitFor(() => w.shell.shownFiles.length === 1 && w.shell.folders.length === 1);
    assert.deepEqual(w.shell.shownFiles, [join(w.exportDir, files[0])]);
    assert.deepEqual(w.shell.folders, [w.exportDir]);
    // Main shows only what it just wrote: not another file, not the same folder by a detour.
    for (const path of ['/etc/passwd', join(w.exportDir, 'other.txt'), w.exportDir]) {
      const reply = (await page.evaluate(`window.mailSetup.showFile({ path: ${JSON.stringify(path)} })`)) as { ok: boolean };
      assert.equal(reply.ok, false, path);
    }
    const detour = (await page.evaluate(
      `window.mailSetup.openFolder({ path: ${JSON.stringify(`${w.exportDir}/../${w.exportDir.split('/').pop()}/${files[1]}`)} })`,
    )) as { ok: boolean };
    assert.equal(detour.ok, true, 'the same file by another spelling of its path');
    assert.deepEqual(w.shell.shownFiles.length, 1);
    await noSeriousA11yProblems(w, 'the saved files');
    await screenshot(page, shot('6-saved'));
    // The page never holds the password after submitting it, and main never sent it back.
    assert.equal(await field(w, 'wizard:account.password').count(), 0);
    assertNoPassword(await page.content(), alice.password);
    assertNoPassword(
      w.traffic.filter((line) => !line.includes('"method"')),
      alice.password,
    );
  });

  test(`keyboard only (${language}): fill in, submit, read the result, copy the report`, async () => {
    const w = await open({ language });
    const { page } = w;
    await field(w, 'wizard:account.email').waitFor();
    assert.equal(
      await page.evaluate('document.activeElement.id'),
      await field(w, 'wizard:account.email').getAttribute('id'),
      'the address field has the focus',
    );
    await page.keyboard.type(USERS.eve.login);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.type(USERS.eve.password);
    await page.keyboard.press('Enter');
    await heading(w, 'wizard:result.heading.ok');
    assert.equal(await page.evaluate('document.activeElement.tagName'), 'H1', 'focus moves to the new step');
    const copy = button(w, 'wizard:result.copyReport');
    await copy.focus();
    await page.keyboard.press('Enter');
    await page.getByText(w.say.t('wizard:result.copied')).waitFor();
    assert.match(w.shell.clipboard[0], /eve@guess\.test/);
    assertNoPassword(w.shell.clipboard[0], USERS.eve.password);
  });
}

test('the language follows the system and can be switched on any step', async () => {
  const w = await open({ language: 'zh-CN', colorScheme: 'dark' });
  await heading(w, 'wizard:account.heading');
  await fillAccount(w, USERS.ann.login, USERS.ann.password);
  await find(w);
  await heading(w, 'wizard:result.heading.ok');
  assert.match(await w.page.locator('.card').first().innerText(), /通过安全连接（TLS）连接 mail\.mailhost\.test，端口 993/);
  await w.page.getByLabel('语言').selectOption('en');
  await w.page.getByRole('heading', { name: 'Your email settings work' }).waitFor();
  // Every other language of the catalog, one after the other: the words, the server line and the page's lang.
  let label = 'Language';
  for (const { code } of LANGUAGES.filter((l) => l.code !== 'en' && l.code !== 'zh-CN')) {
    const say = createTranslator(code);
    await w.page.getByLabel(label).selectOption(code);
    await w.page.getByRole('heading', { name: say.t('wizard:result.heading.ok') }).waitFor();
    const line = say.t('wizard:result.serverLine', { security: say.t('wizard:security.tls'), host: 'mail.mailhost.test', port: 993 });
    assert.ok((await w.page.locator('.card').first().innerText()).includes(line), code);
    assert.equal(await w.page.evaluate('document.documentElement.lang'), code);
    label = say.t('wizard:app.language');
  }
});

async function waitFor(condition: () => boolean, ms = 5_000): Promise<void> {
  const until = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > until) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
