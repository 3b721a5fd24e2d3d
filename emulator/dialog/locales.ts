import { SUPPORTED_LOCALES } from '../../lambda/prompts';

/** Whether a locale is one of the 15 the skill ships. */
export function isSupportedLocale(locale: string): boolean {
  return (SUPPORTED_LOCALES as readonly string[]).includes(locale);
}
