import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { accessibilityProblems, launchChromium, openWizard, screenshot, serveRenderer, type Wizard } from './wizard-harness';
import { assertNoPassword } from '../helpers/discover-in-world';
import { readPlist } from '../helpers/real-parsers';
import { USERS } from '../world/world-plan';

let browser: Browser;
let server: Awaited<ReturnType<typeof serveRenderer>>;
const wizards: Wizard[] = [];

before(async () => {
  server = await serveRenderer();
  browser = await launchChromium();
});
after(async () => {
  for (const w of wizards) w.service.forget();
  await browser?.close();
  await server?.close();
});

async function open(options?: Parameters<typeof openWizard>[2]): Promise<Wizard> {
  const wizard = await openWizard(browser, server.url, options);
  wizards.push(wizard);
  return wizard;
}

async function noSeriousA11yProblems(page: Page, where: string): Promise<void> {
  assert.deepEqual(await accessibilityProblems(page), [], `accessibility problems on ${where}`);
}

async function fillAccount(page: Page, email: string, password?: string, name = ''): Promise<void> {
  await page.getByLabel('Email address').fill(email);
  if (name) await page.getByLabel('Your name').fill(name);
  if (password !== undefined) await page.getByLabel('Password', { exact: true }).fill(password);
}

test('happy path: address, live progress, verified result, export to files', async () => {
  const { page, exportDir } = await open();
  await noSeriousA11yProblems(page, 'the account step');
  await fillAccount(page, USERS.alice.login, USERS.alice.password, 'Alice Example');
  await page.getByRole('button', { name: 'Show password' }).click();
  assert.equal(await page.getByLabel('Password', { exact: true }).getAttribute('type'), 'text');
  await page.getByRole('button', { name: 'Hide password' }).click();
  await screenshot(page, '1-account');
  await page.getByRole('button', { name: 'Find my settings' }).click();
  await page.getByRole('heading', { name: 'Your email settings work' }).waitFor({ timeout: 30_000 });
  await noSeriousA11yProblems(page, 'the result step');
  const incoming = page.locator('.card').first();
  assert.match(await incoming.innerText(), /Secure connection \(TLS\) to imap\.guess\.test on port 993/);
  assert.match(await incoming.innerText(), /Verified: your password works\./);
  await screenshot(page, '3-result');
  await page.getByText('Advanced: every server tried').click();
  await page.getByRole('table').waitFor();
  await screenshot(page, '4-advanced');
  await page.getByRole('button', { name: 'Save settings for my mail app' }).click();
  await page.getByRole('heading', { name: 'Save the settings for your mail app' }).waitFor();
  await page.getByLabel('All of them').check();
  assert.equal(await page.getByLabel('Thunderbird', { exact: true }).isChecked(), true);
  await page.getByLabel('All of them').uncheck();
  await page.getByLabel('Apple Mail (Mac, iPhone, iPad)').check();
  await page.getByLabel('Outlook for Windows (classic)').check();
  await noSeriousA11yProblems(page, 'the export step');
  await screenshot(page, '5-export');
  await page.getByRole('button', { name: 'Choose a folder and save' }).click();
  await page.getByText(`Saved in ${exportDir}:`).waitFor();
  const files = (await readdir(exportDir)).sort();
  assert.deepEqual(files, ['alice@guess.test.mobileconfig', 'alice@guess.test.prf']);
  const [mail] = (await readPlist(await readFile(join(exportDir, files[0])))).PayloadContent as Record<string, string>[];
  assert.equal(mail.EmailAccountName, 'Alice Example');
  assert.equal(mail.IncomingPassword, undefined, 'no password unless asked');
  await screenshot(page, '6-saved');
  // The page never holds the password after submitting it.
  assert.equal(await page.getByLabel('Password', { exact: true }).count(), 0);
  assertNoPassword(await page.content(), USERS.alice.password);
});

test('wrong password: explained, and Back keeps everything but the password', async () => {
  const { page } = await open();
  await fillAccount(page, USERS.alice.login, 'certainly wrong', 'Alice');
  await page.getByRole('button', { name: 'Find my settings' }).click();
  await page.getByRole('heading', { name: 'We found your servers, but there is a problem' }).waitFor({ timeout: 30_000 });
  assert.match(
    await page.locator('.findings').innerText(),
    /Your password is wrong \(or the username\): imap\.guess\.test and smtp\.guess\.test answered but refused the login as alice@guess\.test and alice\./,
  );
  await screenshot(page, 'wrong-password');
  await page.getByRole('button', { name: 'Change the password' }).click();
  assert.equal(await page.getByLabel('Email address').inputValue(), USERS.alice.login);
  assert.equal(await page.getByLabel('Your name').inputValue(), 'Alice');
  assert.equal(await page.getByLabel('Password', { exact: true }).inputValue(), '', 'the page forgot the password');
  await page.getByLabel('Password', { exact: true }).fill(USERS.alice.password);
  await page.getByRole('button', { name: 'Find my settings' }).click();
  await page.getByRole('heading', { name: 'Your email settings work' }).waitFor({ timeout: 30_000 });
});

test('self-signed certificate: fingerprint shown, trusted only after an explicit choice', async () => {
  const { page } = await open();
  await fillAccount(page, USERS.sid.login, USERS.sid.password);
  await page.getByRole('button', { name: 'Find my settings' }).click();
  await page.getByRole('heading', { name: 'We found your servers, but there is a problem' }).waitFor({ timeout: 30_000 });
  const panel = page.locator('.finding.cert-self-signed').first();
  assert.match(await panel.innerText(), /mail\.selfsigned\.test uses a self-signed certificate/);
  assert.match(await panel.locator('.fingerprint code').innerText(), /^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
  const trust = panel.getByRole('button', { name: 'Trust this certificate' });
  assert.equal(await trust.isDisabled(), true, 'never silent: the box must be ticked first');
  await screenshot(page, 'self-signed');
  await panel.getByLabel('I compared the fingerprint').check();
  await trust.click();
  await page.getByRole('heading', { name: 'Your email settings work' }).waitFor({ timeout: 30_000 });
});

test('plaintext-only server: the password is not sent until the user consents for that host', async () => {
  const { page, service } = await open();
  await fillAccount(page, USERS.paul.login, USERS.paul.password);
  await page.getByRole('button', { name: 'Find my settings' }).click();
  await page.getByRole('heading', { name: 'We found your servers, but there is a problem' }).waitFor({ timeout: 30_000 });
  const panel = page.locator('.finding.plaintext-only').first();
  assert.match(await panel.innerText(), /mail\.plain\.test offers only unencrypted connections/);
  await page.getByText('Advanced: every server tried').click();
  assert.match(await page.getByRole('table').innerText(), /unencrypted: password not sent/);
  await screenshot(page, 'plaintext');
  const allow = panel.getByRole('button', { name: 'Send my password without encryption to mail.plain.test' });
  assert.equal(await allow.isDisabled(), true);
  await panel.getByLabel('I understand that others on this network could read my password').check();
  await allow.click();
  await page.getByRole('heading', { name: 'Your email settings work' }).waitFor({ timeout: 30_000 });
  assert.match(await page.locator('.card').first().innerText(), /Unencrypted connection to mail\.plain\.test on port 143/);
  void service;
});

test('cancel: the search stops at once and nothing is lost', async () => {
  const { page } = await open();
  await fillAccount(page, 'bob@blackhole.test', 'secret');
  await page.getByRole('button', { name: 'Find my settings' }).click();
  await page.getByRole('heading', { name: 'Finding your settings' }).waitFor();
  await page.getByText('imap.blackhole.test').first().waitFor();
  await noSeriousA11yProblems(page, 'the progress step');
  await screenshot(page, '2-finding');
  await page.getByRole('button', { name: 'Cancel' }).click();
  await page.getByText('Stopped. Nothing was changed.').waitFor({ timeout: 5_000 });
  assert.equal(await page.getByLabel('Email address').inputValue(), 'bob@blackhole.test');
});

test('keyboard only: fill in, submit, read the result, copy the report', async () => {
  const { page, clipboard } = await open();
  await page.getByLabel('Email address').waitFor();
  assert.equal(
    await page.evaluate('document.activeElement.id'),
    await page.getByLabel('Email address').getAttribute('id'),
    'the address field has the focus',
  );
  await page.keyboard.type(USERS.eve.login);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.type(USERS.eve.password);
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'Your email settings work' }).waitFor({ timeout: 30_000 });
  assert.equal(await page.evaluate('document.activeElement.tagName'), 'H1', 'focus moves to the new step');
  const copy = page.getByRole('button', { name: 'Copy diagnostic report' });
  await copy.focus();
  await page.keyboard.press('Enter');
  await page.getByText('Report copied. It never contains your password.').waitFor();
  assert.match(clipboard[0], /^Mail Setup diagnostic report for eve@guess\.test/);
  assertNoPassword(clipboard[0], USERS.eve.password);
});

test('Chinese UI: follows the system language, switchable, every step translated', async () => {
  const { page } = await open({ locale: 'zh-CN', colorScheme: 'dark' });
  await page.getByRole('heading', { name: '设置您的电子邮箱' }).waitFor();
  await noSeriousA11yProblems(page, 'the Chinese account step');
  await page.getByLabel('邮箱地址').fill(USERS.ann.login);
  await page.getByLabel('密码', { exact: true }).fill(USERS.ann.password);
  await screenshot(page, 'zh-account');
  await page.getByRole('button', { name: '查找我的设置' }).click();
  await page.getByRole('heading', { name: '您的邮箱设置可以使用' }).waitFor({ timeout: 30_000 });
  assert.match(await page.locator('.card').first().innerText(), /通过安全连接（TLS）连接 mail\.mailhost\.test，端口 993/);
  await noSeriousA11yProblems(page, 'the Chinese result step');
  await screenshot(page, 'zh-result');
  await page.getByLabel('语言').selectOption('en');
  await page.getByRole('heading', { name: 'Your email settings work' }).waitFor();
});

test('Advanced view: an expert edits a server and tests it with the kept password', async () => {
  const { page } = await open();
  await fillAccount(page, USERS.alice.login, USERS.alice.password);
  await page.getByRole('button', { name: 'Find my settings' }).click();
  await page.getByRole('heading', { name: 'Your email settings work' }).waitFor({ timeout: 30_000 });
  await page.getByText('Advanced: every server tried').click();
  await page.getByLabel('Server name').fill('imap.guess.test');
  await page.getByLabel('Port').fill('143');
  await page.getByLabel('Security', { exact: true }).selectOption('starttls');
  await page.getByRole('button', { name: 'Test these settings' }).click();
  await page.getByText('IMAP imap.guess.test:143: works').waitFor({ timeout: 30_000 });
});
