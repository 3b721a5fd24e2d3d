import { STEP_MS, say, screenshot, usePhonePage } from '../../helpers/emulator/browser';
import { spoken } from '../../helpers/emulator/catalog';
import { startTestStack } from '../../helpers/emulator/stack';

const live = usePhonePage(() => startTestStack());

/** Presses a form button that posts and comes back to the page. */
async function press(testId: string): Promise<void> {
  const { page, stack } = live;
  await Promise.all([page.waitForURL(`${stack.urls.emulator}/`), page.getByTestId(testId).click()]);
}

async function linkAndOrder(): Promise<string> {
  const { page } = live;
  await press('link-headless');
  await expect(page.getByTestId('link-state').textContent()).resolves.toBe('Linked');
  expect(await say(page, 'order a car to the airport')).toMatch(spoken('en-US', 'order.confirm'));
  return say(page, 'yes');
}

describe('Reset demo on the Alexa app page in Chromium', () => {
  it(
    'starts the demo over, so ordering the same car books a ride instead of finding one on the way',
    async () => {
      const { page, stack } = live;
      await page.goto(stack.urls.emulator);
      expect(await linkAndOrder()).toMatch(spoken('en-US', 'order.booked'));
      expect(await say(page, 'order a car to the airport')).toMatch(spoken('en-US', 'order.conflict'));

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
