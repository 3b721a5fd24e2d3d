import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { type Dynamo, lazyDynamo } from '../../lambda/persistence/dynamo';
import { ensureSkillTable } from '../../lambda/persistence/table';
import { fareFor } from '../../shared/fares';
import { type LocalDynamo, startDynalite } from './dynalite';
import { type FakeLinkedService, LWA_USER_ID, startFakeLinkedService } from './fakeLinkedService';
import {
  build,
  withAccessToken,
  withConfirmation,
  withEventBody,
  withIntent,
  withLocale,
  withPerson,
  withPersonToken,
  withRequestId,
  withSlots,
  withUserId,
} from './requests';
import { type BundleRun, invokeBundle, logLines } from './skillBundle';
import { speechOf } from './skillHarness';

const TOKEN = 'Atza|bundle-dynamo-secret-token';
const MODES = ['ridehailer', 'lwa'] as const;
type Mode = (typeof MODES)[number];

const user = (name: string) => `amzn1.ask.account.BUNDLE${name.toUpperCase()}`;

/**
 * Every DynamoDB path of the skill, driven through a shipped bundle in a process of its own against dynalite:
 * persistent attributes (preferences, link time, clean-up on SkillDisabled) in both modes, and the rides
 * that LWA mode keeps in the skill's table (booking once per request id, status, cancel).
 */
export function defineBundleDynamoSuite(label: string, bundleDir: () => string): void {
  describe(`DynamoDB paths of ${label} (dynalite)`, () => {
    let api: FakeLinkedService;
    let local: LocalDynamo;
    const clients: Dynamo[] = [];

    beforeAll(async () => {
      [api, local] = await Promise.all([startFakeLinkedService(TOKEN), startDynalite()]);
    }, 60_000);
    afterAll(async () => {
      for (const dynamo of clients) dynamo.client.destroy();
      await Promise.all([api.close(), local.close()]);
    });

    /** A new, empty skill table: each test starts from nothing, whatever ran before it. */
    async function freshTable(name: string): Promise<Dynamo> {
      const dynamo = await lazyDynamo({ region: 'us-east-1', endpoint: local.endpoint, table: name })();
      clients.push(dynamo);
      await ensureSkillTable(dynamo);
      return dynamo;
    }

    async function item({ sdk, client, table }: Dynamo, pk: string): Promise<Record<string, unknown> | undefined> {
      const { Item } = await client.send(
        new sdk.GetItemCommand({ TableName: table, Key: { pk: { S: pk } }, ConsistentRead: true }),
      );
      return Item?.data?.S === undefined ? undefined : (JSON.parse(Item.data.S) as Record<string, unknown>);
    }

    async function seed({ sdk, client, table }: Dynamo, pk: string, data: Record<string, unknown>): Promise<void> {
      await client.send(
        new sdk.PutItemCommand({ TableName: table, Item: { pk: { S: pk }, data: { S: JSON.stringify(data) } } }),
      );
    }

    function runIn(mode: Mode, { table }: Dynamo, envelopes: RequestEnvelope[]): Promise<BundleRun> {
      return invokeBundle(bundleDir(), envelopes, {
        LINKED_SERVICE: mode,
        RIDE_HAILER_API_URL: api.url,
        LWA_API_URL: api.url,
        RIDE_HAILER_CLIENT_SECRET: 'test-client-secret',
        SKILL_TABLE: table,
        DYNAMODB_ENDPOINT: local.endpoint,
      });
    }

    /** Nothing the skill treats as best effort (preferences, link records, clean-up) failed on the way. */
    function expectNoFailures(run: BundleRun): void {
      const failures = logLines(run).filter((line) => line.level === 'warn' || line.level === 'error');
      expect(failures).toEqual([]);
    }

    it.each(MODES)(
      'keeps preferences and the link time, and forgets a disabled user unless Alexa keeps the id (%s mode)',
      async (mode) => {
        api.reset();
        const table = await freshTable(`bundle-attributes-${mode}`);
        await seed(table, `user#${user('gone')}`, { preferredRideType: 'xl' });
        await seed(table, `user#${user('kept')}`, { preferredRideType: 'xl' });
        const token = withAccessToken(TOKEN);
        const run = await runIn(mode, table, [
          build('skill-account-linked', withUserId(user('linked')), withEventBody({ accessToken: TOKEN })),
          build(
            'order-ride',
            withUserId(user('pref')),
            withSlots({ destination: 'work', rideType: { value: 'pool', resolvedId: 'shared' } }),
            withConfirmation('CONFIRMED'),
            token,
          ),
          build(
            'launch',
            withUserId(user('pref')),
            withIntent('FareEstimateIntent'),
            withSlots({ destination: 'the harbour' }),
          ),
          build('skill-disabled', withUserId(user('gone'))),
          build(
            'skill-disabled',
            withUserId(user('kept')),
            withEventBody({ userInformationPersistenceStatus: 'PERSISTED' }),
          ),
        ]);
        const [linked, booked, fare, gone, kept] = run.responses as ResponseEnvelope[];

        expect(linked?.response).toEqual({});
        expect(await item(table, `user#${user('linked')}`)).toEqual({ linkedAt: expect.any(String) });
        expect(speechOf(booked as ResponseEnvelope)).toMatch(/^Your ride is booked\./);
        expect(await item(table, `user#${user('pref')}`)).toEqual({ preferredRideType: 'shared' });
        expect(speechOf(fare as ResponseEnvelope)).toMatch(/^The fare for a shared ride to the harbour is about/);
        expect([gone?.response, kept?.response]).toEqual([{}, {}]);
        expect(await item(table, `user#${user('gone')}`)).toBeUndefined();
        expect(await item(table, `user#${user('kept')}`)).toEqual({ preferredRideType: 'xl' });
        expectNoFailures(run);
      },
      30_000,
    );

    it('books an LWA rider’s ride once per request id, tells its status and cancels it (lwa mode)', async () => {
      api.reset();
      const table = await freshTable('bundle-rides-lwa');
      const token = withAccessToken(TOKEN);
      const order = build(
        'order-ride',
        withUserId(user('rider')),
        withConfirmation('CONFIRMED'),
        withRequestId('amzn1.echo-api.request.bundle-booking-1'),
        token,
      );
      const status = () => build('launch', withIntent('RideStatusIntent'), token);
      const run = await runIn('lwa', table, [
        structuredClone(order),
        structuredClone(order),
        status(),
        build('launch', withIntent('CancelRideIntent'), withConfirmation('CONFIRMED'), token),
        status(),
      ]);
      const [first, retry, active, cancelled, none] = run.responses.map((response) => speechOf(response));

      expect(first).toMatch(/^Your ride is booked\./);
      expect(retry).toBe(first);
      expect(active).toMatch(/You are going to the airport\.$/);
      expect(cancelled).toBe('Done. Your ride to the airport is cancelled.');
      expect(none).toMatch(/^You don't have a ride booked right now\./);
      expect(await item(table, `booking#${LWA_USER_ID}#amzn1.echo-api.request.bundle-booking-1`)).toMatchObject({
        destination: 'the airport',
        status: 'booked',
      });
      expect(await item(table, `rider#${LWA_USER_ID}`)).toMatchObject({
        destination: 'the airport',
        status: 'cancelled',
      });
      expect(api.requests.every((request) => request.path === '/user/profile')).toBe(true);
      expectNoFailures(run);
    }, 30_000);

    it('keeps two people of one Alexa account apart: rides per LWA user, usual ride type per person (lwa mode)', async () => {
      api.reset();
      const samToken = 'Atza|bundle-sam-personal-token';
      const sam = {
        id: 'rider-sam',
        name: 'Sam Rider',
        email: 'sam@example.com',
        lwaUserId: 'amzn1.account.ABUNDLESAM',
      };
      api.addRider(samToken, sam);
      const table = await freshTable('bundle-people-lwa');
      const household = withUserId(user('household'));
      const asSam = withPersonToken('amzn1.ask.person.BUNDLESAM', samToken);
      const asAlex = withPerson('amzn1.ask.person.BUNDLEALEX');
      const account = withAccessToken(TOKEN);
      const run = await runIn('lwa', table, [
        build(
          'order-ride',
          household,
          account,
          asSam,
          withSlots({ destination: 'the airport', rideType: { value: 'xl', resolvedId: 'xl' } }),
          withConfirmation('CONFIRMED'),
        ),
        build('launch', household, account, asAlex, withIntent('RideStatusIntent')),
        build('launch', household, account, asSam, withIntent('RideStatusIntent')),
        build(
          'launch',
          household,
          account,
          asAlex,
          withIntent('FareEstimateIntent'),
          withSlots({ destination: 'work' }),
        ),
      ]);
      const [booked, alexStatus, samStatus, alexFare] = run.responses.map((response) => speechOf(response));

      expect(booked).toMatch(/^Your ride is booked\./);
      expect(alexStatus).toMatch(/^You don't have a ride booked right now\./);
      expect(samStatus).toMatch(/You are going to the airport\.$/);
      expect(alexFare).toMatch(/^The fare for a car to work is about/);
      expect(await item(table, `rider#${sam.lwaUserId}`)).toMatchObject({ destination: 'the airport' });
      expect(await item(table, `rider#${LWA_USER_ID}`)).toBeUndefined();
      expect(await item(table, `user#${user('household')}`)).toEqual({
        preferredRideTypeByPerson: { 'amzn1.ask.person.BUNDLESAM': 'xl' },
      });
      expectNoFailures(run);
    }, 30_000);

    it('prices and books in the market of the locale by the resolved place, the same in both modes', async () => {
      api.reset();
      const table = await freshTable('bundle-rides-market');
      const station = { value: 'Hauptbahnhof', resolvedId: 'train_station' };
      const german = [withLocale('de-DE'), withSlots({ destination: station }), withAccessToken(TOKEN)];
      const order = build(
        'order-ride',
        withUserId(user('market')),
        withConfirmation('CONFIRMED'),
        withRequestId('amzn1.echo-api.request.bundle-market-1'),
        ...german,
      );
      const fare = build('launch', withIntent('FareEstimateIntent'), ...german);
      const lwa = await runIn('lwa', table, [structuredClone(order), structuredClone(fare)]);
      const expected = fareFor({ place: 'train_station', rideType: 'standard', market: 'DE' });
      expect(expected.currency).toBe('EUR');
      expect(await item(table, `rider#${LWA_USER_ID}`)).toMatchObject({
        fare: { amount: expected.amount, currency: 'EUR' },
      });
      const lwaFare = speechOf(lwa.responses[1] as ResponseEnvelope);
      expect(lwaFare).toMatch(/kostet etwa \d+,\d\d\u00a0€/);

      api.reset();
      const viaApi = await runIn('ridehailer', table, [structuredClone(order), structuredClone(fare)]);
      const booking = api.requests.find((request) => request.method === 'POST' && request.path === '/v1/rides');
      expect(JSON.parse(booking?.body ?? '{}')).toMatchObject({ market: 'DE', place: 'train_station' });
      const quote = api.requests.find((request) => request.path === '/v1/fares');
      expect([quote?.query.get('market'), quote?.query.get('place')]).toEqual(['DE', 'train_station']);
      expectNoFailures(lwa);
      expectNoFailures(viaApi);
    }, 30_000);
  });
}
