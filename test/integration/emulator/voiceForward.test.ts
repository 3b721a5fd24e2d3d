import type { SessionResumedRequest } from 'ask-sdk-model';
import type { Turn } from '../../../emulator/conversation/types';
import type { EmulatedUser } from '../../../emulator/core/EmulatedUser';
import { DialogSession } from '../../../emulator/dialog/DialogSession';
import { LocalBackend } from '../../../emulator/dialog/LocalBackend';
import type { Stack } from '../../../emulator/stack/startStack';
import { spoken } from '../../helpers/emulator/catalog';
import { startTestStack } from '../../helpers/emulator/stack';

let stack: Stack;
beforeAll(async () => {
  stack = await startTestStack({ linkedService: 'lwa', accountLinkingFile: 'accountLinking.lwa.json' });
});
afterAll(() => stack.close());

let users = 0;
const newUser = () => stack.emulator.user(`voice-${++users}`);
const say = (user: EmulatedUser, text: string) => stack.emulator.say(user, text);
const alexaSaid = (turn: Turn) => turn.heard?.filter((line) => line.who === 'alexa').map((line) => line.text) ?? [];
const phoneCode = (turn: Turn) => turn.heard?.find((line) => line.who === 'phone')?.text ?? '';

/** Order unlinked, accept the offer, approve: the turn that texted the code. */
async function upToTheCode(user: EmulatedUser): Promise<Turn> {
  await say(user, 'ask ride hailer to order a car to the airport');
  await say(user, 'link my account');
  return say(user, 'I approve');
}

describe('voice-forward account linking in the emulator (LWA mode)', () => {
  it('links by voice through the LWA stand-in and resumes the order with its fare, without a card', async () => {
    const user = newUser();
    const offer = await say(user, 'ask ride hailer to order a car to the airport');
    expect(offer.speech).toMatch(spoken('en-US', 'link.offerForRequest'));
    const consent = await say(user, 'link my account');
    expect(alexaSaid(consent)[0]).toMatch(/^To link your account, I'll need to share some information/);
    const code = await say(user, 'I approve');
    expect(phoneCode(code)).toMatch(/^\d{6}$/);
    expect(user.household.phone[0]?.code).toBe(phoneCode(code));

    const linked = await say(user, `my code is ${phoneCode(code).replace(/(\d{3})(\d{3})/, '$1 $2')}`);
    expect(alexaSaid(linked)[0]).toMatch(
      /^Great, Alex\. I've signed you in with Ride Hailer using Login with Amazon\./,
    );
    expect(stack.emulator.tokens.get(user.userId)?.accessToken).toMatch(/^Atza\|/);
    const resumed = linked.exchanges.at(-1)?.request;
    expect((resumed?.request as SessionResumedRequest | undefined)?.cause).toEqual({
      type: 'ConnectionCompleted',
      token: 'ride-hailer.voice-linking',
      status: { code: '200', message: 'OK' },
      result: { status: 'LINKED' },
    });
    expect(resumed?.context.System.user.accessToken).toMatch(/^Atza\|/);
    expect(resumed?.context.System.person?.personId).toMatch(/^amzn1\.ask\.person\./);
    expect(linked.speech).toMatch(spoken('en-US', 'order.confirmAfterLink'));
    expect(linked.speech).toContain('the airport');
    expect(linked.card).toBeUndefined();
    expect(user.cards).toEqual([]);

    expect((await say(user, 'yes')).speech).toMatch(spoken('en-US', 'order.booked'));
  });

  it('continues unlinked when the user says no to Alexa’s consent question', async () => {
    const user = newUser();
    await say(user, 'ask ride hailer to order a car to the airport');
    await say(user, 'link my account');
    const denied = await say(user, 'no');
    expect(alexaSaid(denied)).toEqual(["Okay, I won't link your account."]);
    expect(denied.speech).toMatch(spoken('en-US', 'link.voiceDenied'));
    expect(denied.sessionEnded).toBe(false);
    expect(stack.emulator.tokens.get(user.userId)).toBeUndefined();
    expect((await say(user, 'how much is a ride to the airport')).speech).toMatch(spoken('en-US', 'fare.estimate'));
  });

  it('gives up after three wrong codes; the skill then sends the card', async () => {
    const user = newUser();
    const code = phoneCode(await upToTheCode(user));
    const wrong = String((Number(code) + 1) % 1_000_000).padStart(6, '0');
    await say(user, `my code is ${wrong}`);
    await say(user, `my code is ${wrong}`);
    const last = await say(user, `my code is ${wrong}`);
    expect(alexaSaid(last)).toEqual(["Sorry, that code doesn't match either, so I can't link your account right now."]);
    expect(last.speech).toMatch(spoken('en-US', 'link.prompt'));
    expect(last.card).toEqual({ type: 'LinkAccount' });
    expect(stack.emulator.tokens.get(user.userId)).toBeUndefined();
  });

  it('addresses whoever is speaking, and sends the code to their phone', async () => {
    const user = newUser();
    user.household.setSpeaker('Sam');
    const code = await upToTheCode(user);
    expect(alexaSaid(code)[0]).toMatch(/^Sam, to authenticate your request/);
    expect(user.household.phone[0]?.to).toBe('Sam');
  });

  it('with no recognized speaker the skill sends the card and Alexa never asks by voice', async () => {
    const user = newUser();
    user.household.setSpeaker(undefined);
    const turn = await say(user, 'ask ride hailer to order a car to the airport');
    expect(turn.exchanges[0]?.request.context.System.person).toBeUndefined();
    expect(turn.card).toEqual({ type: 'LinkAccount' });
    expect(turn.heard?.some((line) => line.who === 'alexa')).toBe(false);
  });
});

describe('the dialog’s .speaker and {otp}', () => {
  async function dialog(lines: string[]): Promise<string[]> {
    const out: string[] = [];
    const backend = new LocalBackend(stack.emulator, stack.skill, 'test stack');
    const session = new DialogSession(backend, (line) => out.push(line));
    for (const line of lines) await session.handle(line);
    return out;
  }

  it('.speaker chooses who is talking, .speaker off makes the voice unknown, and names are checked', async () => {
    const out = await dialog(['.speaker Sam', '.speaker', '.speaker Bob', '.speaker off']);
    expect(out[0]).toMatch(/^ {2}Speaker: Sam, recognized/);
    expect(out[1]).toMatch(/^ {2}Speaker: Sam, recognized/);
    expect(out[2]).toBe('  nobody called Bob lives here; the household is Alex, Sam.');
    expect(out[3]).toMatch(/^ {2}Speaker: a voice Alexa does not recognize/);
    expect(await dialog(['.speaker alex'])).toEqual([expect.stringMatching(/^ {2}Speaker: Alex, recognized/)]);
  });

  it('{otp} says the last code sent to the phone; before any, it is said as typed with a warning', async () => {
    const early = await dialog(['.new', 'my code is {otp}']);
    expect(early).toContain('  · ! {otp}: no code has been sent to the phone yet, so it is said as typed');
    const out = await dialog([
      '.new',
      'ask ride hailer to order a car to the airport',
      'link my account',
      'I approve',
      'my code is {otp}',
    ]);
    const code = out.find((line) => line.startsWith('[phone: '))?.slice(8, 14);
    expect(code).toMatch(/^\d{6}$/);
    expect(out).toContain(`  · {otp} is ${code}`);
    expect(out.some((line) => line.startsWith("Alexa > Great, Alex. I've signed you in"))).toBe(true);
  });
});
