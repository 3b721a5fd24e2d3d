import { SUPPORTED_LOCALES, t } from '../../lambda/prompts';
import { readModel } from './skillPackage';

/** The words each language's speech tells users to say to link, written out here. */
const LINK_PHRASE: Record<string, string> = {
  en: 'link my account',
  de: 'Verknüpfe mein Konto',
  fr: 'associe mon compte',
  nl: 'koppel mijn account',
  it: 'collega il mio account',
  pt: 'vincula minha conta',
  es: 'vincula mi cuenta',
  hi: 'मेरा अकाउंट लिंक करो',
};

const KEYS = ['launch.unlinked', 'launch.unlinkedReprompt', 'link.offer', 'link.offerForRequest', 'link.offerReprompt'];

describe.each(SUPPORTED_LOCALES)('what %s speech tells users to say to link', (locale) => {
  const phrase = LINK_PHRASE[locale.slice(0, 2)] as string;

  it('is in every message that explains how to link', () => {
    for (const key of KEYS)
      expect([key, t(locale, key as Parameters<typeof t>[1])]).toEqual([key, expect.stringContaining(phrase)]);
  });

  it('is a sample of LinkAccountIntent in the locale’s model, so Alexa understands it', () => {
    const intent = readModel(locale).interactionModel.languageModel.intents.find((i) => i.name === 'LinkAccountIntent');
    expect(intent?.samples?.map((sample) => sample.toLowerCase())).toContain(phrase.toLowerCase());
  });
});

describe('the English offer to link by voice (certification wording)', () => {
  it.each(['link.offer', 'link.offerForRequest'] as const)(
    '%s says what linking gives and asks for no credentials',
    (key) => {
      expect(t('en-US', key)).toMatch(/book rides/);
      expect(t('en-US', key)).not.toMatch(/password|credential|sign in|log in|relink|disable|settings/i);
    },
  );
});
