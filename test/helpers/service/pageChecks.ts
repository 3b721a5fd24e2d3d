import { expect } from '@jest/globals';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { contrastRatio } from './chromium';

/** The phone viewport of the browser tests. */
export const PHONE = { width: 390, height: 844 };

/**
 * A phone-sized context (390×844) in `locale`, with Alexa's redirect hosts answered locally so the browser never
 * leaves the machine, and a list of problems (dialogs, pop-ups, console errors) the test expects to stay empty.
 */
export async function openPhonePage(
  chromium: Browser,
  locale: string,
): Promise<{ context: BrowserContext; page: Page; problems: string[] }> {
  const context = await chromium.newContext({
    viewport: PHONE,
    locale,
    deviceScaleFactor: 1,
    isMobile: true,
    hasTouch: true,
  });
  // Alexa's real redirect hosts are answered locally, so the browser never leaves the machine.
  await context.route('https://*.amazon.com/**', (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><p>Alexa</p>' }),
  );
  await context.route('https://alexa.amazon.co.jp/**', (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><p>Alexa</p>' }),
  );
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('dialog', (dialog) => {
    problems.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('popup', () => problems.push('popup opened'));
  page.on('console', (message) => {
    // A 400 or 429 answer to a form post is logged as "Failed to load resource"; that is expected.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
      problems.push(`console: ${message.text()}`);
    }
  });
  return { context, page, problems };
}

/** No horizontal scrolling at phone width, and WCAG AA contrast for body text, heading and primary button. */
export async function expectMobileFriendly(page: Page): Promise<void> {
  // Computed colours are only the page's own once its stylesheet has loaded; on a busy machine a button can be
  // ready before that.
  await page.waitForLoadState('load');
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(PHONE.width);
  const colours = await page.evaluate(() => {
    const style = (selector: string) => {
      const element = document.querySelector(selector);
      if (!element) return undefined;
      const computed = getComputedStyle(element);
      return { color: computed.color, background: computed.backgroundColor };
    };
    return { text: style('p'), heading: style('h1'), primary: style('.primary'), card: style('.card') };
  });
  const card = colours.card?.background ?? 'rgb(255, 255, 255)';
  expect(contrastRatio(colours.text?.color ?? '', card)).toBeGreaterThanOrEqual(4.5);
  expect(contrastRatio(colours.heading?.color ?? '', card)).toBeGreaterThanOrEqual(4.5);
  if (colours.primary) {
    expect(contrastRatio(colours.primary.color, colours.primary.background)).toBeGreaterThanOrEqual(4.5);
  }
}

/** The elements that receive focus on the first `count` Tab presses, as `tag#id-or-value`. */
export async function focusOrder(page: Page, count: number): Promise<string[]> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const order: string[] = [];
  for (let i = 0; i < count; i++) {
    await page.keyboard.press('Tab');
    order.push(
      await page.evaluate(() => {
        const el = document.activeElement as HTMLInputElement | HTMLButtonElement | null;
        return el ? `${el.tagName.toLowerCase()}#${el.id || el.getAttribute('value') || el.getAttribute('type')}` : '';
      }),
    );
  }
  return order;
}
