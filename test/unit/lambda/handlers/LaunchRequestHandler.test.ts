import { build, withAccessToken, withLocale } from '../../../helpers/requests';
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
