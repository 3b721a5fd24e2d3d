import { SUPPORTED_LOCALES } from '../../../lambda/prompts';
import { CURRENCY, fareFor, MARKETS, marketOfLocale } from '../../../shared/fares';

describe('markets', () => {
  it('are the countries of the locales, with two locales of one country in one market', () => {
    expect(marketOfLocale('hi-IN')).toBe(marketOfLocale('en-IN'));
    expect(marketOfLocale('es-US')).toBe(marketOfLocale('en-US'));
    expect(marketOfLocale('fr-CA')).toBe(marketOfLocale('en-CA'));
    expect(new Set(SUPPORTED_LOCALES.map(marketOfLocale))).toEqual(new Set(MARKETS));
  });

  it('price in the local currency of each market', () => {
    const expected: Record<string, string> = {
      'de-DE': 'EUR',
      'fr-FR': 'EUR',
      'it-IT': 'EUR',
      'es-ES': 'EUR',
      'nl-NL': 'EUR',
      'en-GB': 'GBP',
      'en-IN': 'INR',
      'hi-IN': 'INR',
      'pt-BR': 'BRL',
      'es-MX': 'MXN',
      'en-CA': 'CAD',
      'fr-CA': 'CAD',
      'en-AU': 'AUD',
      'en-US': 'USD',
      'es-US': 'USD',
    };
    for (const locale of SUPPORTED_LOCALES)
      expect([locale, CURRENCY[marketOfLocale(locale)]]).toEqual([locale, expected[locale]]);
  });
});

describe('fareFor', () => {
  it('prices an airport run at plausible local levels (a standard car, in the local currency)', () => {
    const airport = (market: (typeof MARKETS)[number]) => fareFor({ place: 'airport', rideType: 'standard', market });
    expect(airport('US').amount).toBeGreaterThan(20);
    expect(airport('US').amount).toBeLessThan(60);
    expect(airport('IN').amount).toBeGreaterThan(250);
    expect(airport('IN').amount).toBeLessThan(800);
    expect(airport('MX').amount).toBeGreaterThan(150);
    expect(airport('MX').amount).toBeLessThan(500);
    expect(airport('GB').amount).toBeLessThan(airport('DE').amount);
  });

  it('rounds rupees and pesos to whole units and other currencies to ten cents', () => {
    for (const place of ['airport', 'pharmacy', 'stadium', undefined]) {
      expect(Number.isInteger(fareFor({ place, rideType: 'xl', market: 'IN' }).amount)).toBe(true);
      expect(Number.isInteger(fareFor({ place, rideType: 'shared', market: 'MX' }).amount)).toBe(true);
      const euros = fareFor({ place, rideType: 'premium', market: 'DE' }).amount;
      expect(Math.round(euros * 10)).toBeCloseTo(euros * 10, 9);
    }
  });

  it('prices an unresolved destination as a trip across town, one price whatever it is called', () => {
    const unknown = fareFor({ place: undefined, rideType: 'standard', market: 'GB' });
    expect(fareFor({ place: 'no_such_place', rideType: 'standard', market: 'GB' })).toEqual(unknown);
    expect(unknown.amount).toBeLessThan(fareFor({ place: 'airport', rideType: 'standard', market: 'GB' }).amount);
  });
});
