import { ScanCommand } from '@aws-sdk/client-dynamodb';
import { expect, it } from '@jest/globals';
import { RiderExistsError } from '../../../service/errors';
import type { RideRecord } from '../../../service/rides/ride';
import { dynamoCounterStore } from '../../../service/store/counters';
import {
  bindAlexaUser,
  grantIdsForAccount,
  grantIdsForAlexaUser,
  unbindGrant,
} from '../../../service/store/grantIndex';
import { DynamoOidcAdapter } from '../../../service/store/oidcAdapter';
import { dynamoRiderRepository } from '../../../service/store/riders';
import { dynamoRideRepository } from '../../../service/store/rides';
import { NOW, type StoreContext } from './storeContext';

function ride(id: string, riderId: string): RideRecord {
  return {
    id,
    riderId,
    destination: 'Airport',
    rideType: 'standard',
    fare: { amount: 12.5, currency: 'USD' },
    driver: { name: 'Priya', car: 'Toyota Corolla', plate: 'ABC-1234' },
    pickupMinutes: 5,
    tripMinutes: 10,
    createdAt: new Date(NOW).toISOString(),
    requestHash: 'h1',
  };
}

/** Repositories and indexes: riders, rides, throttle counters, grants by rider and by Alexa user. */
export function repositoryCases(ctx: StoreContext): void {
  const adapter = (model: string) => new DynamoOidcAdapter(model, ctx.deps());

  it('indexes grants by rider and by bound Alexa user', async () => {
    await adapter('Grant').upsert('grant-x', { jti: 'grant-x', accountId: 'rdr_idx', clientId: 'c' }, 600);
    await adapter('Grant').upsert('grant-y', { jti: 'grant-y', accountId: 'rdr_idx', clientId: 'c' }, 600);
    await expect(grantIdsForAccount(ctx.deps(), 'rdr_idx').then((ids) => ids.sort())).resolves.toEqual([
      'grant-x',
      'grant-y',
    ]);
    await bindAlexaUser(ctx.deps(), 'grant-x', 'amzn1.ask.account.TEST');
    await expect(grantIdsForAlexaUser(ctx.deps(), 'amzn1.ask.account.TEST')).resolves.toEqual(['grant-x']);
    await unbindGrant(ctx.deps(), 'grant-x');
    await expect(grantIdsForAlexaUser(ctx.deps(), 'amzn1.ask.account.TEST')).resolves.toEqual([]);
  });

  it('keeps rider emails unique and finds riders case-insensitively', async () => {
    const riders = dynamoRiderRepository(ctx.client(), ctx.table);
    const rider = { id: 'rdr_u', email: 'unique@example.com', name: 'U', passwordHash: 'h', createdAt: '' };
    await riders.create(rider);
    await expect(riders.create({ ...rider, id: 'rdr_v' })).rejects.toBeInstanceOf(RiderExistsError);
    await expect(riders.findByEmail('Unique@Example.com ')).resolves.toMatchObject({ id: 'rdr_u' });
    await riders.updatePasswordHash('rdr_u', 'h2');
    await expect(riders.findById('rdr_u')).resolves.toMatchObject({ passwordHash: 'h2' });
  });

  it('stores a ride once and moves the current-ride pointer only from the expected ride', async () => {
    const rides = dynamoRideRepository(ctx.client(), ctx.table, () => NOW);
    const first = ride('ride_1', 'rdr_r');
    await expect(rides.putIfAbsent(first)).resolves.toEqual(first);
    await expect(rides.putIfAbsent({ ...first, requestHash: 'other' })).resolves.toEqual(first);
    await expect(rides.setCurrent('rdr_r', 'ride_1', undefined)).resolves.toBe(true);
    await expect(rides.setCurrent('rdr_r', 'ride_1', undefined)).resolves.toBe(true);
    await expect(rides.setCurrent('rdr_r', 'ride_2', undefined)).resolves.toBe(false);
    await expect(rides.setCurrent('rdr_r', 'ride_2', 'ride_1')).resolves.toBe(true);
    await expect(rides.currentRideId('rdr_r')).resolves.toBe('ride_2');
    const cancelled = await rides.markCancelled('ride_1', '2030-01-01T00:00:00.000Z');
    expect(cancelled?.cancelledAt).toBe('2030-01-01T00:00:00.000Z');
    await expect(rides.markCancelled('ride_1', '2031-01-01T00:00:00.000Z')).resolves.toMatchObject({
      cancelledAt: '2030-01-01T00:00:00.000Z',
    });
  });

  it('counts attempts per window, refuses past the limit and forgets them once the window expires', async () => {
    const counters = dynamoCounterStore(ctx.client(), ctx.table);
    const end = Math.floor(NOW / 1000) + 900;
    await expect(counters.incrementBelow('login:a@example.com', end, 2)).resolves.toBe(true);
    await expect(counters.incrementBelow('login:a@example.com', end, 2)).resolves.toBe(true);
    await expect(counters.incrementBelow('login:a@example.com', end, 2)).resolves.toBe(false);
    await expect(counters.read('login:a@example.com', end, Math.floor(NOW / 1000))).resolves.toBe(2);
    await expect(counters.read('login:a@example.com', end, end)).resolves.toBe(0);
    await expect(counters.incrementBelow('login:a@example.com', end + 900, 2)).resolves.toBe(true);
    const dump = JSON.stringify((await ctx.client().send(new ScanCommand({ TableName: ctx.table }))).Items);
    expect(dump).not.toContain('a@example.com');
  });

  it('lets exactly `limit` of 30 parallel increments through, and gives back without going below zero', async () => {
    const counters = dynamoCounterStore(ctx.client(), ctx.table);
    const end = Math.floor(NOW / 1000) + 900;
    const now = Math.floor(NOW / 1000);
    const results = await Promise.all(Array.from({ length: 30 }, () => counters.incrementBelow('burst', end, 5)));
    expect(results.filter(Boolean)).toHaveLength(5);
    await expect(counters.read('burst', end, now)).resolves.toBe(5);
    await counters.decrement('burst', end);
    await expect(counters.read('burst', end, now)).resolves.toBe(4);
    await expect(counters.incrementBelow('burst', end, 5)).resolves.toBe(true);
    for (let i = 0; i < 7; i++) await counters.decrement('burst', end);
    await expect(counters.read('burst', end, now)).resolves.toBe(0);
    await counters.decrement('never-counted', end);
    await expect(counters.incrementBelow('never-counted', end, 1)).resolves.toBe(true);
    await expect(counters.read('never-counted', end, now)).resolves.toBe(1);
  });
}
