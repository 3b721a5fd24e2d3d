import { de } from './de';
import { en, type PageText } from './en';
import { es } from './es';
import { fr } from './fr';
import { hi } from './hi';
import { it } from './it';
import { nl } from './nl';
import { pt } from './pt';

export type { PageText } from './en';

/** Page text per language, keyed by primary language subtag. */
export const PAGE_TEXT: Readonly<Record<string, PageText>> = { en, de, fr, nl, it, pt, es, hi };

/** The page text for the user's Alexa locale ("de-DE" → German); other languages get English. */
export function pageText(locale: string): PageText {
  return PAGE_TEXT[locale.slice(0, 2).toLowerCase()] ?? en;
}

/** Fills `{skill}`; the result is plain text, escaped for HTML by the caller. */
export function withSkill(text: string, skill: string): string {
  return text.replaceAll('{skill}', skill);
}

/** Fills `{invocation}` with the skill's invocation name in the user's locale. */
export function withInvocation(text: string, invocation: string): string {
  return text.replaceAll('{invocation}', invocation);
}
