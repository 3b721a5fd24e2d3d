import { type DynamoDBClient, GetItemCommand, UpdateItemCommand } from '@aws-sdk/client-dynamodb';
import { isConditionFailed } from './dynamo';
import { sha256 } from './keys';

/** Fixed-window attempt counters (throttling). Keys are hashed, so emails and addresses are not stored in clear. */
export interface CounterStore {
  /**
   * Adds one to the counter of `subject` in the window that ends at `windowEnd` (epoch s), unless it has already
   * reached `limit`; true when it added. One atomic step, so parallel callers can never pass the limit together.
   */
  incrementBelow(subject: string, windowEnd: number, limit: number): Promise<boolean>;
  /** Takes one back from that counter (a reservation returned); never goes below zero. */
  decrement(subject: string, windowEnd: number): Promise<void>;
  /** The count in that window (0 when absent or expired). */
  read(subject: string, windowEnd: number, nowSeconds: number): Promise<number>;
}

/** DynamoDB counters: conditional `UpdateItem ADD` with the TTL attribute set to the window's end. */
export function dynamoCounterStore(client: DynamoDBClient, table: string): CounterStore {
  const key = (subject: string, windowEnd: number) => ({ pk: { S: `Throttle#${sha256(subject)}#${windowEnd}` } });
  const names = { '#failures': 'failures', '#expiresAt': 'expiresAt' };
  return {
    async incrementBelow(subject, windowEnd, limit) {
      try {
        await client.send(
          new UpdateItemCommand({
            TableName: table,
            Key: key(subject, windowEnd),
            UpdateExpression: 'ADD #failures :one SET #expiresAt = :end',
            ConditionExpression: 'attribute_not_exists(#failures) OR #failures < :limit',
            ExpressionAttributeNames: names,
            ExpressionAttributeValues: {
              ':one': { N: '1' },
              ':end': { N: String(windowEnd) },
              ':limit': { N: String(limit) },
            },
          }),
        );
        return true;
      } catch (error) {
        if (isConditionFailed(error)) return false;
        throw error;
      }
    },
    async decrement(subject, windowEnd) {
      try {
        await client.send(
          new UpdateItemCommand({
            TableName: table,
            Key: key(subject, windowEnd),
            UpdateExpression: 'ADD #failures :minusOne',
            ConditionExpression: '#failures > :zero',
            ExpressionAttributeNames: { '#failures': 'failures' },
            ExpressionAttributeValues: { ':minusOne': { N: '-1' }, ':zero': { N: '0' } },
          }),
        );
      } catch (error) {
        if (!isConditionFailed(error)) throw error;
      }
    },
    async read(subject, windowEnd, nowSeconds) {
      const { Item } = await client.send(
        new GetItemCommand({ TableName: table, Key: key(subject, windowEnd), ConsistentRead: true }),
      );
      if (!Item || Number(Item.expiresAt?.N ?? '0') <= nowSeconds) return 0;
      return Number(Item.failures?.N ?? '0');
    },
  };
}
