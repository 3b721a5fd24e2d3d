import type { Catalog } from './catalog';
import { CATALOGS } from './catalogs';

/**
 * The catalog of a language other than English (the fallback, always loaded), or undefined for one the skill does
 * not speak. The skill bundle replaces this module (scripts/build.mjs): there each language is a file of its own,
 * required the first time a request speaks it, so a cold start parses one catalog, not eight.
 */
export function languageCatalog(language: string): Catalog | undefined {
  return CATALOGS[language];
}
