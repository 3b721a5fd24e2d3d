import { PAGE_TEXT, pageText } from '../../../emulator/http/pages/i18n';
import { linkResultPage } from '../../../emulator/http/pages/linkResultPage';
import { skillPage } from '../../../emulator/http/pages/skillPage';
import type { Snapshot } from '../../../emulator/http/snapshot';
import { newTrace } from '../../../emulator/linking/trace';

const LOCALES = ['en-US', 'de-DE', 'fr-FR', 'nl-NL', 'it-IT', 'pt-BR', 'es-MX', 'hi-IN'];

function state(locale: string): Snapshot {
  return {
    skill: {
      id: 'amzn1.ask.skill.test',
      name: 'Ride Hailer',
      vendorId: 'M2RIDEHAILER',
      linking: 'available',
      locales: LOCALES,
      invocationNames: Object.fromEntries(LOCALES.map((locale) => [locale, 'ride hailer'])),
      byline: 'Ride Hailer Inc. · Ride Hailer account',
    },
    user: { userId: 'u', enabled: true, locale, inSession: false },
    link: { linked: false },
    cards: [{ type: 'LinkAccount' } as Snapshot['cards'][number]],
    transcript: [],
    household: {
      members: ['Alex', 'Sam'],
      speaker: 'Alex',
      personalLinks: [],
      phone: [],
      device: 'dot',
      devices: [
        { kind: 'dot', label: 'Echo Dot' },
        { kind: 'show', label: 'Echo Show' },
      ],
      screen: { show: 'home' },
      personalization: true,
    },
    locales: LOCALES,
  };
}

const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;/g, "'")
    .replace(/&#34;/g, '"');

describe('the emulated Alexa app page speaks the user’s language', () => {
  it.each(LOCALES)('%s: card text, placeholder, buttons and page language', (locale) => {
    const page = skillPage(state(locale));
    const words = pageText(locale);
    expect(page).toContain(`<html lang="${words.lang}">`);
    expect(page).toContain(`placeholder="${words.placeholder.replace('{invocation}', 'ride hailer')}"`);
    expect(text(page)).toContain(words.cardTitle.replace('{skill}', 'Ride Hailer'));
    expect(text(page)).toContain(words.cardBody.replace('{skill}', 'Ride Hailer'));
    for (const button of [words.say, words.newSession, words.link, words.disable]) expect(text(page)).toContain(button);
    if (locale !== 'en-US') expect(text(page)).not.toMatch(/Link your|Talk to Alexa|New session|Disable skill/);
  });

  it('has every text in all eight languages, each different from English where a user reads it', () => {
    expect(Object.keys(PAGE_TEXT).sort()).toEqual(['de', 'en', 'es', 'fr', 'hi', 'it', 'nl', 'pt']);
    for (const [language, words] of Object.entries(PAGE_TEXT)) {
      if (language === 'en') continue;
      expect([language, words.cardTitle]).not.toEqual([language, PAGE_TEXT.en?.cardTitle]);
      expect([language, words.failedDenied]).not.toEqual([language, PAGE_TEXT.en?.failedDenied]);
    }
  });
});

describe('the link result page', () => {
  it.each(LOCALES)('%s: "Don’t allow" is told in plain words, the trace folded away', (locale) => {
    const trace = { ...newTrace('browser'), redirectError: 'access_denied', outcome: 'error=access_denied' };
    const page = linkResultPage(trace, 'Ride Hailer', locale);
    const words = pageText(locale);
    expect(text(page)).toContain(words.failedHeading.replace('{skill}', 'Ride Hailer'));
    expect(text(page)).toContain(words.failedDenied.replace('{skill}', 'Ride Hailer'));
    expect(page).toMatch(/<details><summary>[^<]+<\/summary><pre data-testid="link-trace">/);
    expect(page).not.toContain('<details open');
  });

  it('explains any other failure without claiming the user said no', () => {
    const page = linkResultPage(
      { ...newTrace('browser'), outcome: 'the redirect carries no code' },
      'Ride Hailer',
      'de-DE',
    );
    expect(text(page)).toContain(pageText('de-DE').failedOther);
    expect(text(page)).not.toContain('Nicht erlauben');
  });

  it('says the account is linked, in the user’s language', () => {
    const page = linkResultPage({ ...newTrace('browser'), linked: true, outcome: 'linked' }, 'Ride Hailer', 'hi-IN');
    expect(text(page)).toContain('Ride Hailer सफलतापूर्वक लिंक हो गया है।');
  });
});
