import { pageText } from '../../../emulator/http/pages/i18n';
import { CATALOGS as SERVICE_PAGES } from '../../../service/oauth/i18n';
import { STEP_MS, screenshot, submitServiceSignIn, usePhonePage } from '../../helpers/emulator/browser';
import { startTestStack } from '../../helpers/emulator/stack';

const german = pageText('de-DE');

const live = usePhonePage(() => startTestStack(), { locale: 'de-DE' });

describe('a German user in Chromium', () => {
  it(
    'reads the Alexa app page, the card and the sign-in pages in German, with Sie throughout',
    async () => {
      const { page, stack } = live;
      await fetch(`${stack.urls.emulator}/api/locale`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ locale: 'de-DE' }),
      });
      await page.goto(stack.urls.emulator);
      await expect(page.getByTestId('utterance').getAttribute('placeholder')).resolves.toBe('öffne ride hailer');
      await page.getByTestId('utterance').fill('frag ride hailer wo ist mein taxi');
      await Promise.all([page.waitForURL(/#talk$/), page.getByTestId('say').click()]);
      const card = page.getByTestId('card-linkaccount');
      await expect(card.locator('strong').textContent()).resolves.toBe('Verknüpfen Sie Ihr Konto bei Ride Hailer');
      await screenshot(page, 'de-01-card');
      await page.getByTestId('card-link').click();
      await page.waitForURL((url) => url.origin === stack.urls.service);
      await expect(page.locator('h1').textContent()).resolves.toBe(SERVICE_PAGES.de?.loginHeading);
      await submitServiceSignIn(page);
      await page.waitForSelector('button[value=deny]');
      await expect(page.locator('h1').textContent()).resolves.toBe(SERVICE_PAGES.de?.consentHeading);
      await screenshot(page, 'de-02-consent');
    },
    STEP_MS,
  );

  it(
    'after "Nicht erlauben" hears in plain words that they chose not to link, the trace folded away',
    async () => {
      const { page, stack } = live;
      await page.click('button[value=deny]');
      await page.waitForURL((url) => url.toString().startsWith(stack.redirectUri), { timeout: 15_000 });
      const failure = page.getByTestId('link-failure');
      await expect(failure.locator('h1').textContent()).resolves.toBe(
        german.failedHeading.replace('{skill}', 'Ride Hailer'),
      );
      await expect(page.getByTestId('link-failure-reason').textContent()).resolves.toBe(
        german.failedDenied.replace('{skill}', 'Ride Hailer'),
      );
      await expect(page.getByTestId('link-trace').isVisible()).resolves.toBe(false);
      await expect(page.locator('details summary').textContent()).resolves.toBe(german.technicalDetails);
      await expect(page.getByTestId('back-to-skill').textContent()).resolves.toBe(german.done);
      await screenshot(page, 'de-03-denied');
    },
    STEP_MS,
  );
});
