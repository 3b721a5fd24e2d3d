/**
 * Where a ride is priced: the country of the Alexa locale. en-IN and hi-IN are one market (India), en-US and
 * es-US one (the US), en-CA and fr-CA one (Canada). Pure data, imported by the skill and the service alike.
 */
export const MARKETS = ['US', 'GB', 'IN', 'CA', 'AU', 'DE', 'FR', 'IT', 'ES', 'NL', 'BR', 'MX'] as const;
export type Market = (typeof MARKETS)[number];

/** The market a request is priced in when it names none (the rides API before markets existed). */
export const DEFAULT_MARKET: Market = 'US';

/** ISO 4217 currency of each market. */
export const CURRENCY: Readonly<Record<Market, string>> = {
  US: 'USD',
  GB: 'GBP',
  IN: 'INR',
  CA: 'CAD',
  AU: 'AUD',
  DE: 'EUR',
  FR: 'EUR',
  IT: 'EUR',
  ES: 'EUR',
  NL: 'EUR',
  BR: 'BRL',
  MX: 'MXN',
};

/** Whether a value names a market (case-sensitive, as in the API). */
export function isMarket(value: unknown): value is Market {
  return typeof value === 'string' && (MARKETS as readonly string[]).includes(value);
}

/** The market of a locale ("hi-IN" → IN); a locale of no market we price in gets the default. */
export function marketOfLocale(locale: string): Market {
  const country = locale.split('-')[1]?.toUpperCase();
  return isMarket(country) ? country : DEFAULT_MARKET;
}
