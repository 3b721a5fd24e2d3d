import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { RideRecord, RideRepository } from '../rides/ride';
import { ItemStore } from './itemStore';

/** Rides are kept for 30 days; within that window an Idempotency-Key keeps returning its ride. */
export const RIDE_RETENTION_SECONDS = 30 * 86_400;

/** Storage key of a ride. */
export function rideKey(id: string): string {
  return `Ride#${id}`;
}

/** Storage key of a rider's current-ride pointer. */
export function currentRideKey(riderId: string): string {
  return `CurrentRide#${riderId}`;
}

/**
 * DynamoDB ride repository: `Ride#<id>` items holding the record as JSON, and a `CurrentRide#<riderId>` pointer
 * moved with conditional writes (no transactions, so dynalite works).
 */
export function dynamoRideRepository(
  client: DynamoDBClient,
  table: string,
  now: () => number,
  items: ItemStore = new ItemStore(client, table),
): RideRepository {
  const nowSeconds = () => Math.floor(now() / 1000);
  const get = async (pk: string) => {
    const item = await items.get(pk);
    if (!item || Number(item.expiresAt?.N ?? Number.POSITIVE_INFINITY) <= nowSeconds()) return undefined;
    return item;
  };
  const find = async (id: string) => {
    const item = await get(rideKey(id));
    return item?.ride?.S ? (JSON.parse(item.ride.S) as RideRecord) : undefined;
  };
  return {
    find,
    readAhead(riderId, rideIds = []) {
      items.want(currentRideKey(riderId), ...rideIds.map(rideKey));
    },
    async putIfAbsent(ride) {
      const item = {
        pk: { S: rideKey(ride.id) },
        ride: { S: JSON.stringify(ride) },
        expiresAt: { N: String(nowSeconds() + RIDE_RETENTION_SECONDS) },
      };
      if (await items.putIf(item, { ConditionExpression: 'attribute_not_exists(pk)' })) return ride;
      return (await find(ride.id)) ?? ride;
    },
    async currentRideId(riderId) {
      return (await get(currentRideKey(riderId)))?.rideId?.S;
    },
    setCurrent: (riderId, rideId, expected) =>
      items.putIf(
        { pk: { S: currentRideKey(riderId) }, rideId: { S: rideId } },
        {
          ConditionExpression:
            expected === undefined
              ? 'attribute_not_exists(pk) OR #rideId = :new'
              : 'attribute_not_exists(pk) OR #rideId = :new OR #rideId = :expected',
          ExpressionAttributeNames: { '#rideId': 'rideId' },
          ExpressionAttributeValues: {
            ':new': { S: rideId },
            ...(expected === undefined ? {} : { ':expected': { S: expected } }),
          },
        },
      ),
    async markCancelled(id, at) {
      const ride = await find(id);
      if (!ride) return undefined;
      if (ride.cancelledAt) return ride;
      const cancelled: RideRecord = { ...ride, cancelledAt: at };
      const updated = await items.updateIf(rideKey(id), {
        UpdateExpression: 'SET #ride = :ride',
        ConditionExpression: '#ride = :old',
        ExpressionAttributeNames: { '#ride': 'ride' },
        ExpressionAttributeValues: {
          ':ride': { S: JSON.stringify(cancelled) },
          ':old': { S: JSON.stringify(ride) },
        },
      });
      return updated ? cancelled : find(id);
    },
  };
}
