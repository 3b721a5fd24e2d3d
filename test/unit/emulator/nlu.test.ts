import { FALLBACK_INTENT } from '../../../emulator/nlu/LocaleNlu';
import { Nlu } from '../../../emulator/nlu/Nlu';

const nlu = new Nlu();

describe('understanding typed utterances with the real interaction models', () => {
  it('opens the skill with the invocation phrase of each language', async () => {
    const phrases: Record<string, string> = {
      'en-US': 'open ride hailer',
      'de-DE': 'öffne ride hailer',
      'fr-FR': 'ouvre ride hailer',
      'es-ES': 'abre ride hailer',
      'it-IT': 'apri ride hailer',
      'pt-BR': 'abra ride hailer',
      'nl-NL': 'start ride hailer',
      'hi-IN': 'ride hailer खोलो',
    };
    for (const [locale, phrase] of Object.entries(phrases)) {
      expect((await nlu.forLocale(locale)).invocation(phrase)).toEqual({ kind: 'launch' });
    }
  });

  it('ignores case, punctuation and diacritics', async () => {
    const de = await nlu.forLocale('de-DE');
    expect(de.invocation('Öffne Ride Hailer!')).toEqual({ kind: 'launch' });
    expect(de.invocation('offne ride hailer')).toEqual({ kind: 'launch' });
    const fr = await nlu.forLocale('fr-FR');
    expect(fr.resolve('Où est mon chauffeur ?').name).toBe('RideStatusIntent');
    expect(fr.resolve('ou est mon chauffeur').name).toBe('RideStatusIntent');
  });

  it('passes the words after a localized one-shot carrier to the skill', async () => {
    expect((await nlu.forLocale('en-US')).invocation('ask ride hailer to order a car to the airport')).toEqual({
      kind: 'oneShot',
      utterance: 'order a car to the airport',
    });
    expect((await nlu.forLocale('de-DE')).invocation('frag ride hailer wo ist mein taxi')).toEqual({
      kind: 'oneShot',
      utterance: 'wo ist mein taxi',
    });
    expect((await nlu.forLocale('hi-IN')).invocation('ride hailer से मेरी कैब कहाँ है')).toEqual({
      kind: 'oneShot',
      utterance: 'मेरी कैब कहाँ है',
    });
  });

  it('fills a custom slot with entity resolution when a value or synonym matches', async () => {
    const intent = (await nlu.forLocale('en-US')).resolve('order a car to the airport');
    expect(intent.name).toBe('OrderRideIntent');
    expect(intent.slots?.destination).toEqual({
      value: 'the airport',
      type: 'DESTINATION',
      resolved: { id: 'airport', name: 'airport' },
    });
    expect(intent.declaredSlots).toEqual(['destination', 'rideType']);
  });

  it('keeps an unknown value in an open custom slot without a resolution match', async () => {
    const intent = (await nlu.forLocale('en-US')).resolve('order a car to Grandma Moses Lane');
    expect(intent.name).toBe('OrderRideIntent');
    expect(intent.slots?.destination).toEqual({ value: 'Grandma Moses Lane', type: 'DESTINATION' });
  });

  it('understands German and Hindi samples with their slot values', async () => {
    const de = (await nlu.forLocale('de-DE')).resolve('Bestell mir ein Taxi zum Flughafen');
    expect(de.name).toBe('OrderRideIntent');
    expect(de.slots?.destination?.resolved?.id).toBe('airport');
    const hi = (await nlu.forLocale('hi-IN')).resolve('एयरपोर्ट के लिए कैब बुक करो');
    expect(hi.name).toBe('OrderRideIntent');
    expect(hi.slots?.destination).toMatchObject({ value: 'एयरपोर्ट', resolved: { id: 'airport' } });
    expect((await nlu.forLocale('hi-IN')).resolve('मेरी कैब कहाँ है').name).toBe('RideStatusIntent');
  });

  it('prefers the sample with the most literal words', async () => {
    const en = await nlu.forLocale('en-US');
    expect(en.resolve('cancel my ride').name).toBe('CancelRideIntent');
    expect(en.resolve('cancel').name).toBe('AMAZON.CancelIntent');
    expect(en.resolve('book a premium to the train station')).toMatchObject({
      name: 'OrderRideIntent',
      slots: { rideType: { resolved: { id: 'premium' } }, destination: { resolved: { id: 'train_station' } } },
    });
  });

  it('answers built-in intents from small per-language lists', async () => {
    expect((await nlu.forLocale('en-US')).resolve('help').name).toBe('AMAZON.HelpIntent');
    expect((await nlu.forLocale('de-DE')).resolve('stopp').name).toBe('AMAZON.StopIntent');
    expect((await nlu.forLocale('es-ES')).resolve('cancelar').name).toBe('AMAZON.CancelIntent');
    expect((await nlu.forLocale('it-IT')).resolve('aiuto').name).toBe('AMAZON.HelpIntent');
    expect((await nlu.forLocale('hi-IN')).resolve('रुको').name).toBe('AMAZON.StopIntent');
  });

  it('sends text no sample covers to AMAZON.FallbackIntent', async () => {
    expect((await nlu.forLocale('en-US')).resolve('sing me a song about penguins').name).toBe(FALLBACK_INTENT);
    expect((await nlu.forLocale('nl-NL')).resolve('wat is de hoofdstad van peru').name).toBe(FALLBACK_INTENT);
  });

  it('hears yes and no in all eight languages', async () => {
    const answers: Record<string, [string, string]> = {
      'en-US': ['yes please', 'no thanks'],
      'de-DE': ['ja', 'nein'],
      'fr-FR': ['oui', 'non'],
      'nl-NL': ['ja graag', 'nee'],
      'it-IT': ['sì', 'no'],
      'pt-BR': ['sim', 'não'],
      'es-ES': ['sí', 'no'],
      'hi-IN': ['हाँ', 'नहीं'],
    };
    for (const [locale, [yes, no]] of Object.entries(answers)) {
      const understanding = await nlu.forLocale(locale);
      expect([locale, understanding.yesNo(yes)]).toEqual([locale, 'yes']);
      expect([locale, understanding.yesNo(no)]).toEqual([locale, 'no']);
      expect([locale, understanding.yesNo('order a car to the airport')]).toEqual([locale, undefined]);
    }
  });

  it('fills an elicited slot from its samples, else with the whole utterance', async () => {
    const en = await nlu.forLocale('en-US');
    expect(en.fillSlot('OrderRideIntent', 'destination', 'to the train station').destination).toMatchObject({
      value: 'the train station',
      resolved: { id: 'train_station' },
    });
    expect(en.fillSlot('OrderRideIntent', 'destination', 'Pier 39, please!!').destination).toMatchObject({
      value: 'Pier 39',
    });
    expect(en.fillSlot('OrderRideIntent', 'destination', 'somewhere over the rainbow').destination).toEqual({
      value: 'somewhere over the rainbow',
      type: 'DESTINATION',
    });
  });

  it('knows which intents have a dialog model', async () => {
    const en = await nlu.forLocale('en-US');
    expect(en.hasDialog('OrderRideIntent')).toBe(true);
    expect(en.hasDialog('RideStatusIntent')).toBe(false);
  });

  it('rejects a locale without an interaction model', async () => {
    await expect(nlu.forLocale('ja-JP')).rejects.toThrow(/ja-JP\.json/);
  });
});

describe('the wake word', () => {
  it('is ignored, as Alexa never passes it to the skill', async () => {
    const en = await nlu.forLocale('en-GB');
    expect(en.invocation('Alexa, ask ride hailer to book a taxi to the train station')).toEqual({
      kind: 'oneShot',
      utterance: 'book a taxi to the train station',
    });
    expect(en.invocation('Alexa, open Ride Hailer')).toEqual({ kind: 'launch' });
    expect(en.resolve('alexa where is my ride').name).toBe('RideStatusIntent');
  });
});

describe('politeness words', () => {
  it.each([
    ['en-US', 'please order a car to the airport', 'OrderRideIntent'],
    ['en-GB', 'could you cancel my ride please', 'CancelRideIntent'],
    ['de-DE', 'bitte storniere meine fahrt', 'CancelRideIntent'],
    ['es-ES', 'cancela mi viaje por favor', 'CancelRideIntent'],
    ['hi-IN', 'कृपया मेरा ड्राइवर कहाँ है', 'RideStatusIntent'],
  ])('are ignored around a request (%s: "%s")', async (locale, text, intent) => {
    expect((await nlu.forLocale(locale)).resolve(text).name).toBe(intent);
  });

  it('do not turn nonsense into an intent', async () => {
    expect((await nlu.forLocale('en-US')).resolve('please sing me a song').name).toBe(FALLBACK_INTENT);
  });
});
