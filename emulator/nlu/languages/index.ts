import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { hi } from './hi';
import { it } from './it';
import { nl } from './nl';
import { pt } from './pt';
import type { LanguagePack } from './types';

export type { LanguagePack } from './types';

const PACKS: Readonly<Record<string, LanguagePack>> = { en, de, fr, nl, it, pt, es, hi };

/** The language pack for a locale ("de-DE" → German); unknown languages get English. */
export function languagePack(locale: string): LanguagePack {
  return PACKS[locale.slice(0, 2).toLowerCase()] ?? en;
}
