import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import {
  build,
  withAccessToken,
  withConfirmation,
  withIntent,
  withLocale,
  withSessionAttributes,
  withSlots,
} from '../helpers/requests';
import { speechOf, useSkillHarness } from '../helpers/skillHarness';

const harness = useSkillHarness();
beforeEach(() => harness.api.reset());

/** A session as Alexa keeps it: each request carries the attributes of the previous response. */
function conversation(locale = 'en-US') {
  let attributes: Record<string, unknown> = {};
  let isNew = true;
  return async (envelope: RequestEnvelope): Promise<ResponseEnvelope> => {
    const request = withSessionAttributes(attributes, isNew)(withLocale(locale)(envelope));
    const response = await harness.invoke(withAccessToken(harness.api.validToken)(request));
    attributes = response.sessionAttributes ?? {};
    isNew = false;
    return response;
  };
}

describe('a ride from launch to cancellation, in one session', () => {
  it('opens, orders, checks status, cancels with confirmation and ends with no ride', async () => {
    const turn = conversation();
    expect(speechOf(await turn(build('launch')))).toMatch(/^Welcome back, Alex Rider\./);

    const ask = await turn(
      build('launch', withIntent('OrderRideIntent'), withSlots({ destination: undefined, rideType: undefined })),
    );
    expect(speechOf(ask)).toBe('Where would you like to go?');
    const quote = await turn(build('order-ride', withSlots({ destination: 'the train station', rideType: undefined })));
    expect(speechOf(quote)).toMatch(/Shall I book it\?$/);
    const booked = await turn(
      build('order-ride', withSlots({ destination: 'the train station' }), withConfirmation('CONFIRMED')),
    );
    expect(speechOf(booked)).toMatch(/^Your ride is booked\. Priya is coming/);

    const status = await turn(build('launch', withIntent('RideStatusIntent')));
    expect(speechOf(status)).toMatch(/You are going to the train station\.$/);

    const confirm = await turn(build('launch', withIntent('CancelRideIntent')));
    expect(speechOf(confirm)).toBe('Do you want me to cancel your ride to the train station?');
    expect(confirm.sessionAttributes).toEqual({
      pendingCancel: { rideId: 'ride-1', destination: 'the train station' },
    });

    const cancelled = await turn(build('launch', withIntent('CancelRideIntent'), withConfirmation('CONFIRMED')));
    expect(speechOf(cancelled)).toBe('Done. Your ride to the train station is cancelled.');
    expect(cancelled.sessionAttributes).toEqual({});
    const cancelCalls = harness.api.requests.filter((r) => r.path.endsWith('/cancel'));
    expect(cancelCalls.map((r) => r.path)).toEqual(['/v1/rides/ride-1/cancel']);

    expect(speechOf(await turn(build('launch', withIntent('RideStatusIntent'))))).toMatch(
      /^You don't have a ride booked/,
    );
  });

  it('speaks German throughout a German session', async () => {
    const turn = conversation('de-DE');
    const welcome = await turn(build('launch'));
    expect(speechOf(welcome)).toContain('Alex Rider');
    expect(speechOf(welcome)).not.toMatch(/Welcome/);
    const quote = await turn(build('order-ride', withSlots({ destination: 'Flughafen' })));
    expect(speechOf(quote)).toContain('23,50');
    expect(speechOf(quote)).toContain('Flughafen');
  });
});
