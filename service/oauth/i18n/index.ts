import { de } from './de';
import { type Catalog, en } from './en';
import { es } from './es';
import { fr } from './fr';
import { hi } from './hi';
import { it } from './it';
import { nl } from './nl';
import { pt } from './pt';

export type { Catalog } from './en';

/** The languages the pages speak, keyed by primary language subtag (BCP 47). */
export const CATALOGS: Readonly<Record<string, Catalog>> = { en, de, fr, nl, it, pt, es, hi };

/** Supported language tags, for tests and documentation. */
export const LANGUAGES = Object.keys(CATALOGS);

function primary(tag: string): string {
  return tag.trim().toLowerCase().split('-')[0] ?? '';
}

function fromAcceptLanguage(header: string): string | undefined {
  const ranked = header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const weight = q === undefined ? 1 : Number(q.slice(2));
      return { lang: primary(tag), weight: Number.isFinite(weight) ? weight : 0, index };
    })
    .filter((entry) => entry.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  return ranked.find((entry) => Object.hasOwn(CATALOGS, entry.lang))?.lang;
}

/**
 * Picks the page language: the first supported tag of OIDC `ui_locales` (space-separated), else the best
 * `Accept-Language` match (RFC 9110 §12.5.4), else English.
 */
export function negotiateCatalog(uiLocales: unknown, acceptLanguage: string | undefined): Catalog {
  if (typeof uiLocales === 'string') {
    const match = uiLocales
      .split(/\s+/)
      .map(primary)
      .find((lang) => Object.hasOwn(CATALOGS, lang));
    if (match) return CATALOGS[match] ?? en;
  }
  const fromHeader = acceptLanguage ? fromAcceptLanguage(acceptLanguage) : undefined;
  return (fromHeader && CATALOGS[fromHeader]) || en;
}

/** Fills `{name}` placeholders; values are inserted raw, so callers escape the result for HTML once. */
export function format(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}
