import { PAGE_TEXT } from '../../emulator/http/pages/i18n';
import { words } from '../../emulator/nlu/normalize';
import { CATALOGS as SKILL } from '../../lambda/prompts/catalogs';
import { CATALOGS as SERVICE_PAGES } from '../../service/oauth/i18n';
import { modelLocales, readModel } from './skillPackage';

/**
 * Words that only the other form of address uses, per language (lambda/prompts/REGISTER.md): none of them may
 * appear in the skill's speech, the service's pages, the emulator's pages or the model's prompts.
 */
const OTHER_REGISTER: Record<string, string[]> = {
  de: ['du', 'dich', 'dir', 'dein', 'deine', 'deinen', 'deinem', 'deiner', 'deines'],
  fr: ['tu', 'toi', 'ton', 'ta', 'tes'],
  nl: ['u', 'uw'],
  it: ['ti', 'tuo', 'tua', 'tuoi', 'tue', 'vuoi', 'puoi', 'sei'],
  es: ['tu', 'tus', 'te', 'ti', 'contigo', 'quieres', 'puedes'],
  pt: ['tu', 'teu', 'tua', 'teus', 'tuas', 'senhor', 'senhora'],
  hi: ['तुम', 'तुम्हें', 'तुम्हारा', 'तुम्हारी', 'तुम्हारे', 'तू', 'तेरा'],
};

/** Texts a user reads or hears, without the commands quoted for them to say (those keep the users' own form). */
function spokenTo(values: Iterable<unknown>): string[] {
  const texts: string[] = [];
  for (const value of values) {
    if (typeof value === 'string') texts.push(value.replace(/[„«“"][^“»”"]*[“»”"]/g, ' '));
    else if (value !== null && typeof value === 'object') texts.push(...spokenTo(Object.values(value)));
  }
  return texts;
}

function slips(language: string, texts: string[]): string[] {
  const forbidden = new Set(OTHER_REGISTER[language]);
  return texts.filter((text) => words(text).tokens.some((token) => forbidden.has(token.norm)));
}

const modelPrompts = (language: string) =>
  modelLocales()
    .filter((locale) => locale.startsWith(language))
    .flatMap((locale) => (readModel(locale).interactionModel.prompts ?? []).flatMap((p) => p.variations ?? []))
    .map((variation) => variation.value);

describe.each(Object.keys(OTHER_REGISTER))('one form of address in %s', (language) => {
  it('in the skill’s speech', () => {
    expect(slips(language, spokenTo(Object.values(SKILL[language] ?? {})))).toEqual([]);
  });

  it('on the login and consent pages', () => {
    expect(slips(language, spokenTo(Object.values(SERVICE_PAGES[language] ?? {})))).toEqual([]);
  });

  it('on the emulator’s pages', () => {
    expect(slips(language, spokenTo(Object.values(PAGE_TEXT[language] ?? {})))).toEqual([]);
  });

  it('in the voice model’s prompts', () => {
    const prompts = modelPrompts(language);
    expect(prompts.length).toBeGreaterThan(0);
    expect(slips(language, prompts)).toEqual([]);
  });

  it('names the deny button of the consent page the same way on the emulator’s failure page', () => {
    expect(PAGE_TEXT[language]?.failedDenied).toContain(SERVICE_PAGES[language]?.deny);
  });
});
