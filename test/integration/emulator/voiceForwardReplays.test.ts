import { spoken } from '../../helpers/emulator/catalog';
import { alexaLines, replayTranscript } from '../../helpers/emulator/replay';

const LOCALES = ['en-US', 'de-DE', 'fr-FR', 'nl-NL', 'it-IT', 'pt-BR', 'es-ES', 'hi-IN'];
const DIR = 'emulator/replays/voice-forward';

describe.each(LOCALES)('the shipped %s voice-forward replay file (LWA mode)', (locale) => {
  let lines: string[];
  beforeAll(async () => {
    lines = await replayTranscript(`${DIR}/${locale}.json`, { lwa: true });
  });

  it('offers linking by voice for the order, then Alexa asks for consent and texts a code', () => {
    const [offer, starting, consent, codePrompt] = alexaLines(lines);
    expect(offer).toMatch(spoken(locale, 'link.offerForRequest'));
    expect(starting).toMatch(spoken(locale, 'link.starting'));
    expect(consent).toContain('Ride Hailer');
    expect(codePrompt).toMatch(/^Alex, /);
    expect(lines).toContainEqual(expect.stringMatching(/^\[phone: \d{6}\]$/));
  });

  it('links with the code from the phone and resumes the order: fare and booking question, no card, no new question', () => {
    const code = lines.find((line) => line.startsWith('[phone: '))?.slice(8, 14);
    expect(lines).toContain(`  · {otp} is ${code}`);
    const [, , , , linked, resumed, booked] = alexaLines(lines);
    expect(linked).toMatch(/Alex.*Login with Amazon/);
    expect(resumed).toMatch(spoken(locale, 'order.confirmAfterLink'));
    expect(booked).toMatch(spoken(locale, 'order.booked'));
    expect(lines.join('\n')).not.toMatch(/\[card:/);
    expect(alexaLines(lines)).toHaveLength(7);
    expect(lines.at(-1)).toBe('User > .quit');
  });
});

describe('the shipped en-US voice-forward variants', () => {
  it('DENIED: Alexa closes, the skill continues unlinked and still quotes fares', async () => {
    const lines = alexaLines(await replayTranscript(`${DIR}/en-US.denied.json`, { lwa: true }));
    expect(lines.slice(3)).toEqual([
      "Okay, I won't link your account.",
      'No problem, your account stays unlinked. I can still tell you what a ride costs. What would you like to do?',
      expect.stringMatching(spoken('en-US', 'fare.estimate')),
    ]);
  });

  it('no recognized speaker: the card for the order, the open welcome, the card for "link my account"', async () => {
    const lines = alexaLines(await replayTranscript(`${DIR}/en-US.no-speaker.json`, { lwa: true }));
    expect(lines).toEqual([
      expect.stringMatching(/\[card: LinkAccount\]$/),
      expect.stringMatching(spoken('en-US', 'launch.unlinked')),
      expect.stringMatching(/\[card: LinkAccount\]$/),
    ]);
  });
});
