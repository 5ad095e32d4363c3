import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { LANGUAGES } from '../../shared/messages/languages';
import type { ExportFormat } from '../../shared/model/export-formats';
import type { MessageKey } from '../../shared/model/message';
import { readPlist } from '../helpers/real-parsers';
import { assertNoPassword } from '../helpers/discover-in-world';
import { USERS } from '../world/world-plan';
import { SCREENSHOTS, shotName, type Wizard } from './wizard-harness';
import { button, heading, noSeriousA11yProblems, noSidewaysScrolling, search, wizardFixture } from './wizard-steps';

/**
 * The Save step's guide for each mail app a person uses, after saving its file, in every language of the catalog:
 * the guide says what that very file needs (Thunderbird imports the profile-backup ZIP; Apple's profile is
 * installed in System Settings or Settings; Outlook's PRF is imported with Win+R by classic Outlook only, closed
 * first, and the new Outlook gets the values to type from the printable summary), and the file is what the guide
 * says. Each writes the README's screenshot of the saved-files view for its app.
 */
const { open } = wizardFixture();

interface App {
  shot: string;
  formats: ExportFormat[];
  /** Words the first format's guide holds in every language: menus, versions and commands are not translated. */
  mentions: (string | RegExp)[];
  /** What the saved file must hold for its guide to be right. */
  check: (w: Wizard, files: string[]) => Promise<void>;
}

const alice = USERS.alice;

const APPS: App[] = [
  {
    shot: 'saved-thunderbird',
    formats: ['thunderbird-import'],
    mentions: ['≡'],
    check: async (w, files) => {
      // "Import Backed-up Profile" takes a ZIP of a profile: prefs.js at its top level holds the account.
      assert.deepEqual(files, ['alice@guess.test-thunderbird.zip']);
      const zip = unzipSync(await readFile(join(w.exportDir, files[0])));
      const prefs = strFromU8(zip['prefs.js']);
      assert.match(prefs, /"mail\.server\.[^"]+\.hostname", "imap\.guess\.test"\)/);
      assert.match(prefs, /"mail\.smtpserver\.[^"]+\.hostname", "smtp\.guess\.test"\)/);
    },
  },
  {
    shot: 'saved-apple',
    formats: ['apple'],
    mentions: ['macOS 15', 'macOS 13', 'iPhone'],
    check: async (w, files) => {
      // A configuration profile: what System Settings → Device Management and "Profile Downloaded" install.
      assert.deepEqual(files, ['alice@guess.test.mobileconfig']);
      const profile = await readPlist(await readFile(join(w.exportDir, files[0])));
      assert.equal(profile.PayloadType, 'Configuration');
      const [mail] = profile.PayloadContent as Record<string, unknown>[];
      assert.equal(mail.PayloadType, 'com.apple.mail.managed');
      assert.equal(mail.IncomingMailServerHostName, 'imap.guess.test');
    },
  },
  {
    shot: 'saved-outlook',
    formats: ['outlook-prf', 'summary'],
    // Japanese writes a range of versions with ～.
    mentions: ['Win+R', 'outlook.exe /importprf', /2013[–～]2021/],
    check: async (w, files) => {
      // The PRF for classic Outlook, and the printable summary: the values to type into the new Outlook or Outlook for Mac.
      assert.deepEqual(files, ['alice@guess.test-settings.txt', 'alice@guess.test.prf']);
      const [summaryFile, prfFile] = files;
      // UTF-16 with a byte-order mark, as Outlook reads a PRF; its comments repeat the guide's first steps.
      const prf = await readFile(join(w.exportDir, prfFile), 'utf16le');
      assert.ok(prf.includes(w.say.t('export:prf.close')), prf);
      assert.match(prf, /^\[General\]/m);
      assert.match(prf, /imap\.guess\.test/);
      const summary = await readFile(join(w.exportDir, summaryFile), 'utf8');
      for (const value of ['imap.guess.test', 'smtp.guess.test', '993', '465', alice.login]) assert.ok(summary.includes(value), summary);
      const open = w.page.locator('.saved-file').filter({ hasText: prfFile }).locator('.open-how');
      assert.equal(await open.textContent(), w.say.t('export:open.outlook-prf', { path: join(w.exportDir, prfFile) }));
      // The new Outlook and Outlook for Mac read no file: the card of values to type opens by itself, with their steps.
      const card = w.page.locator('details.values-card');
      assert.equal(await card.getAttribute('open'), '');
      await card.getByText(w.say.t('export:manual.manual.new-outlook.1' as MessageKey)).waitFor();
      const incoming = card.getByRole('region', { name: w.say.t('export:summary.incoming', { protocol: 'IMAP' }) });
      assert.ok((await incoming.innerText()).includes('imap.guess.test'));
      await incoming.getByRole('button', { name: w.say.t('wizard:values.copyLabel', { label: w.say.t('export:summary.server') }) }).click();
      await card.getByText(w.say.t('wizard:values.copied', { value: 'imap.guess.test' })).waitFor();
      assert.equal(w.shell.clipboard.at(-1), 'imap.guess.test');
      await card.getByLabel(w.say.t('wizard:values.app')).selectOption('outlook-mac');
      await card.getByText(w.say.t('export:manual.manual.outlook-mac.1' as MessageKey)).waitFor();
      await card.getByLabel(w.say.t('wizard:values.app')).selectOption('new-outlook');
      assert.ok((await card.innerText()).includes(w.say.t('export:summary.yourPassword')), 'words for the password, never the password');
      assertNoPassword(await w.page.content(), alice.password);
    },
  },
];

/** The saved-files view alone, whole (the window as tall as the page for a moment, so no sticky bar covers it). */
async function savedShot(page: Page, name: string | undefined): Promise<void> {
  if (!name) return;
  await mkdir(SCREENSHOTS, { recursive: true });
  const size = page.viewportSize()!;
  const height = (await page.evaluate('document.documentElement.scrollHeight')) as number;
  if (height > size.height) await page.setViewportSize({ width: size.width, height });
  // With a margin of the page around it, as it looks in the window.
  // The saved files, and the card of values to type when it opened by itself under them.
  const boxes = await Promise.all((await page.locator('section.saved, details.values-card[open]').all()).map((l) => l.boundingBox()));
  const [first, last] = [boxes[0]!, boxes.at(-1)!];
  const box = { x: first.x, y: first.y, width: Math.max(first.width, last.width), height: last.y + last.height - first.y };
  const margin = 16;
  const clip = {
    x: Math.max(0, box.x - margin),
    y: Math.max(0, box.y - margin),
    width: box.width + 2 * margin,
    height: box.height + 2 * margin,
  };
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), clip, animations: 'disabled' });
  if (height > size.height) await page.setViewportSize(size);
}

for (const { code: language } of LANGUAGES) {
  for (const app of APPS) {
    test(`saved for ${app.formats.join(' and ')} (${language}): the guide says what the file needs, and the file is that`, async () => {
      const w = await open({ language });
      const { page, say } = w;
      await search(w, alice.login, alice.password, 'wizard:result.heading.ok', 'Alice Example');
      await button(w, 'wizard:result.next').click();
      await heading(w, 'wizard:export.heading');
      await page.getByLabel(say.t('export:app.apple'), { exact: true }).uncheck();
      for (const format of app.formats) await page.getByLabel(say.t(`export:app.${format}`), { exact: true }).check();
      await button(w, 'wizard:export.save').click();
      await page.getByRole('heading', { name: say.t('wizard:export.saved', { folder: w.exportDir }) }).waitFor();
      const files = (await readdir(w.exportDir)).sort();
      const saved = page.locator('.saved-file');
      assert.equal(await saved.count(), app.formats.length);
      for (const [index, format] of app.formats.entries()) {
        const item = saved.nth(index);
        assert.equal(await item.locator('h3').textContent(), say.t(`export:app.${format}`));
        assert.equal(await item.locator('.guide').textContent(), say.t(`export:guide.${format}`));
      }
      const guide = (await saved.first().locator('.guide').textContent())!;
      for (const words of app.mentions)
        assert.ok(typeof words === 'string' ? guide.includes(words) : words.test(guide), `${String(words)} in ${guide}`);
      await app.check(w, files);
      await noSeriousA11yProblems(w, `the saved ${app.shot}`);
      await noSidewaysScrolling(w, `the saved ${app.shot}`);
      await savedShot(page, shotName(language, app.shot));
    });
  }
}
