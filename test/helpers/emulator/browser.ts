import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

export { DESKTOP, launchChromium, PHONE } from '../chromium';

const ARTIFACTS = join('test-artifacts', 'emulator');

/** Saves a full-page screenshot under test-artifacts/emulator (git-ignored). */
export async function screenshot(page: Page, name: string): Promise<void> {
  await mkdir(ARTIFACTS, { recursive: true });
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
}
