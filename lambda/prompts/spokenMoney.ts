import { money, resolveLocale, type SupportedLocale } from './index';

/** A currency's spoken name, singular and plural, for the locales that say it as a word. */
interface CurrencyName {
  one: string;
  other: string;
}

/**
 * Where an amount is spoken as digits plus the currency's name rather than with its symbol: the peso shares "$"
 * with the US dollar (a bare "$" would be heard as dollars), and "₹" is said as a word by Indian speakers in both
 * languages. Elsewhere the locale's own symbol ("€", "£", "R$", "$" at home) is what text-to-speech reads natively.
 */
const SPOKEN_NAMES: Partial<Record<SupportedLocale, Readonly<Record<string, CurrencyName>>>> = {
  'es-MX': { MXN: { one: 'peso', other: 'pesos' } },
  'en-IN': { INR: { one: 'rupee', other: 'rupees' } },
  'hi-IN': { INR: { one: 'रुपया', other: 'रुपये' } },
};

const plainNumber = new Map<string, Intl.NumberFormat>();
const pluralRules = new Map<string, Intl.PluralRules>();

function formatted(locale: SupportedLocale, amount: number): string {
  let format = plainNumber.get(locale);
  if (format === undefined) {
    format = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
    plainNumber.set(locale, format);
  }
  return format.format(amount);
}

function pluralOf(locale: SupportedLocale, amount: number): 'one' | 'other' {
  let rules = pluralRules.get(locale);
  if (rules === undefined) {
    rules = new Intl.PluralRules(locale);
    pluralRules.set(locale, rules);
  }
  return rules.select(amount) === 'one' ? 'one' : 'other';
}

/** An amount for speech: digits, with the currency named as a native speaker of the locale names it. */
export function spokenMoney(locale: string | undefined, amount: number, currency: string): string {
  const supported = resolveLocale(locale);
  const name = SPOKEN_NAMES[supported]?.[currency];
  if (name === undefined) return money(supported, amount, currency);
  return `${formatted(supported, amount)} ${name[pluralOf(supported, amount)]}`;
}
