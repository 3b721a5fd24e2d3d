import { build, withAccessToken, withIntent, withPerson } from '../../../helpers/requests';
import { speechOf } from '../../../helpers/skillHarness';
import { unitSkill } from '../../../helpers/unitSkill';

describe('LinkAccountIntentHandler', () => {
  it('answers "link my account" with the link response when not linked', async () => {
    const response = await unitSkill().invoke(build('launch', withIntent('LinkAccountIntent')));
    expect(response.response.card).toEqual({ type: 'LinkAccount' });
    expect(response.response.shouldEndSession).toBe(true);
  });

  it('sends the card, not the voice connection, in Ride Hailer mode even for a recognized speaker', async () => {
    const response = await unitSkill().invoke(build('launch', withIntent('LinkAccountIntent'), withPerson()));
    expect(response.response.card).toEqual({ type: 'LinkAccount' });
    expect(response.response.directives).toBeUndefined();
  });

  it('says the account is already linked when a token is present', async () => {
    const { invoke, gateway } = unitSkill();
    const response = await invoke(
      build('launch', withIntent('LinkAccountIntent'), withAccessToken(gateway.validToken)),
    );
    expect(speechOf(response)).toMatch(/already linked/);
    expect(response.response.card).toBeUndefined();
  });
});
