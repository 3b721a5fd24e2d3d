import { lazyDynamo } from '../../../lambda/persistence/dynamo';
import { build, withAccessToken, withConfirmation, withIntent, withSlots, withUserId } from '../../helpers/requests';
import { type SkillHarness, speechOf, startSkillHarness, useSkillHarness } from '../../helpers/skillHarness';

const harness = useSkillHarness();

async function storedAttributes(userId: string): Promise<Record<string, unknown> | undefined> {
  const { sdk, client, table } = await lazyDynamo({
    region: 'us-east-1',
    endpoint: harness.dynamo.endpoint,
    table: harness.deps.config.skillTable,
  })();
  const { Item } = await client.send(
    new sdk.GetItemCommand({ TableName: table, Key: { pk: { S: `user#${userId}` } } }),
  );
  return Item?.data?.S === undefined ? undefined : JSON.parse(Item.data.S);
}

describe('DynamoDB persistence (dynalite)', () => {
  it('remembers the ride type a rider booked and uses it next time', async () => {
    const user = withUserId('amzn1.ask.account.PREFERENCE');
    const token = withAccessToken(harness.api.validToken);
    await harness.invoke(
      build(
        'order-ride',
        user,
        withSlots({ destination: 'work', rideType: { value: 'pool', resolvedId: 'shared' } }),
        withConfirmation('CONFIRMED'),
        token,
      ),
    );
    expect(await storedAttributes('amzn1.ask.account.PREFERENCE')).toEqual({ preferredRideType: 'shared' });
    harness.api.reset(); // the ride is over; a new order may start
    const quote = await harness.invoke(build('order-ride', user, withSlots({ destination: 'home' }), token));
    expect(speechOf(quote)).toMatch(/^The fare for a shared ride to home/);
  });

  it('records the link on SkillAccountLinked and forgets the user on SkillDisabled', async () => {
    await harness.invoke(build('skill-account-linked', withUserId('amzn1.ask.account.EVENTS')));
    expect(await storedAttributes('amzn1.ask.account.EVENTS')).toEqual({ linkedAt: expect.any(String) });
    const disabled = await harness.invoke(build('skill-disabled', withUserId('amzn1.ask.account.EVENTS')));
    expect(disabled.response).toEqual({});
    expect(await storedAttributes('amzn1.ask.account.EVENTS')).toBeUndefined();
  });

  it('keeps the data when Alexa says the user id persists', async () => {
    await harness.invoke(build('skill-account-linked', withUserId('amzn1.ask.account.KEEP')));
    const event = build('skill-disabled', withUserId('amzn1.ask.account.KEEP'));
    (event.request as unknown as { body: unknown }).body = { userInformationPersistenceStatus: 'PERSISTED' };
    await harness.invoke(event);
    expect(await storedAttributes('amzn1.ask.account.KEEP')).toEqual({ linkedAt: expect.any(String) });
  });
});

describe('when DynamoDB is unreachable', () => {
  let broken: SkillHarness;
  beforeAll(async () => {
    broken = await startSkillHarness({ env: { DYNAMODB_ENDPOINT: 'http://127.0.0.1:9' } });
  });
  afterAll(() => broken.close());

  it('still books the ride (preferences are best effort) and logs the failure', async () => {
    const response = await broken.invoke(
      build('order-ride', withConfirmation('CONFIRMED'), withAccessToken(broken.api.validToken)),
    );
    expect(speechOf(response)).toMatch(/^Your ride is booked\./);
    expect(broken.logs.some((line) => JSON.parse(line).message === 'could not save preferences')).toBe(true);
  });

  it('answers skill events with an empty response', async () => {
    const response = await broken.invoke(build('skill-disabled'));
    expect(response.response).toEqual({});
  });

  it('apologizes in LWA mode, where rides live in DynamoDB', async () => {
    const lwa = await startSkillHarness({ linkedService: 'lwa' });
    await lwa.dynamo.close();
    try {
      const response = await lwa.invoke(
        build('launch', withIntent('RideStatusIntent'), withAccessToken(lwa.api.validToken)),
      );
      expect(speechOf(response)).toBe("Sorry, I can't reach Ride Hailer right now. Please try again in a few minutes.");
    } finally {
      await lwa.api.close();
    }
  });
});
