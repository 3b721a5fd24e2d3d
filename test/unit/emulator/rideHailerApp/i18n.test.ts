import { APP_CATALOGS, appCatalog } from '../../../../emulator/rideHailerApp/i18n';
import { en } from '../../../../emulator/rideHailerApp/i18n/en';

describe('the Ride Hailer app stand-in’s screens', () => {
  it('speak the eight languages with exactly the English keys, none empty, each declaring its language', () => {
    expect(Object.keys(APP_CATALOGS).sort()).toEqual(['de', 'en', 'es', 'fr', 'hi', 'it', 'nl', 'pt']);
    for (const [lang, catalog] of Object.entries(APP_CATALOGS)) {
      expect(Object.keys(catalog).sort()).toEqual(Object.keys(en).sort());
      for (const text of Object.values(catalog)) expect(text.trim()).not.toBe('');
      expect(catalog.lang).toBe(lang);
      expect(catalog.signedInAs).toContain('{name}');
      if (lang !== 'en') {
        expect(catalog.consentHeading).not.toBe(en.consentHeading);
        expect(catalog.linkWithAlexa).not.toBe(en.linkWithAlexa);
      }
    }
    for (const key of ['consentHeading', 'allow', 'deny', 'linkedHeading', 'wrongState'] as const) {
      expect(APP_CATALOGS.hi?.[key]).toMatch(/[\u0900-\u097F]/);
    }
  });

  it('follow the device locale, with English for any other', () => {
    expect(appCatalog('pt-BR').lang).toBe('pt');
    expect(appCatalog('hi-IN').lang).toBe('hi');
    expect(appCatalog('ja-JP').lang).toBe('en');
  });
});
