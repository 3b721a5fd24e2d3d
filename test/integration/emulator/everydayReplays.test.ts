import { t } from '../../../lambda/prompts';
import { spoken } from '../../helpers/emulator/catalog';
import { alexaLines, replayTranscript } from '../../helpers/emulator/replay';

/** How each market's money sounds in speech (the transcript shows the no-break space as a space). */
const CURRENCY: Record<string, RegExp> = {
  'en-US': /\$\d+\.\d\d/,
  'en-GB': /£\d+\.\d\d/,
  'en-IN': /\d+ rupees/,
  'de-DE': /\d+,\d\d\s€/,
  'fr-FR': /\d+,\d\d\s€/,
  'nl-NL': /€\s\d+,\d\d/,
  'it-IT': /\d+,\d\d\s€/,
  'pt-BR': /R\$\s\d+,\d\d/,
  'es-ES': /\d+,\d\d\s€/,
  'es-MX': /\d+ pesos/,
  'hi-IN': /\d+ रुपये/,
};

const file = (locale: string) => `emulator/replays/everyday/${locale}.json`;
const amountIn = (line: string | undefined) => line?.match(/\d+(?:[.,]\d\d)?/)?.[0];
/** Every number in a line: the fare, then the minutes to pickup. */
const numbersIn = (line: string | undefined) => line?.match(/\d+(?:[.,]\d\d)?/g);

describe.each(Object.keys(CURRENCY))('everyday phrasings in %s, through the whole stack', (locale) => {
  let lines: string[];
  beforeAll(async () => {
    lines = alexaLines(await replayTranscript(file(locale)));
  });

  it('a request without a destination asks where to; "home" as the answer books a ride home', () => {
    const [, , askDestination, confirm, booked] = lines;
    expect(askDestination).toMatch(spoken(locale, 'order.askDestination'));
    expect(confirm).toMatch(spoken(locale, 'order.confirm'));
    expect(confirm).toContain(t(locale, 'place.home'));
    expect(booked).toMatch(spoken(locale, 'order.booked'));
  });

  it('checks and cancels the ride with everyday words', () => {
    const [, , , , , status, cancelConfirm, cancelled] = lines;
    expect(status).toMatch(spoken(locale, 'status.active'));
    expect(cancelConfirm).toMatch(spoken(locale, 'cancel.confirm'));
    expect(cancelled).toMatch(spoken(locale, 'cancel.done'));
  });

  it('speaks fares in the currency of the market, as a native speaker names it', () => {
    const [, , , confirm, , , , , fare] = lines;
    expect(fare).toMatch(spoken(locale, 'fare.estimate'));
    expect(fare).toMatch(CURRENCY[locale] as RegExp);
    expect(confirm).toMatch(CURRENCY[locale] as RegExp);
    expect(`${confirm} ${fare}`).not.toMatch(/US\$|USD/);
  });
});

describe('one trip, one price', () => {
  it.each(['de-DE', 'hi-IN', 'en-GB'])(
    '%s: the same in the default mode and in Login with Amazon mode',
    async (locale) => {
      const viaService = alexaLines(await replayTranscript(file(locale)));
      const viaLwa = alexaLines(await replayTranscript(file(locale), { lwa: true }));
      expect(amountIn(viaLwa[3])).toBe(amountIn(viaService[3]));
      expect(amountIn(viaLwa[8])).toBe(amountIn(viaService[8]));
    },
  );

  it('the same airport trip has the same fare and pickup time in English and in Hindi, both in India', async () => {
    const english = alexaLines(await replayTranscript(file('en-IN')));
    const hindi = alexaLines(await replayTranscript(file('hi-IN')));
    expect(numbersIn(english[8])).toHaveLength(2);
    expect(numbersIn(english[8])).toEqual(numbersIn(hindi[8]));
  });
});
