import { build, withAccessToken, withIntent, withSlots } from '../../../helpers/requests';
import { speechOf } from '../../../helpers/skillHarness';
import { unitSkill } from '../../../helpers/unitSkill';

describe('LinkGateHandler', () => {
  it.each(['OrderRideIntent', 'RideStatusIntent', 'CancelRideIntent'])(
    'asks the user to link when %s arrives without a token',
    async (intent) => {
      const { invoke, gateway } = unitSkill();
      const response = await invoke(build('launch', withIntent(intent), withSlots({ destination: 'home' })));
      expect(response.response.card).toEqual({ type: 'LinkAccount' });
      expect(response.response.shouldEndSession).toBe(true);
      expect(speechOf(response)).toContain('Alexa app');
      expect(gateway.calls).toEqual([]);
    },
  );

  it('does not gate opening the skill: the unlinked welcome keeps the session open', async () => {
    const response = await unitSkill().invoke(build('launch'));
    expect(response.response.card).toBeUndefined();
    expect(response.response.shouldEndSession).toBe(false);
  });

  it('lets a linked request through to its handler', async () => {
    const { invoke, gateway } = unitSkill();
    const response = await invoke(build('launch', withAccessToken(gateway.validToken)));
    expect(response.response.card).toBeUndefined();
    expect(gateway.calls).toEqual(['profile']);
  });

  it('does not gate fare estimates (optional linking)', async () => {
    const { invoke } = unitSkill();
    const response = await invoke(
      build('launch', withIntent('FareEstimateIntent'), withSlots({ destination: 'home' })),
    );
    expect(response.response.card).toBeUndefined();
    expect(speechOf(response)).toContain('$12.00');
  });

  it('treats a blank token as no token', async () => {
    const response = await unitSkill().invoke(build('launch', withIntent('RideStatusIntent'), withAccessToken('   ')));
    expect(response.response.card).toEqual({ type: 'LinkAccount' });
  });
});
