import { lazyDynamo } from '../../../lambda/persistence/dynamo';
import { LWA_USER_ID } from '../../helpers/fakeLinkedService';
import { build, withAccessToken, withConfirmation, withIntent, withRequestId, withSlots } from '../../helpers/requests';
import { speechOf, useSkillHarness } from '../../helpers/skillHarness';

const harness = useSkillHarness({ linkedService: 'lwa' });
beforeEach(() => {
  harness.api.mode = 'ok';
  harness.api.requests.length = 0;
});

const token = () => withAccessToken(harness.api.validToken);

describe('Login with Amazon mode', () => {
  it('greets the Amazon account holder by the name from /user/profile', async () => {
    const response = await harness.invoke(build('launch', token()));
    expect(speechOf(response)).toMatch(/^Welcome back, Alex Rider\./);
    expect(harness.api.requests[0]).toMatchObject({ method: 'GET', path: '/user/profile' });
    expect(harness.api.requests[0]?.headers.authorization).toBe(`Bearer ${harness.api.validToken}`);
  });

  it('treats LWA’s 400 invalid_token as an unlinked account', async () => {
    harness.api.mode = 'unauthorized';
    const response = await harness.invoke(build('launch', token()));
    expect(response.response.card).toEqual({ type: 'LinkAccount' });
  });

  it('quotes fares from the local table without calling any service', async () => {
    const response = await harness.invoke(
      build('launch', withIntent('FareEstimateIntent'), withSlots({ destination: 'the airport' })),
    );
    expect(speechOf(response)).toMatch(/^The fare for a car to the airport is about \$\d+\.\d\d/);
    expect(harness.api.requests).toHaveLength(0);
  });

  it('keeps LWA riders’ rides in the skill table, once per request id, keyed by user_id', async () => {
    const confirmed = build(
      'order-ride',
      withConfirmation('CONFIRMED'),
      withRequestId('amzn1.echo-api.request.lwa-1'),
      token(),
    );
    const first = await harness.invoke(structuredClone(confirmed));
    const retry = await harness.invoke(structuredClone(confirmed));
    expect(speechOf(first)).toMatch(/^Your ride is booked\./);
    expect(speechOf(retry)).toBe(speechOf(first));

    const status = await harness.invoke(build('launch', withIntent('RideStatusIntent'), token()));
    expect(speechOf(status)).toMatch(/You are going to the airport\.$/);

    const { sdk, client, table } = await lazyDynamo({
      region: 'us-east-1',
      endpoint: harness.dynamo.endpoint,
      table: harness.deps.config.skillTable,
    })();
    const stored = await client.send(
      new sdk.GetItemCommand({ TableName: table, Key: { pk: { S: `rider#${LWA_USER_ID}` } } }),
    );
    expect(JSON.parse(stored.Item?.data?.S ?? '{}')).toMatchObject({ destination: 'the airport', status: 'booked' });

    const second = await harness.invoke(
      build('order-ride', withSlots({ destination: 'home' }), withConfirmation('CONFIRMED'), token()),
    );
    expect(speechOf(second)).toBe(
      'You already have a ride on the way. You can ask me where it is, or cancel it first.',
    );
  });
});
