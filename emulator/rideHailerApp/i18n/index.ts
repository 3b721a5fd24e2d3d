import { de } from './de';
import { type AppCatalog, en } from './en';
import { es } from './es';
import { fr } from './fr';
import { hi } from './hi';
import { it } from './it';
import { nl } from './nl';
import { pt } from './pt';

export type { AppCatalog } from './en';

/** The app's screens in the eight languages of the skill, keyed by primary language subtag. */
export const APP_CATALOGS: Readonly<Record<string, AppCatalog>> = { en, de, fr, nl, it, pt, es, hi };

/** The catalog for a device locale such as `de-DE`; English for anything else. */
export function appCatalog(locale: string): AppCatalog {
  return APP_CATALOGS[locale.slice(0, 2).toLowerCase()] ?? en;
}

/** Fills `{name}` placeholders; callers escape the result for HTML once. */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}
