import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { lazyDynamo } from '../../lambda/persistence/dynamo';
import { ensureSkillTable } from '../../lambda/persistence/table';
import { CATALOGS } from '../../lambda/prompts/catalogs';
import { keysStartingWith, type LocalDynamo, startDynalite } from '../helpers/dynalite';
import { type FakeLinkedService, startFakeLinkedService } from '../helpers/fakeLinkedService';
import { type FaultyDynamo, startFaultyDynamo } from '../helpers/faultyDynamo';
import {
  build,
  withAccessToken,
  withConfirmation,
  withIntent,
  withLocale,
  withSlots,
  withUserId,
} from '../helpers/requests';
import { DIST_SKILL, invokeBundle } from '../helpers/skillBundle';
import { speechOf } from '../helpers/skillHarness';

const TOKEN = 'Atza|bundle-faults-secret-token';

/** The shipped dist/skill bundle (LWA mode, rides in DynamoDB) with a faulting proxy between it and dynalite. */
describe('dist/skill when DynamoDB fails (LWA mode)', () => {
  let api: FakeLinkedService;
  let local: LocalDynamo;
  let faults: FaultyDynamo;
  let tables = 0;
  let lastTable = '';

  beforeAll(async () => {
    [api, local] = await Promise.all([startFakeLinkedService(TOKEN), startDynalite()]);
    faults = await startFaultyDynamo(local.endpoint);
  });
  afterAll(async () => {
    await faults.close();
    await Promise.all([api.close(), local.close()]);
  });

  async function run(envelopes: Parameters<typeof invokeBundle>[1]) {
    tables += 1;
    const table = `bundle-faults-${tables}`;
    const dynamo = await lazyDynamo({ region: 'us-east-1', endpoint: local.endpoint, table })();
    await ensureSkillTable(dynamo);
    dynamo.client.destroy();
    lastTable = table;
    return invokeBundle(DIST_SKILL, envelopes, {
      LINKED_SERVICE: 'lwa',
      LWA_API_URL: api.url,
      SKILL_TABLE: table,
      DYNAMODB_ENDPOINT: faults.endpoint,
    });
  }

  it('apologizes in the rider’s language when the table throttles, inside the request', async () => {
    faults.fail({ fault: 'throughput' });
    const result = await run([
      build('order-ride', withLocale('de-DE'), withConfirmation('CONFIRMED'), withAccessToken(TOKEN)),
      build('launch', withLocale('hi-IN'), withIntent('RideStatusIntent'), withAccessToken(TOKEN)),
    ]);
    await faults.heal();
    expect(result.responses.map(speechOf)).toEqual([
      CATALOGS.de?.['error.serviceUnavailable'],
      CATALOGS.hi?.['error.serviceUnavailable'],
    ]);
  });

  it('completes a booking whose latest-ride write failed when Alexa retries it, and status finds it', async () => {
    const rider = withUserId('amzn1.ask.account.BUNDLEFAULTS');
    const yes = build('order-ride', rider, withSlots({ destination: 'the pier' }), withConfirmation('CONFIRMED'));
    const signedIn = withAccessToken(TOKEN)(yes);
    // Both attempts the skill's client makes at the rider item fail; the booking record before it is written.
    faults.fail({
      fault: 'internal',
      times: 2,
      match: (call) => call.operation === 'PutItem' && JSON.stringify(call.body).includes('"S":"rider#'),
    });
    const result = await run([
      signedIn,
      structuredClone(signedIn),
      build('launch', rider, withIntent('RideStatusIntent'), withAccessToken(TOKEN)),
    ]);
    await faults.heal();
    const [failed, retried, status] = result.responses.map(speechOf);
    expect(failed).toBe(CATALOGS.en?.['error.serviceUnavailable']);
    expect(retried).toMatch(/^Your ride is booked\./);
    expect(status).toMatch(/on the way.*the pier/);
  });

  it('answers a retry that overlaps the first attempt with the same ride, booked once', async () => {
    const rider = withUserId('amzn1.ask.account.BUNDLERETRY');
    const yes = withAccessToken(TOKEN)(
      build('order-ride', rider, withSlots({ destination: 'the zoo' }), withConfirmation('CONFIRMED')),
    );
    const result = await run([[yes, structuredClone(yes)]]);
    const [first, retry] = result.responses.map(speechOf);
    expect(retry).toMatch(/^Your ride is booked\./);
    expect(first).toBe(retry);
    expect(await keysStartingWith(local.endpoint, lastTable, 'booking#')).toHaveLength(1);
  });
});
