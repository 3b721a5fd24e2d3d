import { build, withAccessToken, withConfirmation, withIntent, withSessionAttributes } from '../../../helpers/requests';
import { speechOf } from '../../../helpers/skillHarness';
import { unitSkill } from '../../../helpers/unitSkill';

async function withActiveRide() {
  const unit = unitSkill();
  await unit.gateway.book(
    unit.gateway.validToken,
    { destination: 'the stadium', rideType: 'standard', market: 'US' },
    'k',
  );
  return unit;
}

describe('CancelRideIntentHandler', () => {
  it('asks for confirmation and remembers which ride it asked about', async () => {
    const { invoke, gateway } = await withActiveRide();
    const response = await invoke(build('launch', withIntent('CancelRideIntent'), withAccessToken(gateway.validToken)));
    expect(speechOf(response)).toBe('Do you want me to cancel your ride to the stadium?');
    expect(response.response.directives?.[0]?.type).toBe('Dialog.ConfirmIntent');
    expect(response.sessionAttributes).toEqual({ pendingCancel: { rideId: 'ride-1', destination: 'the stadium' } });
    expect(gateway.current?.status).toBe('booked');
  });

  it('cancels the ride from the session once confirmed', async () => {
    const { invoke, gateway } = await withActiveRide();
    const envelope = build(
      'launch',
      withIntent('CancelRideIntent'),
      withConfirmation('CONFIRMED'),
      withSessionAttributes({ pendingCancel: { rideId: 'ride-1', destination: 'the stadium' } }),
      withAccessToken(gateway.validToken),
    );
    const response = await invoke(envelope);
    expect(speechOf(response)).toBe('Done. Your ride to the stadium is cancelled.');
    expect(gateway.calls).toEqual(['book k', 'cancel ride-1']);
    expect(response.sessionAttributes).toEqual({});
  });

  it('keeps the ride when the user says no', async () => {
    const { invoke, gateway } = await withActiveRide();
    const response = await invoke(
      build('launch', withIntent('CancelRideIntent'), withConfirmation('DENIED'), withAccessToken(gateway.validToken)),
    );
    expect(speechOf(response)).toBe('Okay, your ride is still on its way.');
    expect(gateway.current?.status).toBe('booked');
  });

  it('says there is nothing to cancel when no ride is active', async () => {
    const { invoke, gateway } = unitSkill();
    const response = await invoke(build('launch', withIntent('CancelRideIntent'), withAccessToken(gateway.validToken)));
    expect(speechOf(response)).toBe("There's no ride to cancel right now.");
    expect(response.response.directives).toBeUndefined();
  });
});
