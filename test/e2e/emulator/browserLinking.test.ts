import type { Frame, Page } from 'playwright-core';
import type { Stack } from '../../../emulator/stack/startStack';
import {
  DESKTOP,
  PHONE,
  STEP_MS,
  say,
  screenshot,
  submitServiceSignIn,
  usePhonePage,
} from '../../helpers/emulator/browser';
import { spoken } from '../../helpers/emulator/catalog';
import { startTestStack } from '../../helpers/emulator/stack';

const live = usePhonePage(() => startTestStack());

describe('the Alexa app page in Chromium', () => {
  it(
    'shows the skill with optional account linking; unlinked, it welcomes and asks to link for an order',
    async () => {
      const { page, stack } = live;
      await page.goto(stack.urls.emulator);
      await expect(page.getByTestId('linking-info').textContent()).resolves.toBe('Account linking available');
      await expect(page.getByTestId('link-state').textContent()).resolves.toBe('Not linked');
      await screenshot(page, 'phone-01-skill-page');
      expect(await say(page, 'open ride hailer')).toMatch(spoken('en-US', 'launch.unlinked'));
      await expect(page.getByTestId('card-linkaccount').count()).resolves.toBe(0);
      expect(await say(page, 'order a car to the airport')).toMatch(spoken('en-US', 'link.prompt'));
      await expect(page.getByTestId('card-linkaccount').count()).resolves.toBe(1);
    },
    STEP_MS,
  );

  it(
    'links from the LinkAccount card through the service’s real login and consent pages',
    async () => {
      const { page, stack } = live;
      await page.getByTestId('card-link').click();
      await page.waitForURL((url) => url.origin === stack.urls.service);
      await screenshot(page, 'phone-02-service-login');
      await submitServiceSignIn(page);
      await page.waitForSelector('button[value=allow]');
      await screenshot(page, 'phone-03-service-consent');
      const afterConsent: string[] = [];
      const record = (frame: Frame) => {
        if (frame === page.mainFrame()) afterConsent.push(frame.url());
      };
      page.on('framenavigated', record);
      await page.click('button[value=allow]');
      await page.waitForURL((url) => url.toString().startsWith(stack.redirectUri), { timeout: 15_000 });
      await expect(page.getByTestId('link-success').locator('h1').textContent()).resolves.toBe(
        'Ride Hailer has been successfully linked.',
      );
      page.off('framenavigated', record);
      // The service's 303 lands on the emulator's redirect URI at once: one result page, no second success page.
      expect(afterConsent).toHaveLength(1);
      expect(afterConsent[0]?.startsWith(`${stack.redirectUri}?`)).toBe(true);
      await screenshot(page, 'phone-04-linked');
      await page.getByTestId('back-to-skill').click();
      await expect(page.getByTestId('link-state').textContent()).resolves.toBe('Linked');
      await expect(page.getByTestId('refresh-count').textContent()).resolves.toBe('0');
    },
    STEP_MS,
  );

  it(
    'orders a car to the airport, confirms, and hears the booked ride with driver and ETA',
    async () => {
      const { page } = live;
      expect(await say(page, 'order a car to the airport')).toMatch(spoken('en-US', 'order.confirm'));
      const booked = await say(page, 'yes');
      expect(booked).toMatch(spoken('en-US', 'order.booked'));
      await screenshot(page, 'phone-05-booked');
    },
    STEP_MS,
  );

  it(
    'refreshes an expired access token on the next turn and still answers',
    async () => {
      const { page, stack } = live;
      await Promise.all([page.waitForURL(`${stack.urls.emulator}/`), page.getByTestId('expire').click()]);
      expect(await say(page, 'ask ride hailer where is my ride')).toMatch(spoken('en-US', 'status.active'));
      await expect(page.getByTestId('refresh-count').textContent()).resolves.toBe('1');
      await expect(
        page
          .locator('[data-testid="transcript"] li.note')
          .filter({ hasText: 'refreshed the expired access token' })
          .count(),
      ).resolves.toBe(1);
    },
    STEP_MS,
  );

  it(
    'after revoking the grant the next turn gets the link response and a new LinkAccount card',
    async () => {
      const { page, stack } = live;
      await Promise.all([page.waitForURL(`${stack.urls.emulator}/`), page.getByTestId('revoke').click()]);
      expect(await say(page, 'ask ride hailer where is my ride')).toMatch(spoken('en-US', 'link.prompt'));
      await expect(page.getByTestId('card-linkaccount').count()).resolves.toBe(2);
      await screenshot(page, 'phone-06-revoked');
      await page.setViewportSize(DESKTOP);
      await screenshot(page, 'desktop-01-after-revoke');
    },
    STEP_MS,
  );
});

describe('voice-forward linking on the page in Chromium (LWA mode)', () => {
  let lwa: Stack;
  let voice: Page;
  beforeAll(async () => {
    lwa = await startTestStack({ linkedService: 'lwa', accountLinkingFile: 'accountLinking.lwa.json' });
    voice = await live.browser.newPage({ viewport: PHONE });
  }, STEP_MS);
  afterAll(async () => {
    await voice?.close();
    await lwa?.close();
  });

  it(
    'links by voice for the chosen speaker with the code from the phone panel, and resumes the order',
    async () => {
      await voice.goto(lwa.urls.emulator);
      await voice.getByTestId('speaker').selectOption('Sam');
      await Promise.all([voice.waitForURL(`${lwa.urls.emulator}/`), voice.getByTestId('set-speaker').click()]);
      expect(await say(voice, 'ask ride hailer to order a car to the airport')).toMatch(
        spoken('en-US', 'link.offerForRequest'),
      );
      expect(await say(voice, 'link my account')).toMatch(/^Alexa To link your account, I'll need to share/);
      expect(await say(voice, 'I approve')).toMatch(/^Alexa Sam, to authenticate your request/);
      const code = (await voice.getByTestId('phone-code').first().textContent()) ?? '';
      expect(code).toMatch(/^\d{6}$/);
      await screenshot(voice, 'phone-07-voice-code');
      expect(await say(voice, `my code is ${code}`)).toMatch(spoken('en-US', 'order.confirmAfterLink'));
      await expect(voice.getByTestId('link-state').textContent()).resolves.toBe('Linked');
      await expect(voice.getByTestId('card-linkaccount').count()).resolves.toBe(0);
      expect(await say(voice, 'yes')).toMatch(spoken('en-US', 'order.booked'));
      await screenshot(voice, 'phone-08-voice-linked');
    },
    STEP_MS,
  );
});
