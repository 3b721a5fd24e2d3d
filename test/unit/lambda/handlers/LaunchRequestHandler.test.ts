import { build, withAccessToken, withLocale, withPerson } from '../../../helpers/requests';
import { speechOf } from '../../../helpers/skillHarness';
import { unitSkill } from '../../../helpers/unitSkill';

describe('LaunchRequestHandler', () => {
  it('greets a linked rider by name and keeps the session open', async () => {
    const { invoke, gateway } = unitSkill();
    const response = await invoke(build('launch', withAccessToken(gateway.validToken)));
    expect(speechOf(response)).toMatch(/^Welcome back, Alex Rider\./);
    expect(response.response.shouldEndSession).toBe(false);
    expect(response.response.reprompt).toBeDefined();
  });

  it('escapes a rider name for SSML exactly once', async () => {
    const { invoke, gateway } = unitSkill();
    gateway.rider = { id: 'r', name: 'Tom & Jerry <Ltd>', email: undefined };
    const response = await invoke(build('launch', withAccessToken(gateway.validToken)));
    const ssml = response.response.outputSpeech?.type === 'SSML' ? response.response.outputSpeech.ssml : '';
    expect(ssml).toContain('Tom &amp; Jerry &lt;Ltd&gt;');
    expect(ssml).not.toContain('&amp;amp;');
  });

  it('greets without a name when the profile has none', async () => {
    const { invoke, gateway } = unitSkill();
    gateway.rider = { id: 'r', name: undefined, email: undefined };
    const response = await invoke(build('launch', withAccessToken(gateway.validToken)));
    expect(speechOf(response)).toMatch(/^Welcome back to Ride Hailer\./);
  });

  it('welcomes an unlinked user without a card: fares work, linking is one phrase away, the session stays open', async () => {
    const { invoke, gateway } = unitSkill();
    const response = await invoke(build('launch'));
    expect(speechOf(response)).toBe(
      'Welcome to Ride Hailer. I can tell you what a ride costs right away, for example: how much is a ride to the airport? To book rides, link your account by saying: link my account. What would you like to do?',
    );
    expect(response.response.card).toBeUndefined();
    expect(response.response.shouldEndSession).toBe(false);
    expect(gateway.calls).toEqual([]);
  });

  it('offers no linking by voice in Ride Hailer mode, even to a recognized speaker', async () => {
    const response = await unitSkill().invoke(build('launch', withPerson()));
    expect(speechOf(response)).toMatch(/^Welcome to Ride Hailer\. I can tell you what a ride costs right away/);
  });

  it('answers a rejected token with the link response', async () => {
    const { invoke, gateway } = unitSkill();
    gateway.failure = 'rejected';
    const response = await invoke(build('launch', withAccessToken(gateway.validToken)));
    expect(response.response.card).toEqual({ type: 'LinkAccount' });
    expect(response.response.shouldEndSession).toBe(true);
  });

  it('falls back to English for an unsupported locale', async () => {
    const { invoke, gateway } = unitSkill();
    const response = await invoke(build('launch', withLocale('ja-JP'), withAccessToken(gateway.validToken)));
    expect(speechOf(response)).toMatch(/^Welcome back, Alex Rider\./);
  });
});
