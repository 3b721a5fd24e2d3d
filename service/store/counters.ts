import { type DynamoDBClient, GetItemCommand, UpdateItemCommand } from '@aws-sdk/client-dynamodb';
import { sha256 } from './keys';

/** Fixed-window failure counters (throttling). Keys are hashed, so emails and addresses are not stored in clear. */
export interface CounterStore {
  /** Adds one to the counter of `subject` in the window that ends at `windowEnd` (epoch s); returns the new count. */
  increment(subject: string, windowEnd: number): Promise<number>;
  /** The count in that window (0 when absent or expired). */
  read(subject: string, windowEnd: number, nowSeconds: number): Promise<number>;
}

/** DynamoDB counters: one `UpdateItem ADD` per failure with the TTL attribute set to the window's end. */
export function dynamoCounterStore(client: DynamoDBClient, table: string): CounterStore {
  const key = (subject: string, windowEnd: number) => ({ pk: { S: `Throttle#${sha256(subject)}#${windowEnd}` } });
  return {
    async increment(subject, windowEnd) {
      const { Attributes } = await client.send(
        new UpdateItemCommand({
          TableName: table,
          Key: key(subject, windowEnd),
          UpdateExpression: 'ADD #failures :one SET #expiresAt = :end',
          ExpressionAttributeNames: { '#failures': 'failures', '#expiresAt': 'expiresAt' },
          ExpressionAttributeValues: { ':one': { N: '1' }, ':end': { N: String(windowEnd) } },
          ReturnValues: 'ALL_NEW',
        }),
      );
      return Number(Attributes?.failures?.N ?? '1');
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
