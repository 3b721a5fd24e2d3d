import { PersistenceError } from '../../../lambda/errors';
import { DynamoAttributesAdapter } from '../../../lambda/persistence/DynamoAttributesAdapter';
import { DynamoRideStore } from '../../../lambda/persistence/DynamoRideStore';
import { lazyDynamo } from '../../../lambda/persistence/dynamo';
import { startRequestBudget } from '../../../lambda/requestBudget';
import { build, withAccessToken, withConfirmation, withEventBody, withIntent, withSlots } from '../../helpers/requests';
import { type SilentServer, startSilentServer } from '../../helpers/silentServer';
import { type SkillHarness, speechOf, startSkillHarness } from '../../helpers/skillHarness';

let silent: SilentServer;
beforeAll(async () => {
  silent = await startSilentServer();
});
afterAll(() => silent.close());

const messages = (harness: SkillHarness) =>
  harness.logs.map((line) => (JSON.parse(line) as { message: string }).message);
const APOLOGY = "Sorry, I can't reach Ride Hailer right now. Please try again in a few minutes.";

describe('when DynamoDB accepts connections and never answers', () => {
  describe('ridehailer mode (DynamoDB holds only preferences and link records)', () => {
    let harness: SkillHarness;
    beforeAll(async () => {
      harness = await startSkillHarness({ env: { DYNAMODB_ENDPOINT: silent.url } });
    });
    afterAll(() => harness.close());

    it('still books the ride, without the preference, and logs why', async () => {
      const before = silent.connections;
      const response = await harness.invoke(
        build('order-ride', withConfirmation('CONFIRMED'), withAccessToken(harness.api.validToken)),
      );
      expect(speechOf(response)).toMatch(/^Your ride is booked\./);
      expect(silent.connections).toBeGreaterThan(before);
      expect(messages(harness)).toEqual(expect.arrayContaining(['could not read preferences']));
    });

    it('quotes a fare for the default ride type', async () => {
      const response = await harness.invoke(
        build('launch', withIntent('FareEstimateIntent'), withSlots({ destination: 'the zoo' })),
      );
      expect(speechOf(response)).toMatch(/^The fare for a car to the zoo is about/);
    });

    it('answers skill events with an empty response and logs what it could not store', async () => {
      const linked = await harness.invoke(
        build('skill-account-linked', withEventBody({ accessToken: harness.api.validToken })),
      );
      const disabled = await harness.invoke(build('skill-disabled'));
      expect([linked.response, disabled.response]).toEqual([{}, {}]);
      expect(messages(harness)).toEqual(
        expect.arrayContaining(['could not record the link', 'could not delete user data']),
      );
    });
  });

  describe('LWA mode (rides live in DynamoDB)', () => {
    let harness: SkillHarness;
    beforeAll(async () => {
      harness = await startSkillHarness({ linkedService: 'lwa', env: { DYNAMODB_ENDPOINT: silent.url } });
    });
    afterAll(() => harness.close());

    it.each([
      ['ride status', () => build('launch', withIntent('RideStatusIntent'))],
      ['a confirmed booking', () => build('order-ride', withConfirmation('CONFIRMED'))],
      ['a confirmed cancel', () => build('launch', withIntent('CancelRideIntent'), withConfirmation('CONFIRMED'))],
    ])('apologizes for %s and ends the session', async (_, envelope) => {
      const response = await harness.invoke(withAccessToken(harness.api.validToken)(envelope()));
      expect(speechOf(response)).toBe(APOLOGY);
      expect(response.response.shouldEndSession).toBe(true);
    });
  });
});

describe('a request whose time budget is spent', () => {
  const clock = { now: 1_000_000 };
  const dynamo = () => lazyDynamo({ region: 'us-east-1', endpoint: silent.url, table: 'budget-spent' })();

  it('starts no DynamoDB call for attributes or rides, and fails with PersistenceError', async () => {
    const envelope = build('launch');
    const budget = startRequestBudget(envelope, 1000, () => clock.now);
    clock.now += 1000;
    const before = silent.connections;

    await expect(new DynamoAttributesAdapter(dynamo).getAttributes(envelope)).rejects.toThrow(PersistenceError);
    await expect(new DynamoRideStore(dynamo, budget).latest('rider-1')).rejects.toThrow(PersistenceError);
    expect(silent.connections).toBe(before);
  });
});
