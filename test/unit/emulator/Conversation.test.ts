import type { IntentRequest, RequestEnvelope, Response, ResponseEnvelope } from 'ask-sdk-model';
import { newIdentity } from '../../../emulator/alexa/envelopes';
import { Conversation } from '../../../emulator/conversation/Conversation';
import type { ConnectionTask } from '../../../emulator/conversation/connections';
import type { LocaleNlu } from '../../../emulator/nlu/LocaleNlu';
import { Nlu } from '../../../emulator/nlu/Nlu';

let en: LocaleNlu;
beforeAll(async () => {
  en = await new Nlu().forLocale('en-US');
});

type Scripted = Partial<ResponseEnvelope> & { response: Response };

/** A scripted skill: answers each request with the next response (or function of it) and remembers requests. */
function scriptedSkill(...responses: Array<Scripted | ((request: RequestEnvelope) => Scripted)>) {
  const received: RequestEnvelope[] = [];
  const invoke = async (request: RequestEnvelope): Promise<ResponseEnvelope> => {
    received.push(request);
    const next = responses.shift() ?? { response: {} };
    return { version: '1.0', ...(typeof next === 'function' ? next(request) : next) };
  };
  return { received, invoke };
}

function conversation(skill: ReturnType<typeof scriptedSkill>, accessToken?: string) {
  const identity = newIdentity();
  return new Conversation({
    invoke: skill.invoke,
    skillId: identity.skillId,
    prepare: async () => ({ identity: { ...identity, accessToken }, notes: [] }),
  });
}

const speak = (text: string) => ({ outputSpeech: { type: 'SSML' as const, ssml: `<speak>${text}</speak>` } });
const intentOf = (request: RequestEnvelope | undefined) => (request?.request as IntentRequest | undefined)?.intent;

describe('a conversation with the skill', () => {
  it('starts a new session with a LaunchRequest and carries session attributes to the next turn', async () => {
    const skill = scriptedSkill(
      { response: { ...speak('Welcome'), shouldEndSession: false }, sessionAttributes: { step: 1 } },
      { response: { ...speak('Bye'), shouldEndSession: true } },
    );
    const talk = conversation(skill);
    const first = await talk.say('open ride hailer', en);
    expect(first.speech).toBe('Welcome');
    await talk.say('help', en);
    const [launch, help] = skill.received;
    expect(launch?.request.type).toBe('LaunchRequest');
    expect(launch?.session).toMatchObject({ new: true, attributes: {} });
    expect(help?.session).toMatchObject({ new: false, attributes: { step: 1 }, sessionId: launch?.session?.sessionId });
    expect(intentOf(help)?.name).toBe('AMAZON.HelpIntent');
  });

  it('sets the access token on context.System.user and session.user exactly when linked', async () => {
    const linked = scriptedSkill({ response: {} });
    await conversation(linked, 'token-123').say('open ride hailer', en);
    expect(linked.received[0]?.context.System.user.accessToken).toBe('token-123');
    expect(linked.received[0]?.session?.user.accessToken).toBe('token-123');
    const unlinked = scriptedSkill({ response: {} });
    await conversation(unlinked).say('open ride hailer', en);
    expect('accessToken' in (unlinked.received[0]?.context.System.user ?? {})).toBe(false);
    expect('accessToken' in (unlinked.received[0]?.session?.user ?? {})).toBe(false);
  });

  it('ends the session on shouldEndSession true and sends the next plain utterance as a one-shot', async () => {
    const skill = scriptedSkill({ response: { shouldEndSession: true } }, { response: { shouldEndSession: true } });
    const talk = conversation(skill);
    const first = await talk.say('open ride hailer', en);
    expect(first.sessionEnded).toBe(true);
    expect(talk.inSession).toBe(false);
    const second = await talk.say('where is my ride', en);
    expect(second.notes).toEqual(['no open session: sent to the skill as a one-shot request in a new session']);
    expect(skill.received[1]?.session?.new).toBe(true);
    expect(skill.received[1]?.session?.sessionId).not.toBe(skill.received[0]?.session?.sessionId);
    expect(intentOf(skill.received[1])?.name).toBe('RideStatusIntent');
  });

  it('fills the elicited slot of the same intent with the next utterance', async () => {
    const elicit = { type: 'Dialog.ElicitSlot' as const, slotToElicit: 'destination' };
    const skill = scriptedSkill({ response: { directives: [elicit], shouldEndSession: false } }, { response: {} });
    const talk = conversation(skill);
    await talk.say('ask ride hailer to order a premium', en);
    expect(skill.received[0]?.request).toMatchObject({ dialogState: 'STARTED' });
    expect(intentOf(skill.received[0])?.slots?.rideType?.value).toBe('premium');
    await talk.say('to the airport', en);
    const second = skill.received[1]?.request as IntentRequest;
    expect(second.dialogState).toBe('IN_PROGRESS');
    expect(second.intent.name).toBe('OrderRideIntent');
    expect(second.intent.slots?.destination?.value).toBe('the airport');
    expect(second.intent.slots?.rideType?.value).toBe('premium');
  });

  it('takes "home" in answer to an elicited destination as the place, not as NavigateHomeIntent', async () => {
    const elicit = { type: 'Dialog.ElicitSlot' as const, slotToElicit: 'destination' };
    const skill = scriptedSkill({ response: { directives: [elicit], shouldEndSession: false } }, { response: {} });
    const talk = conversation(skill);
    await talk.say('ask ride hailer to order a ride', en);
    await talk.say('home', en);
    const answer = skill.received[1]?.request as IntentRequest;
    expect(answer.intent.name).toBe('OrderRideIntent');
    expect(answer.dialogState).toBe('IN_PROGRESS');
    expect(answer.intent.slots?.destination?.resolutions?.resolutionsPerAuthority?.[0]?.values?.[0]?.value.id).toBe(
      'home',
    );
  });

  it('still hears "stop" as stop while a destination is elicited', async () => {
    const elicit = { type: 'Dialog.ElicitSlot' as const, slotToElicit: 'destination' };
    const skill = scriptedSkill({ response: { directives: [elicit], shouldEndSession: false } }, { response: {} });
    const talk = conversation(skill);
    await talk.say('ask ride hailer to order a ride', en);
    await talk.say('stop', en);
    expect(intentOf(skill.received[1])?.name).toBe('AMAZON.StopIntent');
  });

  it.each([
    ['yes', 'CONFIRMED'],
    ['no', 'DENIED'],
  ])('answers a Dialog.ConfirmIntent with "%s" as %s on the same intent and slots', async (answer, status) => {
    const confirming = scriptedSkill(
      (request) => ({ response: { directives: [{ type: 'Dialog.ConfirmIntent', updatedIntent: intentOf(request) }] } }),
      { response: {} },
    );
    const again = conversation(confirming);
    await again.say('ask ride hailer to order a car to the airport', en);
    await again.say(answer, en);
    const confirmed = confirming.received[1]?.request as IntentRequest;
    expect(confirmed.intent.name).toBe('OrderRideIntent');
    expect(confirmed.intent.confirmationStatus).toBe(status);
    expect(confirmed.intent.slots?.destination?.value).toBe('the airport');
    expect(confirmed.dialogState).toBe('IN_PROGRESS');
  });

  it('ends an open session with a SessionEndedRequest before launching again', async () => {
    const skill = scriptedSkill({ response: { shouldEndSession: false } }, { response: {} }, { response: {} });
    const talk = conversation(skill);
    await talk.say('open ride hailer', en);
    await talk.say('open ride hailer', en);
    expect(skill.received.map((r) => r.request.type)).toEqual([
      'LaunchRequest',
      'SessionEndedRequest',
      'LaunchRequest',
    ]);
    expect(skill.received[1]?.request).toMatchObject({ reason: 'USER_INITIATED' });
  });

  it('reports a skill failure the way Alexa does and ends the session', async () => {
    const talk = new Conversation({
      invoke: async () => {
        throw new Error('boom');
      },
      skillId: newIdentity().skillId,
      prepare: async () => ({ identity: newIdentity(), notes: [] }),
    });
    const turn = await talk.say('open ride hailer', en);
    expect(turn.speech).toBe("There was a problem with the requested skill's response.");
    expect(turn.notes).toEqual(['skill error: boom']);
    expect(turn.sessionEnded).toBe(true);
  });
});

describe('a skill connection (Connections.StartConnection)', () => {
  const START = {
    type: 'Connections.StartConnection' as const,
    uri: 'connection://AMAZON.AskForAccountLinking/1',
    input: { '@type': 'AskForAccountLinking', '@version': '1' },
    onCompletion: 'RESUME_SESSION' as const,
    token: 'our-token',
  };

  /** A task that asks one question and finishes with LINKED on the answer. */
  function oneQuestionTask(heardByTask: string[]): ConnectionTask {
    return {
      begin: async () => ({ heard: [{ who: 'alexa', text: 'Alexa asks.' }], notes: [] }),
      hear: async (text) => {
        heardByTask.push(text);
        return {
          heard: [{ who: 'alexa', text: 'Alexa is done.' }],
          notes: [],
          outcome: { status: { code: '200', message: 'OK' }, result: { status: 'LINKED' } },
        };
      },
    };
  }

  it('lets Alexa talk while the session waits, then resumes it with the outcome and the skill’s token', async () => {
    const skill = scriptedSkill(
      { response: { ...speak('Handing over.'), directives: [START] }, sessionAttributes: { kept: 'order' } },
      { response: { ...speak('Welcome back.'), shouldEndSession: false } },
    );
    const heardByTask: string[] = [];
    const identity = newIdentity();
    const talk = new Conversation({
      invoke: skill.invoke,
      skillId: identity.skillId,
      prepare: async () => ({ identity, notes: [] }),
      connect: () => oneQuestionTask(heardByTask),
    });
    const first = await talk.say('open ride hailer', en);
    expect(first.heard).toEqual([
      { who: 'skill', text: 'Handing over.', card: undefined },
      { who: 'alexa', text: 'Alexa asks.' },
    ]);
    const second = await talk.say('open ride hailer', en);
    expect(heardByTask).toEqual(['open ride hailer']);
    expect(skill.received).toHaveLength(2);
    const resumed = skill.received[1];
    expect(resumed?.request).toMatchObject({
      type: 'SessionResumedRequest',
      locale: 'en-US',
      cause: {
        type: 'ConnectionCompleted',
        token: 'our-token',
        status: { code: '200', message: 'OK' },
        result: { status: 'LINKED' },
      },
    });
    expect(resumed?.session).toMatchObject({
      new: false,
      attributes: { kept: 'order' },
      sessionId: skill.received[0]?.session?.sessionId,
    });
    expect(second.heard?.map((line) => line.text)).toEqual(['Alexa is done.', 'Welcome back.']);
    expect(second.speech).toBe('Welcome back.');
  });

  it('notes a connection it does not play and carries on with the session', async () => {
    const skill = scriptedSkill({ response: { directives: [{ ...START, uri: 'connection://AMAZON.Other/1' }] } });
    const turn = await conversation(skill).say('open ride hailer', en);
    expect(turn.notes).toEqual(['Connections.StartConnection to connection://AMAZON.Other/1 is not emulated']);
  });

  it('ends the session instead of resuming when onCompletion is not RESUME_SESSION', async () => {
    const skill = scriptedSkill({ response: { directives: [{ ...START, onCompletion: 'SEND_ERRORS_ONLY' }] } });
    const identity = newIdentity();
    const talk = new Conversation({
      invoke: skill.invoke,
      skillId: identity.skillId,
      prepare: async () => ({ identity, notes: [] }),
      connect: () => oneQuestionTask([]),
    });
    await talk.say('open ride hailer', en);
    const done = await talk.say('i approve', en);
    expect(done.sessionEnded).toBe(true);
    expect(skill.received).toHaveLength(1);
  });

  it('carries the recognized speaker as context.System.person, and leaves it out for an unknown voice', async () => {
    const skill = scriptedSkill({ response: {} }, { response: {} });
    const identity = newIdentity();
    let person: { personId: string } | undefined = { personId: 'amzn1.ask.person.TEST' };
    const talk = new Conversation({
      invoke: skill.invoke,
      skillId: identity.skillId,
      prepare: async () => ({ identity: { ...identity, person }, notes: [] }),
    });
    await talk.say('open ride hailer', en);
    person = undefined;
    await talk.say('help', en);
    expect(skill.received[0]?.context.System.person).toMatchObject({ personId: 'amzn1.ask.person.TEST' });
    expect(skill.received[1]?.context.System.person).toBeUndefined();
  });
});
