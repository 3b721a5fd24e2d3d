import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll } from '@jest/globals';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { launchChromium, PHONE } from '../chromium';

export { DESKTOP, launchChromium, PHONE } from '../chromium';

const ARTIFACTS = join('test-artifacts', 'emulator');

/** How long one browser step (or the suite's setup) may take. */
export const STEP_MS = 60_000;

/** Saves a full-page screenshot under test-artifacts/emulator (git-ignored). */
export async function screenshot(page: Page, name: string): Promise<void> {
  await mkdir(ARTIFACTS, { recursive: true });
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
}

/** A stack, Chromium and one phone-sized page, live between the suite's beforeAll and afterAll. */
export interface PhonePage<S> {
  stack: S;
  browser: Browser;
  page: Page;
}

/**
 * Starts the stack, Chromium and a phone-sized page before the suite and closes the browser, then the stack, after
 * it. Read the handles inside hooks and tests, not at the top of the file: they are set in beforeAll.
 */
export function usePhonePage<S extends { close(): Promise<void> }>(
  startStack: () => Promise<S>,
  pageOptions: BrowserContextOptions = {},
): PhonePage<S> {
  const live = {} as PhonePage<S>;
  beforeAll(async () => {
    live.stack = await startStack();
    live.browser = await launchChromium();
    live.page = await live.browser.newPage({ viewport: PHONE, ...pageOptions });
  }, STEP_MS);
  afterAll(async () => {
    await live.browser?.close();
    await live.stack?.close();
  });
  return live;
}

/** Types into the talk box like a user and waits for the page to come back with Alexa's answer. */
export async function say(page: Page, text: string): Promise<string> {
  await page.getByTestId('utterance').fill(text);
  await Promise.all([page.waitForURL(/#talk$/), page.getByTestId('say').click()]);
  return (await page.locator('[data-testid="transcript"] li.alexa').last().textContent()) ?? '';
}

/** Fills the service's sign-in form with the demo rider and waits until the browser leaves the sign-in page. */
export async function submitServiceSignIn(page: Page): Promise<void> {
  const loginPage = page.url();
  await page.fill('#email', 'rider@example.com');
  await page.fill('#password', 'ride-hailer-demo');
  await Promise.all([page.waitForURL((url) => url.toString() !== loginPage), page.click('button[type=submit]')]);
}
