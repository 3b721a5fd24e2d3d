import { build, withIntent, withLocale } from '../../../helpers/requests';
import { speechOf } from '../../../helpers/skillHarness';
import { unitSkill } from '../../../helpers/unitSkill';

describe('HelpIntentHandler', () => {
  it('explains what the skill does and keeps listening', async () => {
    const response = await unitSkill().invoke(build('launch', withIntent('AMAZON.HelpIntent')));
    expect(speechOf(response)).toMatch(/^With Ride Hailer you can order a car/);
    expect(response.response.shouldEndSession).toBe(false);
  });
});

describe('ExitIntentHandler', () => {
  it.each(['AMAZON.StopIntent', 'AMAZON.CancelIntent', 'AMAZON.NavigateHomeIntent'])(
    'says goodbye on %s',
    async (intent) => {
      const response = await unitSkill().invoke(build('launch', withIntent(intent)));
      expect(speechOf(response)).toBe('Goodbye, and safe travels.');
      expect(response.response.shouldEndSession).toBe(true);
    },
  );
});

describe('FallbackIntentHandler', () => {
  it('says what the skill can do and reprompts', async () => {
    const response = await unitSkill().invoke(
      build('launch', withLocale('en-GB'), withIntent('AMAZON.FallbackIntent')),
    );
    expect(speechOf(response)).toMatch(/^Sorry, Ride Hailer can't help with that\./);
    expect(response.response.reprompt).toBeDefined();
  });
});

describe('UnhandledRequestHandler', () => {
  it('answers an intent the skill does not know like the fallback', async () => {
    const response = await unitSkill().invoke(build('launch', withIntent('AMAZON.ShuffleOnIntent')));
    expect(speechOf(response)).toMatch(/^Sorry, Ride Hailer can't help with that\./);
  });
});

describe('SessionEndedRequestHandler', () => {
  it('returns an empty response and logs the reason', async () => {
    const { invoke, logs } = unitSkill();
    const response = await invoke(build('session-ended'));
    expect(response.response).toEqual({});
    expect(logs.some((line) => JSON.parse(line).reason === 'USER_INITIATED')).toBe(true);
  });
});
