import assert from 'node:assert/strict';
import { after, before } from 'node:test';
import type { Browser, Locator } from 'playwright-core';
import type { MessageKey } from '../../shared/model/message';
import { accessibilityProblems, launchChromium, openWizard, serveRenderer, type Wizard, type WizardOptions } from './wizard-harness';

/**
 * What a person does in the wizard, in whatever language the wizard shows: every label and button is found by
 * its words from the catalog, so the same journey runs in English, Chinese and any language added later.
 */
export const SEARCH_TIMEOUT = 40_000;

export function button(w: Wizard, key: MessageKey, params?: Record<string, string | number>): Locator {
  return w.page.getByRole('button', { name: w.exact(key, params) });
}

export function field(w: Wizard, key: MessageKey): Locator {
  return w.page.getByLabel(w.say.t(key), { exact: true });
}

export async function heading(
  w: Wizard,
  key: MessageKey,
  params?: Record<string, string | number>,
  timeout = SEARCH_TIMEOUT,
): Promise<void> {
  await w.page.getByRole('heading', { name: w.exact(key, params), level: 1 }).waitFor({ timeout });
}

export async function fillAccount(
  w: Wizard,
  email: string,
  password?: string,
  name = '',
  passwordKey: MessageKey = 'wizard:account.password',
): Promise<void> {
  await field(w, 'wizard:account.email').fill(email);
  if (name) await field(w, 'wizard:account.name').fill(name);
  if (password !== undefined) await field(w, passwordKey).fill(password);
}

export async function find(w: Wizard): Promise<void> {
  await button(w, 'wizard:account.find').click();
}

/** Fills in the address and password and runs the search until the result's heading appears. */
export async function search(w: Wizard, email: string, password: string | undefined, expect: MessageKey, name = ''): Promise<void> {
  await fillAccount(w, email, password, name);
  await find(w);
  await heading(w, expect);
}

export async function noSeriousA11yProblems(w: Wizard, where: string): Promise<void> {
  assert.deepEqual(await accessibilityProblems(w.page), [], `accessibility problems on ${where} (${w.language})`);
}

/** The page never scrolls sideways: everything fits the window's width (or scrolls inside its own box). */
export async function noSidewaysScrolling(w: Wizard, where: string): Promise<void> {
  const { scrollWidth, innerWidth } = (await w.page.evaluate(
    '({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth })',
  )) as { scrollWidth: number; innerWidth: number };
  assert.ok(scrollWidth <= innerWidth, `${where} (${w.language}): the page is ${scrollWidth}px wide in a ${innerWidth}px window`);
}

/** The locator's box lies inside the window as it is, without scrolling. */
export async function inView(w: Wizard, locator: Locator, what: string): Promise<void> {
  const box = await locator.boundingBox();
  const size = w.page.viewportSize()!;
  assert.ok(box, `${what} is not on screen`);
  assert.ok(
    box.x >= 0 && box.y >= 0 && box.x + box.width <= size.width + 0.5 && box.y + box.height <= size.height + 0.5,
    `${what} (${w.language}) is outside the ${size.width}×${size.height} window: ${JSON.stringify(box)}`,
  );
}

/** Calls into main that the page made, by method name. */
export function calls(w: Wizard, method: string): { method: string; arg: Record<string, unknown> }[] {
  return w.traffic
    .map((line) => JSON.parse(line) as { method?: string; arg?: Record<string, unknown> })
    .filter((entry): entry is { method: string; arg: Record<string, unknown> } => entry.method === method);
}

/** One browser and one renderer server for a test file; each test opens its own wizard (its own main service). */
export function wizardFixture(): { open: (options?: WizardOptions) => Promise<Wizard>; browser: () => Browser; wizards: Wizard[] } {
  let browser: Browser | undefined;
  let server: Awaited<ReturnType<typeof serveRenderer>> | undefined;
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
  return {
    browser: () => browser!,
    wizards,
    open: async (options) => {
      const wizard = await openWizard(browser!, server!.url, options);
      wizards.push(wizard);
      return wizard;
    },
  };
}

/** Waits until main has answered a method this many times in all (the page may still be drawing the answer). */
export async function replies(w: Wizard, method: string, count: number, timeout = SEARCH_TIMEOUT): Promise<void> {
  const until = Date.now() + timeout;
  const answered = () => w.traffic.filter((line) => line.startsWith(`{"reply":${JSON.stringify(method)}`)).length;
  while (answered() < count) {
    if (Date.now() > until) throw new Error(`main answered ${method} ${answered()} times, not ${count}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
