import type { Browser, Page } from 'playwright-core';
import type { Stack } from '../../../emulator/stack/startStack';
import { launchChromium, PHONE, screenshot } from '../../helpers/emulator/browser';
import { spoken } from '../../helpers/emulator/catalog';
import { startTestStack } from '../../helpers/emulator/stack';

const STEP_MS = 60_000;

let stack: Stack;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  stack = await startTestStack();
  browser = await launchChromium();
  page = await browser.newPage({ viewport: PHONE });
}, STEP_MS);
afterAll(async () => {
  await browser?.close();
  await stack?.close();
});

/** Types into the talk box like a user and waits for the page to come back with the answer. */
async function say(text: string): Promise<string> {
  await page.getByTestId('utterance').fill(text);
  await Promise.all([page.waitForURL(/#talk$/), page.getByTestId('say').click()]);
  return (await page.locator('[data-testid="transcript"] li.alexa').last().textContent()) ?? '';
}

/** Presses a form button that posts and comes back to the page. */
async function press(testId: string): Promise<void> {
  await Promise.all([page.waitForURL(`${stack.urls.emulator}/`), page.getByTestId(testId).click()]);
}

async function linkAndOrder(): Promise<string> {
  await press('link-headless');
  await expect(page.getByTestId('link-state').textContent()).resolves.toBe('Linked');
  expect(await say('order a car to the airport')).toMatch(spoken('en-US', 'order.confirm'));
  return say('yes');
}

describe('Reset demo on the Alexa app page in Chromium', () => {
  it(
    'starts the demo over, so ordering the same car books a ride instead of finding one on the way',
    async () => {
      await page.goto(stack.urls.emulator);
      expect(await linkAndOrder()).toMatch(spoken('en-US', 'order.booked'));
      expect(await say('order a car to the airport')).toMatch(spoken('en-US', 'order.conflict'));

      await press('reset-demo');
      await expect(page.getByTestId('link-state').textContent()).resolves.toBe('Not linked');
      await expect(page.locator('[data-testid="transcript"] li.alexa').count()).resolves.toBe(0);
      await expect(page.getByTestId('cards').textContent()).resolves.toBe('No cards yet.');
      await screenshot(page, 'phone-07-after-reset');

      expect(await linkAndOrder()).toMatch(spoken('en-US', 'order.booked'));
    },
    STEP_MS,
  );
});
