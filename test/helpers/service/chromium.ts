import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium as launchSharedChromium } from '../chromium';

/** Where screenshots go: git-ignored, never committed. */
export const ARTIFACTS = join(process.cwd(), 'test-artifacts', 'service');

/** Headless Chromium for the service's page tests, with the screenshot folder in place. */
export async function launchChromium(): Promise<Browser> {
  mkdirSync(ARTIFACTS, { recursive: true });
  return launchSharedChromium();
}

/** WCAG 2.x contrast ratio of two `rgb(...)` colours. */
export function contrastRatio(foreground: string, background: string): number {
  const luminance = (rgb: string) => {
    const [r = 0, g = 0, b = 0] = (rgb.match(/\d+(\.\d+)?/g) ?? []).map(Number).map((v) => {
      const c = v / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [light, dark] = [luminance(foreground), luminance(background)].sort((a, b) => b - a);
  return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
}
