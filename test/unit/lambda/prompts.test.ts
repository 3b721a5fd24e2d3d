import { fragment, money, resolveLocale, t } from '../../../lambda/prompts';

describe('t', () => {
  it('escapes interpolated values for SSML exactly once', () => {
    expect(t('en-US', 'launch.welcome', { name: 'A&B <c> "d"' })).toBe(
      'Welcome back, A&amp;B &lt;c&gt; &quot;d&quot;. You can order a car, ask where your ride is, or check a fare. What would you like?',
    );
  });

  it('does not escape a nested fragment again', () => {
    const eta = fragment('en-US', 'minutes', { count: 3 });
    expect(t('en-US', 'fare.estimate', { rideType: 'a car', destination: 'R&D', fare: '$1.00', eta })).toBe(
      'The fare for a car to R&amp;D is about $1.00, and a driver can pick you up in 3 minutes.',
    );
  });

  it('chooses plural forms with the locale’s rules', () => {
    expect(t('en-US', 'minutes', { count: 1 })).toBe('one minute');
    expect(t('en-US', 'minutes', { count: 12 })).toBe('12 minutes');
    expect(t('de-DE', 'minutes', { count: 12 })).toMatch(/^12 /);
  });

  it('falls back to en-US for an unknown or missing locale, in one place', () => {
    expect(resolveLocale('ja-JP')).toBe('en-US');
    expect(resolveLocale(undefined)).toBe('en-US');
    expect(resolveLocale('DE-de')).toBe('de-DE');
    expect(t('sv-SE', 'goodbye')).toBe(t('en-US', 'goodbye'));
  });

  it('uses the language catalog for every regional locale', () => {
    expect(t('es-MX', 'goodbye')).toBe(t('es-ES', 'goodbye'));
    expect(t('fr-CA', 'goodbye')).not.toBe(t('en-US', 'goodbye'));
  });
});

describe('money', () => {
  it('formats for the listener’s locale', () => {
    expect(money('en-US', 23.5, 'USD')).toBe('$23.50');
    expect(money('de-DE', 23.5, 'EUR')).toBe('23,50\u00a0€');
  });
});
