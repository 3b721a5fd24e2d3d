import type { Browser, Page } from 'playwright-core';
import type { Stack } from '../../../emulator/stack/startStack';
import { DESKTOP, launchChromium, PHONE, STEP_MS, say, screenshot } from '../../helpers/emulator/browser';
import { spoken } from '../../helpers/emulator/catalog';
import { decodeQr } from '../../helpers/emulator/qr';
import { startTestStack } from '../../helpers/emulator/stack';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
}, STEP_MS);
afterAll(() => browser?.close());

async function choose(page: Page, what: 'device' | 'speaker', value: string): Promise<void> {
  await page.getByTestId(what).selectOption(value);
  await Promise.all([page.waitForURL(/\/$/), page.getByTestId(`set-${what}`).click()]);
}

/** The service's login and consent pages, in whichever browser shows them. */
async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.fill('#email', email);
  await page.fill('#password', password);
  await Promise.all([page.waitForSelector('button[value=allow]'), page.click('button[type=submit]')]);
  await page.click('button[value=allow]');
}

describe('the Echo Show in Chromium', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startTestStack();
  }, STEP_MS);
  afterAll(() => stack?.close());

  it(
    'QR flow: the screen’s QR code, scanned from a screenshot, links on the phone; the screen says so and Alexa greets',
    async () => {
      const show = await browser.newPage({ viewport: DESKTOP });
      await show.goto(stack.urls.emulator);
      await choose(show, 'device', 'show');
      expect(await say(show, 'order a car to the airport')).toMatch(spoken('en-US', 'link.promptScreen'));
      await expect(show.getByTestId('screen-line').textContent()).resolves.toBe(
        'To use Ride Hailer, you need to link your account. Scan the QR code on the screen with your phone.',
      );
      await screenshot(show, 'desktop-10-screen-qr');
      const url = decodeQr(await show.getByTestId('screen-qr').screenshot());
      expect(url.startsWith(`${stack.urls.emulator}/api/link/start?screen=`)).toBe(true);

      const phone = await browser.newPage({ viewport: PHONE });
      await phone.goto(url);
      await phone.waitForURL((at) => at.origin === stack.urls.service);
      await signIn(phone, 'rider@example.com', 'ride-hailer-demo');
      await phone.waitForURL((at) => at.toString().startsWith(stack.redirectUri));
      await expect(phone.getByTestId('link-success').locator('h1').textContent()).resolves.toBe(
        'Ride Hailer has been successfully linked.',
      );
      await screenshot(phone, 'phone-10-qr-linked');

      await show.reload();
      await expect(show.getByTestId('screen-line').textContent()).resolves.toBe(
        'Ride Hailer has been successfully linked.',
      );
      await expect(show.locator('[data-testid="transcript"] li.alexa').last().textContent()).resolves.toMatch(
        /^Alexa Welcome back, Alex Rider\./,
      );
      await screenshot(show, 'desktop-11-screen-linked');
      await Promise.all([phone.close(), show.close()]);
    },
    STEP_MS,
  );
});

describe('Sign in using this device, with the profile picker, in Chromium', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startTestStack();
  }, STEP_MS);
  afterAll(() => stack?.close());

  it(
    'Sam picks his profile and signs in on the device; only Sam is linked, and Alexa greets him',
    async () => {
      const page = await browser.newPage({ viewport: PHONE });
      await page.goto(stack.urls.emulator);
      await choose(page, 'device', 'show');
      await choose(page, 'speaker', 'Sam');
      expect(await say(page, 'order a car to the airport')).toMatch(spoken('en-US', 'link.promptScreen'));
      await Promise.all([page.waitForURL(/#device$/), page.getByTestId('screen-sign-in').click()]);
      await expect(page.getByTestId('screen-line').textContent()).resolves.toBe(
        'Who is linking Ride Hailer? Choose your profile.',
      );
      await screenshot(page, 'phone-11-profile-picker');
      await page.getByTestId('profile-sam').click();
      await page.waitForURL((at) => at.origin === stack.urls.service);
      await screenshot(page, 'phone-12-device-login');
      await signIn(page, 'sam@example.com', 'ride-hailer-sam');
      await page.waitForURL((at) => at.toString().startsWith(stack.redirectUri));
      await expect(page.getByTestId('link-success').locator('h1').textContent()).resolves.toBe(
        'Ride Hailer has been successfully linked for Sam.',
      );
      await screenshot(page, 'phone-13-device-linked');
      await Promise.all([page.waitForURL(/#device$/), page.getByTestId('back-to-skill').click()]);
      await expect(page.getByTestId('link-state').textContent()).resolves.toBe('Not linked');
      await expect(page.getByTestId('personal-links').textContent()).resolves.toBe(
        'Linked a profile of their own: Sam.',
      );
      await expect(page.locator('[data-testid="transcript"] li.alexa').last().textContent()).resolves.toMatch(
        /^Alexa Welcome back, Sam Rider\./,
      );
      expect(await say(page, 'order a car to the airport')).toMatch(spoken('en-US', 'order.confirm'));
      await choose(page, 'speaker', 'Alex');
      expect(await say(page, 'ask ride hailer where is my ride')).toMatch(spoken('en-US', 'link.promptScreen'));
      await page.setViewportSize(DESKTOP);
      await screenshot(page, 'desktop-12-after-personal-link');
      await page.close();
    },
    STEP_MS,
  );
});
