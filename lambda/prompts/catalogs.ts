import type { Catalog } from './catalog';
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { hi } from './hi';
import { it } from './it';
import { nl } from './nl';
import { pt } from './pt';

/**
 * Every language's catalog, by language code. For tests and tools: the skill itself loads only the catalog of
 * the language a request speaks (languages.ts).
 */
export const CATALOGS: Readonly<Record<string, Catalog>> = { en, de, fr, nl, it, pt, es, hi };
