import { FALLBACK_INTENT } from '../../emulator/nlu/LocaleNlu';
import { Nlu } from '../../emulator/nlu/Nlu';
import { SUPPORTED_LOCALES } from '../../lambda/prompts';
import { readManifest } from './skillPackage';

const nlu = new Nlu();
const manifest = readManifest();

/** Certification requires example phrases that work; the emulator's understanding of the models checks them offline. */
describe.each(SUPPORTED_LOCALES)('example phrases of %s', (locale) => {
  const phrases: string[] = manifest.publishingInformation.locales[locale].examplePhrases;

  it('are three, start with the wake word and name the skill', () => {
    expect(phrases).toHaveLength(3);
    for (const phrase of phrases) expect(phrase).toMatch(/^Alexa, .*ride hailer/i);
  });

  it('open the skill or reach a custom intent', async () => {
    const understanding = await nlu.forLocale(locale);
    for (const phrase of phrases) {
      const invocation = understanding.invocation(phrase.replace(/^Alexa,\s*/i, ''));
      expect([phrase, invocation?.kind]).toEqual([phrase, expect.stringMatching(/^(launch|oneShot)$/)]);
      if (invocation?.kind === 'oneShot') {
        const intent = understanding.resolve(invocation.utterance).name;
        expect([phrase, intent]).not.toEqual([phrase, FALLBACK_INTENT]);
        expect(intent).not.toMatch(/^AMAZON\./);
      }
    }
  });
});

describe('the most natural order phrasing', () => {
  it.each(['en-US', 'en-GB', 'en-IN', 'en-CA', 'en-AU'])('fills both slots in %s', async (locale) => {
    const intent = (await nlu.forLocale(locale)).resolve('order a premium car to the airport');
    expect(intent.name).toBe('OrderRideIntent');
    expect(intent.slots?.destination?.value).toBe('the airport');
    expect(intent.slots?.rideType?.resolved?.id).toBe('premium');
  });
});
