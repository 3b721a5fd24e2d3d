import type { IntentRequest, ResponseEnvelope } from 'ask-sdk-model';
import {
  build,
  withAccessToken,
  withConfirmation,
  withIntent,
  withRequestId,
  withSessionAttributes,
  withSlots,
} from '../helpers/requests';
import { speechOf, useSkillHarness } from '../helpers/skillHarness';

const harness = useSkillHarness();
beforeEach(() => harness.api.reset());

const token = () => withAccessToken(harness.api.validToken);

/** Carries the session attributes and the intent of a Dialog directive into the next turn, as Alexa does. */
function nextTurn(previous: ResponseEnvelope) {
  const attributes = previous.sessionAttributes ?? {};
  return withSessionAttributes(attributes);
}

function directive(response: ResponseEnvelope) {
  return response.response.directives?.[0] as {
    type: string;
    slotToElicit?: string;
    updatedIntent?: IntentRequest['intent'];
  };
}

describe('ordering a ride', () => {
  it('asks for the destination when the user did not say one', async () => {
    const response = await harness.invoke(
      build('launch', withIntent('OrderRideIntent'), withSlots({ destination: undefined }), token()),
    );
    expect(speechOf(response)).toBe('Where would you like to go?');
    expect(directive(response)).toMatchObject({ type: 'Dialog.ElicitSlot', slotToElicit: 'destination' });
    expect(response.response.shouldEndSession).toBe(false);
  });

  it('quotes the fare and asks for confirmation before booking anything', async () => {
    const response = await harness.invoke(build('order-ride', token()));
    expect(speechOf(response)).toBe(
      'The fare for a car to the airport is about $23.50, and a driver can pick you up in 5 minutes. Shall I book it?',
    );
    expect(directive(response).type).toBe('Dialog.ConfirmIntent');
    expect(harness.api.requests.map((r) => `${r.method} ${r.path}`).sort()).toEqual([
      'GET /v1/fares',
      'GET /v1/rides/current',
    ]);
  });

  it('asks for the fare while it checks for an active ride, so the first turn waits for one round trip', async () => {
    // The service answers the ride check only once the fare request has arrived: one after the other never ends.
    harness.api.mode = 'current-waits-for-fare';
    const response = await harness.invoke(build('order-ride', token()));
    expect(speechOf(response)).toBe(
      'The fare for a car to the airport is about $23.50, and a driver can pick you up in 5 minutes. Shall I book it?',
    );
  });

  it('says a rider with an active ride has one, even though the fare was asked for meanwhile', async () => {
    await harness.invoke(build('order-ride', withConfirmation('CONFIRMED'), token()));
    const again = await harness.invoke(build('order-ride', withRequestId('amzn1.echo-api.request.again'), token()));
    expect(speechOf(again)).toBe('You already have a ride on the way. You can ask me where it is, or cancel it first.');
    expect(again.response.directives).toBeUndefined();
  });

  it('books once the user confirms, and names driver, car, plate and ETA', async () => {
    const quote = await harness.invoke(build('order-ride', token()));
    const booked = await harness.invoke(build('order-ride', withConfirmation('CONFIRMED'), nextTurn(quote), token()));
    expect(speechOf(booked)).toBe(
      'Your ride is booked. Priya is coming in a blue Toyota Prius, licence plate RH 2042, and will reach you in about 4 minutes.',
    );
    expect(booked.response.shouldEndSession).toBe(true);
    const post = harness.api.requests.find((r) => r.method === 'POST');
    expect(post?.headers.authorization).toBe(`Bearer ${harness.api.validToken}`);
    expect(JSON.parse(post?.body ?? '{}')).toEqual({
      destination: 'the airport',
      rideType: 'standard',
      market: 'US',
      place: 'airport',
    });
  });

  it('books only one ride when Alexa retries the same confirmed request', async () => {
    const retried = build(
      'order-ride',
      withConfirmation('CONFIRMED'),
      withRequestId('amzn1.echo-api.request.retry-1'),
      token(),
    );
    const first = await harness.invoke(structuredClone(retried));
    const second = await harness.invoke(structuredClone(retried));
    expect(speechOf(second)).toBe(speechOf(first));
    expect(harness.api.rides.size).toBe(1);
    const keys = harness.api.requests.filter((r) => r.method === 'POST').map((r) => r.headers['idempotency-key']);
    expect(keys).toEqual(['amzn1.echo-api.request.retry-1', 'amzn1.echo-api.request.retry-1']);
  });

  it('books nothing when the user says no', async () => {
    const response = await harness.invoke(build('order-ride', withConfirmation('DENIED'), token()));
    expect(speechOf(response)).toBe("Okay, I haven't booked anything.");
    expect(harness.api.requests).toHaveLength(0);
  });

  it('uses the resolved ride type from a synonym', async () => {
    const response = await harness.invoke(
      build(
        'order-ride',
        withSlots({ destination: 'work', rideType: { value: 'minivan', resolvedId: 'xl' } }),
        token(),
      ),
    );
    expect(speechOf(response)).toContain('The fare for an XL car to work is about $23.50');
    expect(harness.api.requests[1]?.query.get('rideType')).toBe('xl');
  });

  it('tells a rider who already has a ride before asking anything else', async () => {
    const token = harness.api.validToken;
    await harness.invoke(build('order-ride', withConfirmation('CONFIRMED'), withAccessToken(token)));
    const again = await harness.invoke(
      build('launch', withIntent('OrderRideIntent'), withSlots({ destination: undefined }), withAccessToken(token)),
    );
    expect(speechOf(again)).toBe('You already have a ride on the way. You can ask me where it is, or cancel it first.');
    expect(again.response.directives).toBeUndefined();
  });
});
