import { type DynamoDBClient, GetItemCommand, PutItemCommand, UpdateItemCommand } from '@aws-sdk/client-dynamodb';
import type { RideRecord, RideRepository } from '../rides/ride';
import { isConditionFailed } from './dynamo';

/** Rides are kept for 30 days; within that window an Idempotency-Key keeps returning its ride. */
export const RIDE_RETENTION_SECONDS = 30 * 86_400;

/**
 * DynamoDB ride repository: `Ride#<id>` items holding the record as JSON, and a `CurrentRide#<riderId>` pointer
 * moved with conditional writes (no transactions, so dynalite works).
 */
export function dynamoRideRepository(client: DynamoDBClient, table: string, now: () => number): RideRepository {
  const nowSeconds = () => Math.floor(now() / 1000);
  const get = async (pk: string) => {
    const { Item } = await client.send(
      new GetItemCommand({ TableName: table, Key: { pk: { S: pk } }, ConsistentRead: true }),
    );
    if (!Item || Number(Item.expiresAt?.N ?? Number.POSITIVE_INFINITY) <= nowSeconds()) return undefined;
    return Item;
  };
  const find = async (id: string) => {
    const item = await get(`Ride#${id}`);
    return item?.ride?.S ? (JSON.parse(item.ride.S) as RideRecord) : undefined;
  };
  return {
    find,
    async putIfAbsent(ride) {
      try {
        await client.send(
          new PutItemCommand({
            TableName: table,
            Item: {
              pk: { S: `Ride#${ride.id}` },
              ride: { S: JSON.stringify(ride) },
              expiresAt: { N: String(nowSeconds() + RIDE_RETENTION_SECONDS) },
            },
            ConditionExpression: 'attribute_not_exists(pk)',
          }),
        );
        return ride;
      } catch (error) {
        if (!isConditionFailed(error)) throw error;
        return (await find(ride.id)) ?? ride;
      }
    },
    async currentRideId(riderId) {
      return (await get(`CurrentRide#${riderId}`))?.rideId?.S;
    },
    async setCurrent(riderId, rideId, expected) {
      try {
        await client.send(
          new PutItemCommand({
            TableName: table,
            Item: { pk: { S: `CurrentRide#${riderId}` }, rideId: { S: rideId } },
            ConditionExpression:
              expected === undefined
                ? 'attribute_not_exists(pk) OR #rideId = :new'
                : 'attribute_not_exists(pk) OR #rideId = :new OR #rideId = :expected',
            ExpressionAttributeNames: { '#rideId': 'rideId' },
            ExpressionAttributeValues: {
              ':new': { S: rideId },
              ...(expected === undefined ? {} : { ':expected': { S: expected } }),
            },
          }),
        );
        return true;
      } catch (error) {
        if (isConditionFailed(error)) return false;
        throw error;
      }
    },
    async markCancelled(id, at) {
      const ride = await find(id);
      if (!ride) return undefined;
      if (ride.cancelledAt) return ride;
      const cancelled: RideRecord = { ...ride, cancelledAt: at };
      try {
        await client.send(
          new UpdateItemCommand({
            TableName: table,
            Key: { pk: { S: `Ride#${id}` } },
            UpdateExpression: 'SET #ride = :ride',
            ConditionExpression: '#ride = :old',
            ExpressionAttributeNames: { '#ride': 'ride' },
            ExpressionAttributeValues: {
              ':ride': { S: JSON.stringify(cancelled) },
              ':old': { S: JSON.stringify(ride) },
            },
          }),
        );
        return cancelled;
      } catch (error) {
        if (!isConditionFailed(error)) throw error;
        return find(id);
      }
    },
  };
}
