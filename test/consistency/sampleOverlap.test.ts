import { Nlu } from '../../emulator/nlu/Nlu';
import { normalizePhrase } from '../../emulator/nlu/normalize';
import { CUSTOM_INTENTS, modelLocales, readModel } from './skillPackage';

const nlu = new Nlu();

/** A sample's shape: its words normalized, every slot written as `{}`, so "{destination}" and "{rideType}" compare. */
const shape = (sample: string) =>
  sample
    .split(/(\{\w+\})/)
    .map((part) => (part.startsWith('{') ? '{}' : normalizePhrase(part)))
    .filter((part) => part !== '')
    .join(' ');

describe.each(modelLocales())('samples of %s', (locale) => {
  const { languageModel } = readModel(locale).interactionModel;

  it('never belong to two intents, even with slots renamed, case or punctuation changed', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const intent of languageModel.intents) {
      for (const sample of intent.samples ?? []) {
        const key = shape(sample);
        const other = owner.get(key);
        if (other !== undefined && other !== intent.name) clashes.push(`${sample}: ${other} and ${intent.name}`);
        owner.set(key, intent.name);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('are each understood as their own intent, with their slots filled by a value of the slot type', async () => {
    const understanding = await nlu.forLocale(locale);
    const firstValue = (type: string) =>
      languageModel.types?.find((candidate) => candidate.name === type)?.values?.[0]?.name.value ?? 'x';
    const misread: string[] = [];
    for (const intent of languageModel.intents.filter((candidate) => CUSTOM_INTENTS.includes(candidate.name))) {
      const typeOf = new Map((intent.slots ?? []).map((slot) => [slot.name, slot.type]));
      for (const sample of intent.samples ?? []) {
        const said = sample.replace(/\{(\w+)\}/g, (_, slot: string) => firstValue(typeOf.get(slot) ?? ''));
        const heard = understanding.resolve(said).name;
        if (heard !== intent.name) misread.push(`"${said}" (${intent.name}) → ${heard}`);
      }
    }
    expect(misread).toEqual([]);
  });
});
