import { STEP_MS, say, screenshot, submitServiceSignIn, usePhonePage } from '../../helpers/emulator/browser';
import { spoken } from '../../helpers/emulator/catalog';
import { startTestStack } from '../../helpers/emulator/stack';

const live = usePhonePage(() => startTestStack());

/** Signs in on the service's real login page (the Ride Hailer app's sign-in tab). */
async function signInOnServicePage(): Promise<void> {
  const { page, stack } = live;
  await page.waitForURL((url) => url.origin === stack.urls.service);
  await submitServiceSignIn(page);
}

/** Books a ride by voice and expects the booking. */
async function booksARide(): Promise<void> {
  const { page, stack } = live;
  await page.goto(stack.urls.emulator);
  expect(await say(page, 'ask ride hailer to order a car to the airport')).toMatch(spoken('en-US', 'order.confirm'));
  expect(await say(page, 'yes')).toMatch(spoken('en-US', 'order.booked'));
}

describe('app-to-app linking in Chromium at phone size', () => {
  it(
    'from the Alexa app: Link account opens the Ride Hailer app, which signs in once and asks for consent',
    async () => {
      const { page, stack } = live;
      await page.goto(stack.urls.emulator);
      await Promise.all([
        page.waitForURL(`${stack.urls.emulator}/`),
        page.getByTestId('toggle-ride-hailer-app').click(),
      ]);
      await expect(page.getByTestId('ride-hailer-app-state').textContent()).resolves.toBe('Ride Hailer app');
      await screenshot(page, 'phone-a2a-00-alexa-app-with-ride-hailer-app');
      await page.getByTestId('link').click();
      await signInOnServicePage();
      await page.waitForSelector('[data-testid="app-allow"]');
      expect(new URL(page.url()).pathname).toBe('/app/alexa/authorize');
      await expect(page.locator('h1').textContent()).resolves.toBe('Let Alexa use your Ride Hailer account?');
      await screenshot(page, 'phone-a2a-01-app-consent');
      await page.getByTestId('app-allow').click();
      await page.waitForURL((url) => url.toString().startsWith(stack.redirectUri));
      expect(new URL(page.url()).searchParams.get('source')).toBe('app');
      await expect(page.getByTestId('link-success').locator('h1').textContent()).resolves.toBe(
        'Ride Hailer has been successfully linked.',
      );
      await screenshot(page, 'phone-a2a-02-linked-from-alexa-app');
      await booksARide();
    },
    STEP_MS,
  );

  it(
    'from the Ride Hailer app: Link with Alexa, the Alexa app’s consent, linked status, then unlink',
    async () => {
      const { page, stack } = live;
      await page.goto(stack.urls.emulator);
      await Promise.all([page.waitForURL(`${stack.urls.emulator}/`), page.getByTestId('reset-demo').click()]);
      await expect(page.getByTestId('link-state').textContent()).resolves.toBe('Not linked');
      await page.goto(`${stack.urls.emulator}/app/`);
      await page.getByTestId('app-sign-in').click();
      await signInOnServicePage();
      await page.waitForSelector('[data-testid="app-link-alexa"]');
      await expect(page.getByTestId('app-link-status').textContent()).resolves.toBe(
        'Ride Hailer is not linked with Alexa.',
      );
      await screenshot(page, 'phone-a2a-03-app-settings');
      await page.getByTestId('app-link-alexa').click();
      await page.waitForSelector('[data-testid="alexa-app-allow"]');
      await screenshot(page, 'phone-a2a-04-alexa-app-consent');
      await page.getByTestId('alexa-app-allow').click();
      await page.waitForSelector('[data-testid="app-linked"]');
      expect(new URL(page.url()).pathname).toBe('/app/alexa/linked');
      await screenshot(page, 'phone-a2a-05-linked-from-app');
      await page.getByTestId('app-back').click();
      await expect(page.getByTestId('app-link-status').textContent()).resolves.toBe(
        'Ride Hailer is linked with Alexa.',
      );
      await booksARide();
      await expect(page.getByTestId('link-state').textContent()).resolves.toBe('Linked');
      await page.goto(`${stack.urls.emulator}/app/`);
      await page.getByTestId('app-unlink').click();
      await page.waitForSelector('[data-testid="app-unlinked"]');
      await screenshot(page, 'phone-a2a-06-unlinked');
      await page.goto(stack.urls.emulator);
      await expect(page.getByTestId('link-state').textContent()).resolves.toBe('Not linked');
      await expect(page.getByTestId('enabled-state').textContent()).resolves.toBe('Not enabled');
    },
    STEP_MS,
  );
});
