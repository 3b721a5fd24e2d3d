import { describe, expect, it } from '@jest/globals';
import { CATALOGS, format, LANGUAGES, negotiateCatalog } from '../../../../service/oauth/i18n';
import { en } from '../../../../service/oauth/i18n/en';

describe('page language', () => {
  it('speaks the eight languages of the skill', () => {
    expect(LANGUAGES.sort()).toEqual(['de', 'en', 'es', 'fr', 'hi', 'it', 'nl', 'pt']);
  });

  it('every catalog has exactly the English keys, none empty, and declares its own lang', () => {
    for (const [lang, catalog] of Object.entries(CATALOGS)) {
      expect(Object.keys(catalog).sort()).toEqual(Object.keys(en).sort());
      for (const value of Object.values(catalog)) expect(value.trim()).not.toBe('');
      expect(catalog.lang).toBe(lang);
    }
  });

  it('translations differ from English except for the brand name', () => {
    for (const [lang, catalog] of Object.entries(CATALOGS)) {
      if (lang === 'en') continue;
      expect(catalog.loginHeading).not.toBe(en.loginHeading);
      expect(catalog.linkedHeading).not.toBe(en.linkedHeading);
      expect(catalog.appName).toBe('Ride Hailer');
    }
  });

  it('Hindi is written in Devanagari', () => {
    const hi = CATALOGS.hi;
    for (const key of ['loginHeading', 'signIn', 'allow', 'deny', 'linkedHeading', 'invalidCredentials'] as const) {
      expect(hi?.[key]).toMatch(/[\u0900-\u097F]/);
    }
  });

  it('keeps the {name} placeholder in every catalog', () => {
    for (const catalog of Object.values(CATALOGS)) expect(catalog.signedInAs).toContain('{name}');
    expect(format('Hi {name}, {missing}', { name: 'Alex' })).toBe('Hi Alex, {missing}');
  });

  it.each([
    ['de', undefined, 'de'],
    ['fr-CA en', undefined, 'fr'],
    ['xx hi-IN', 'de', 'hi'],
    [undefined, 'nl-NL,nl;q=0.9,en;q=0.8', 'nl'],
    [undefined, 'ja, pt-BR;q=0.5, es;q=0.7', 'es'],
    [undefined, 'it;q=0, de;q=0.1', 'de'],
    ['xx', 'ja', 'en'],
    [undefined, undefined, 'en'],
    [42, 'fr', 'fr'],
    ['__proto__', 'constructor', 'en'],
    ['toString', '__proto__, de;q=0.5', 'de'],
  ])('ui_locales %p with Accept-Language %p picks %s', (uiLocales, acceptLanguage, expected) => {
    expect(negotiateCatalog(uiLocales, acceptLanguage).lang).toBe(expected);
  });
});
