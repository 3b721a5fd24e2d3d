import { FALLBACK_INTENT } from '../../emulator/nlu/LocaleNlu';
import { Nlu } from '../../emulator/nlu/Nlu';
import { type MessageKey, SUPPORTED_LOCALES } from '../../lambda/prompts';
import { CATALOGS } from '../../lambda/prompts/catalogs';

const nlu = new Nlu();

/** Messages that tell the user one thing to say, after a colon. */
const SUGGESTING: MessageKey[] = [
  'launch.reprompt',
  'fallback.reprompt',
  'status.none',
  'help.text',
  'launch.unlinked',
];

/** Every "…: <phrase>." in a message: the words after a colon up to the end of their sentence. */
function suggestions(message: string): string[] {
  return [...message.matchAll(/:\s*([^.?!।]+)/g)].map((match) => (match[1] ?? '').replace(/^¿/, '').trim());
}

describe.each(SUPPORTED_LOCALES)('what the skill tells %s users to say', (locale) => {
  it('is understood as one of the skill’s own intents', async () => {
    const understanding = await nlu.forLocale(locale);
    const catalog = CATALOGS[locale.slice(0, 2)] as unknown as Record<string, string>;
    const phrases = SUGGESTING.flatMap((key) => suggestions(catalog[key] ?? ''));
    expect(phrases.length).toBeGreaterThanOrEqual(SUGGESTING.length);
    for (const phrase of phrases) {
      const intent = understanding.resolve(phrase).name;
      expect([phrase, intent === FALLBACK_INTENT || intent.startsWith('AMAZON.')]).toEqual([phrase, false]);
    }
  });
});
