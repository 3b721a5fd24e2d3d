import { escapeXmlCharacters } from 'ask-sdk-core';
import type { Catalog, MessageKey, PluralMessage } from './catalog';
import { en } from './en';
import { languageCatalog } from './languages';

export type { Catalog, MessageKey } from './catalog';

/** The 15 Alexa locales the skill ships (skill.json, interaction models and catalogs must agree). */
export const SUPPORTED_LOCALES = [
  'en-US',
  'en-GB',
  'en-IN',
  'en-CA',
  'en-AU',
  'de-DE',
  'fr-FR',
  'fr-CA',
  'nl-NL',
  'it-IT',
  'pt-BR',
  'es-ES',
  'es-MX',
  'es-US',
  'hi-IN',
] as const;
export type SupportedLocale = (typeof SUPPORTED_LOCALES)[number];
export const FALLBACK_LOCALE: SupportedLocale = 'en-US';

/** Text that is already SSML-safe and must not be escaped again. */
export interface Ssml {
  readonly ssml: string;
}

export type MessageVars = Record<string, string | number | Ssml>;

/**
 * The supported locale for a request locale; anything unknown, missing or not a string at all (published test
 * envelopes carry `null` and `"string"`) falls back to en-US — in this one place.
 */
export function resolveLocale(locale: unknown): SupportedLocale {
  if (typeof locale !== 'string') return FALLBACK_LOCALE;
  const match = SUPPORTED_LOCALES.find((l) => l.toLowerCase() === locale.toLowerCase());
  return match ?? FALLBACK_LOCALE;
}

/** A locale uses its language's catalog; English is always at hand, the others are loaded on first use. */
function catalogFor(locale: SupportedLocale): Catalog {
  const language = locale.slice(0, 2);
  return language === 'en' ? en : (languageCatalog(language) ?? en);
}

/** Intl objects are costly to build and immutable: one per locale (and currency), made on first use. */
function cached<T>(make: (key: string) => T): (key: string) => T {
  const made = new Map<string, T>();
  return (key) => {
    let value = made.get(key);
    if (value === undefined) {
      value = make(key);
      made.set(key, value);
    }
    return value;
  };
}
const pluralRules = cached((locale) => new Intl.PluralRules(locale));
const numberFormat = cached((locale) => new Intl.NumberFormat(locale));
const currencyFormat = cached((key) => {
  const [locale, currency] = key.split('|');
  return new Intl.NumberFormat(locale, { style: 'currency', currency });
});

function pick(message: string | PluralMessage, locale: SupportedLocale, vars: MessageVars): string {
  if (typeof message === 'string') return message;
  const count = typeof vars.count === 'number' ? vars.count : Number.NaN;
  const form = pluralRules(locale).select(count) as keyof PluralMessage;
  return message[form] ?? message.other;
}

function render(value: string | number | Ssml, locale: SupportedLocale): string {
  if (typeof value === 'object') return value.ssml;
  if (typeof value === 'number') return numberFormat(locale).format(value);
  return escapeXmlCharacters(value);
}

/** A message as SSML-safe text fragment, for nesting into another message without escaping twice. */
export function fragment(locale: string | undefined, key: MessageKey, vars: MessageVars = {}): Ssml {
  const supported = resolveLocale(locale);
  const template = pick(catalogFor(supported)[key], supported, vars);
  const ssml = escapeXmlCharacters(template).replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = vars[name];
    return value === undefined ? whole : render(value, supported);
  });
  return { ssml };
}

/** Looks up `key` for the locale, fills in `vars` (each escaped for SSML exactly once) and returns speech. */
export function t(locale: string | undefined, key: MessageKey, vars: MessageVars = {}): string {
  return fragment(locale, key, vars).ssml;
}

/** Formats money for speech in the locale, e.g. "$23.50" or "23,50 $". */
export function money(locale: string | undefined, amount: number, currency: string): string {
  return currencyFormat(`${resolveLocale(locale)}|${currency}`).format(amount);
}
