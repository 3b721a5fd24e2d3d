import { Household } from '../../../emulator/core/Household';
import { MAX_CODE_ATTEMPTS, VoiceForwardLinking } from '../../../emulator/linking/flows/voiceForward';
import { voiceForwardLines } from '../../../emulator/linking/flows/voiceForwardLines';
import type { LocaleNlu } from '../../../emulator/nlu/LocaleNlu';
import { Nlu } from '../../../emulator/nlu/Nlu';

const nlu = new Nlu();
const CODE = '042917';

/** The flow for one locale with a household, a fixed code and a link that works (or not). */
async function flow(
  locale = 'en-US',
  options: { speaker?: string | null; enabled?: boolean; linkWorks?: boolean; input?: Record<string, unknown> } = {},
) {
  const household = new Household();
  if (options.speaker !== undefined) household.setSpeaker(options.speaker ?? undefined);
  const links: string[] = [];
  const task = new VoiceForwardLinking({
    nlu: (await nlu.forLocale(locale)) as LocaleNlu,
    skillName: 'Ride Hailer',
    linking: { scopes: ['profile'], voiceForwardAccountLinking: options.enabled === false ? 'DISABLED' : 'ENABLED' },
    household,
    input: options.input ?? { '@type': 'AskForAccountLinking', '@version': '1' },
    link: async () => {
      links.push('link');
      return options.linkWorks === false
        ? { linked: false, outcome: 'the token response breaks the rules' }
        : { linked: true, outcome: 'linked' };
    },
    newCode: () => CODE,
  });
  return { task, household, links };
}

const alexa = (step: { heard: { who: string; text: string }[] }) =>
  step.heard.filter((line) => line.who === 'alexa').map((line) => line.text);

describe('voice-forward account linking, Alexa’s side', () => {
  it('asks the recognized speaker for consent to share the profile scopes', async () => {
    const { task } = await flow();
    const step = await task.begin();
    expect(alexa(step)).toEqual([
      "To link your account, I'll need to share some information from your Alexa profile. Do you give Ride Hailer permission to access your name and email address? You can say, 'I approve', or 'No'.",
    ]);
    expect(step.outcome).toBeUndefined();
  });

  it.each(['I approve', 'approve', 'I agree', 'allow it', 'yes', 'sure'])(
    'takes "%s" as consent and texts a six-digit code to the speaker’s phone',
    async (answer) => {
      const { task, household } = await flow('en-US', { speaker: 'Sam' });
      await task.begin();
      const step = await task.hear(answer);
      expect(alexa(step)).toEqual([
        "Sam, to authenticate your request, say, 'My code is', followed by the code I sent to your phone.",
      ]);
      expect(step.heard).toContainEqual({ who: 'phone', text: CODE, to: 'Sam' });
      expect(household.phone[0]).toMatchObject({ to: 'Sam', code: CODE });
      expect(household.phone[0]?.text).toContain(CODE);
    },
  );

  it.each(['no', "I don't approve", 'stop'])('ends with DENIED when the user says "%s" to consent', async (answer) => {
    const { task, links } = await flow();
    await task.begin();
    const step = await task.hear(answer);
    expect(alexa(step)).toEqual(["Okay, I won't link your account."]);
    expect(step.outcome).toEqual({ status: { code: '200', message: 'OK' }, result: { status: 'DENIED' } });
    expect(links).toEqual([]);
  });

  it('asks again when the answer to consent is neither', async () => {
    const { task } = await flow();
    await task.begin();
    const step = await task.hear('what is the weather');
    expect(alexa(step)[0]).toMatch(/^Sorry, I didn't get that\. Do you give Ride Hailer permission/);
    expect(step.outcome).toBeUndefined();
  });

  it.each(['my code is 042917', 'my code is 042 917', 'my code is 0-4-2-9-1-7', 'zero four two nine one seven'])(
    'links on the right code (%s) and says so',
    async (said) => {
      const { task, links } = await flow();
      await task.begin();
      await task.hear('I approve');
      const step = await task.hear(said);
      expect(links).toEqual(['link']);
      expect(alexa(step)).toEqual([
        "Great, Alex. I've signed you in with Ride Hailer using Login with Amazon. You can manage your linked account in the skills section of your Alexa app.",
      ]);
      expect(step.outcome).toEqual({ status: { code: '200', message: 'OK' }, result: { status: 'LINKED' } });
    },
  );

  it('lets the user try again after a wrong code, and gives up after three', async () => {
    const { task, links } = await flow();
    await task.begin();
    await task.hear('I approve');
    for (let attempt = 1; attempt < MAX_CODE_ATTEMPTS; attempt++) {
      const wrong = await task.hear('my code is 111111');
      expect(alexa(wrong)).toEqual([
        "That code doesn't match. Please try again: say, 'My code is', followed by the code on your phone.",
      ]);
      expect(wrong.outcome).toBeUndefined();
    }
    const last = await task.hear('my code is 222222');
    expect(alexa(last)).toEqual(["Sorry, that code doesn't match either, so I can't link your account right now."]);
    expect(last.outcome?.status.code).not.toBe('200');
    expect(links).toEqual([]);
  });

  it('does not count words without a code as a try', async () => {
    const { task } = await flow();
    await task.begin();
    await task.hear('I approve');
    expect(alexa(await task.hear('hang on'))[0]).toMatch(/^I didn't catch a code\./);
    await task.hear('my code is 1');
    await task.hear('my code is 2');
    expect((await task.hear(`my code is ${CODE}`)).outcome?.result).toEqual({ status: 'LINKED' });
  });

  it('ends with DENIED when the user says no instead of a code', async () => {
    const { task } = await flow();
    await task.begin();
    await task.hear('I approve');
    expect((await task.hear('no')).outcome?.result).toEqual({ status: 'DENIED' });
  });

  it('answers USER_REQUIREMENTS_NOT_MET at once when Alexa does not recognize the voice', async () => {
    const { task } = await flow('en-US', { speaker: null });
    const step = await task.begin();
    expect(step.heard).toEqual([]);
    expect(step.outcome).toEqual({
      status: { code: '200', message: 'OK' },
      result: { status: 'USER_REQUIREMENTS_NOT_MET' },
    });
  });

  it('fails the task when the skill has voice-forward linking disabled or sends a wrong input', async () => {
    expect((await (await flow('en-US', { enabled: false })).task.begin()).outcome?.status.code).toBe('403');
    const wrong = await flow('en-US', { input: { '@type': 'AskForAccountLinking', '@version': '2' } });
    expect((await wrong.task.begin()).outcome?.status.code).toBe('400');
  });

  it('says it could not link, and fails the task, when the token exchange fails', async () => {
    const { task } = await flow('en-US', { linkWorks: false });
    await task.begin();
    await task.hear('I approve');
    const step = await task.hear(`my code is ${CODE}`);
    expect(alexa(step)).toEqual(["Sorry, I couldn't link your account with Ride Hailer right now."]);
    expect(step.outcome?.status.code).toBe('500');
  });
});

const LANGUAGES = [
  { locale: 'de-DE', approve: 'ich stimme zu', deny: 'nein', code: 'mein code ist null vier zwei neun eins sieben' },
  { locale: 'fr-FR', approve: "j'approuve", deny: 'non', code: 'mon code est zéro quatre deux neuf un sept' },
  { locale: 'nl-NL', approve: 'ik ga akkoord', deny: 'nee', code: 'mijn code is nul vier twee negen een zeven' },
  { locale: 'it-IT', approve: 'approvo', deny: 'no', code: 'il mio codice è zero quattro due nove uno sette' },
  { locale: 'pt-BR', approve: 'eu aprovo', deny: 'não', code: 'meu código é zero quatro dois nove um sete' },
  { locale: 'es-ES', approve: 'lo apruebo', deny: 'no', code: 'mi código es cero cuatro dos nueve uno siete' },
  { locale: 'hi-IN', approve: 'मैं अनुमति देता हूँ', deny: 'नहीं', code: 'मेरा कोड है ०४२ ९१७' },
];

describe.each(LANGUAGES)('in $locale', ({ locale, approve, deny, code }) => {
  it('speaks Alexa’s lines in the language, takes its consent phrase and its spoken code', async () => {
    const lines = voiceForwardLines(locale);
    const english = voiceForwardLines('en-US');
    for (const key of Object.keys(english) as (keyof typeof english)[]) expect(lines[key]).not.toBe(english[key]);
    const { task } = await flow(locale);
    expect(alexa(await task.begin())[0]).toContain('Ride Hailer');
    expect(alexa(await task.hear(approve))[0]).toMatch(/^Alex, /);
    expect((await task.hear(code)).outcome?.result).toEqual({ status: 'LINKED' });
  });

  it('takes the language’s no as a refusal', async () => {
    const { task } = await flow(locale);
    await task.begin();
    expect((await task.hear(deny)).outcome?.result).toEqual({ status: 'DENIED' });
  });
});
