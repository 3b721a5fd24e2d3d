import { PersistenceError } from '../errors';
import type { Budget } from '../rides/Budget';
import type { RideStore } from '../rides/RideStore';
import type { Ride } from '../rides/types';
import { type Dynamo, withinBudget } from './dynamo';

/** How long a booking's idempotency record is kept (DynamoDB TTL attribute `expiresAt`). */
const BOOKING_TTL_SECONDS = 7 * 24 * 3600;

/** The item that holds a rider's latest ride. */
function riderItem(riderId: string, ride: Ride) {
  return { pk: { S: `rider#${riderId}` }, data: { S: JSON.stringify(ride) }, rideId: { S: ride.id } };
}

/**
 * Rides of LWA riders in the skill's table: `rider#<id>` holds the latest ride, `booking#<id>#<key>` each booking.
 * One store per request: every call keeps to that request's time budget.
 */
export class DynamoRideStore implements RideStore {
  constructor(
    private readonly dynamo: () => Promise<Dynamo>,
    private readonly budget: Budget | undefined,
    private readonly now: () => number = Date.now,
  ) {}

  async latest(riderId: string): Promise<Ride | null> {
    const { sdk, client, table } = await this.dynamo();
    try {
      const { Item } = await client.send(
        new sdk.GetItemCommand({ TableName: table, Key: { pk: { S: `rider#${riderId}` } }, ConsistentRead: true }),
        withinBudget(this.budget),
      );
      return Item?.data?.S === undefined ? null : (JSON.parse(Item.data.S) as Ride);
    } catch (error) {
      throw new PersistenceError('could not read the latest ride', { cause: error });
    }
  }

  async saveOnce(riderId: string, idempotencyKey: string, ride: Ride): Promise<Ride> {
    const { sdk, client, table } = await this.dynamo();
    const pk = `booking#${riderId}#${idempotencyKey}`;
    const expiresAt = String(Math.floor(this.now() / 1000) + BOOKING_TTL_SECONDS);
    let stored = ride;
    try {
      await client.send(
        new sdk.PutItemCommand({
          TableName: table,
          Item: { pk: { S: pk }, data: { S: JSON.stringify(ride) }, expiresAt: { N: expiresAt } },
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
        withinBudget(this.budget),
      );
    } catch (error) {
      if (!(error instanceof sdk.ConditionalCheckFailedException)) {
        throw new PersistenceError('could not save the booking', { cause: error });
      }
      stored = await this.bookedEarlier(pk, error);
    }
    // Also on a repeat: the first attempt may have stored the booking and then failed before this write.
    await this.pointTo(riderId, stored);
    return stored;
  }

  private async bookedEarlier(pk: string, conflict: unknown): Promise<Ride> {
    const { sdk, client, table } = await this.dynamo();
    try {
      const { Item } = await client.send(
        new sdk.GetItemCommand({ TableName: table, Key: { pk: { S: pk } }, ConsistentRead: true }),
        withinBudget(this.budget),
      );
      if (Item?.data?.S !== undefined) return JSON.parse(Item.data.S) as Ride;
    } catch (error) {
      throw new PersistenceError('could not read the earlier booking', { cause: error });
    }
    throw new PersistenceError('could not save the booking', { cause: conflict });
  }

  /** Makes `ride` the rider's latest unless it already is (a later cancel of it must not be undone). */
  private async pointTo(riderId: string, ride: Ride): Promise<void> {
    const { sdk, client, table } = await this.dynamo();
    try {
      await client.send(
        new sdk.PutItemCommand({
          TableName: table,
          Item: riderItem(riderId, ride),
          ConditionExpression: 'attribute_not_exists(rideId) OR rideId <> :id',
          ExpressionAttributeValues: { ':id': { S: ride.id } },
        }),
        withinBudget(this.budget),
      );
    } catch (error) {
      if (error instanceof sdk.ConditionalCheckFailedException) return;
      throw new PersistenceError('could not save the ride', { cause: error });
    }
  }

  async update(riderId: string, ride: Ride): Promise<void> {
    const { sdk, client, table } = await this.dynamo();
    try {
      await client.send(
        new sdk.PutItemCommand({
          TableName: table,
          Item: riderItem(riderId, ride),
        }),
        withinBudget(this.budget),
      );
    } catch (error) {
      throw new PersistenceError('could not save the ride', { cause: error });
    }
  }
}
