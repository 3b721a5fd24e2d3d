import { negotiateCatalog } from '../../oauth/i18n';
import { de } from './de';
import { en, type Messages } from './en';
import { es } from './es';
import { fr } from './fr';
import { hi } from './hi';
import { it } from './it';
import { nl } from './nl';
import { pt } from './pt';

export type { Messages } from './en';

/** The app's error messages in the eight languages of the pages, keyed by primary language subtag. */
export const MESSAGES: Readonly<Record<string, Messages>> = { en, de, fr, nl, it, pt, es, hi };

/** The message for an error code in the language `Accept-Language` asks for (the pages' negotiation), else English. */
export function messageFor(code: string, acceptLanguage: string | undefined): string | undefined {
  const messages = MESSAGES[negotiateCatalog(undefined, acceptLanguage).lang] ?? en;
  return (messages as Record<string, string>)[code];
}
