import { build, withAccessToken, withIntent } from '../../../helpers/requests';
import { speechOf } from '../../../helpers/skillHarness';
import { unitSkill } from '../../../helpers/unitSkill';

describe('RideStatusIntentHandler', () => {
  it('says there is no ride when none is active', async () => {
    const { invoke, gateway } = unitSkill();
    const response = await invoke(build('launch', withIntent('RideStatusIntent'), withAccessToken(gateway.validToken)));
    expect(speechOf(response)).toBe(
      "You don't have a ride booked right now. To order one, say: order a car to the airport.",
    );
    expect(response.response.shouldEndSession).toBe(true);
  });

  it('names driver, car, plate, ETA and destination of the active ride', async () => {
    const { invoke, gateway } = unitSkill();
    await gateway.book(gateway.validToken, { destination: 'the office', rideType: 'standard', market: 'US' }, 'k');
    const response = await invoke(build('launch', withIntent('RideStatusIntent'), withAccessToken(gateway.validToken)));
    expect(speechOf(response)).toBe(
      'Sam is on the way to pick you up in a white Kia Niro, licence plate AB 1234, in about 3 minutes. You are going to the office.',
    );
  });

  it('apologizes when the service is unavailable', async () => {
    const { invoke, gateway } = unitSkill();
    gateway.failure = 'unavailable';
    const response = await invoke(build('launch', withIntent('RideStatusIntent'), withAccessToken(gateway.validToken)));
    expect(speechOf(response)).toBe("Sorry, I can't reach Ride Hailer right now. Please try again in a few minutes.");
    expect(response.response.shouldEndSession).toBe(true);
    expect(response.response.card).toBeUndefined();
  });
});
