import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { type Item, ItemStore } from './itemStore';
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
  /** The count in that window (0 when absent or expired), read now. */
  read(subject: string, windowEnd: number, nowSeconds: number): Promise<number>;
  /** Fetches that counter afresh with every read the current request makes from now on (no round trip now). */
  watch(subject: string, windowEnd: number): void;
  /** The count as of the current request's latest read since `watch`; read now when there was none. */
  readWatched(subject: string, windowEnd: number, nowSeconds: number): Promise<number>;
}

function count(item: Item | undefined, nowSeconds: number): number {
  if (!item || Number(item.expiresAt?.N ?? '0') <= nowSeconds) return 0;
  return Number(item.failures?.N ?? '0');
}

/** DynamoDB counters: conditional `UpdateItem ADD` with the TTL attribute set to the window's end. */
export function dynamoCounterStore(
  client: DynamoDBClient,
  table: string,
  items: ItemStore = new ItemStore(client, table),
): CounterStore {
  const pk = (subject: string, windowEnd: number) => `Throttle#${sha256(subject)}#${windowEnd}`;
  const names = { '#failures': 'failures', '#expiresAt': 'expiresAt' };
  const reader = new ItemStore(client, table);
  return {
    incrementBelow: (subject, windowEnd, limit) =>
      items.updateIf(pk(subject, windowEnd), {
        UpdateExpression: 'ADD #failures :one SET #expiresAt = :end',
        ConditionExpression: 'attribute_not_exists(#failures) OR #failures < :limit',
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: {
          ':one': { N: '1' },
          ':end': { N: String(windowEnd) },
          ':limit': { N: String(limit) },
        },
      }),
    async decrement(subject, windowEnd) {
      await items.updateIf(pk(subject, windowEnd), {
        UpdateExpression: 'ADD #failures :minusOne',
        ConditionExpression: '#failures > :zero',
        ExpressionAttributeNames: { '#failures': 'failures' },
        ExpressionAttributeValues: { ':minusOne': { N: '-1' }, ':zero': { N: '0' } },
      });
    },
    // A store of its own outside any request: a counter is always read fresh, never from what a request read.
    read: async (subject, windowEnd, nowSeconds) => count(await reader.get(pk(subject, windowEnd)), nowSeconds),
    watch: (subject, windowEnd) => items.watch(pk(subject, windowEnd)),
    readWatched: async (subject, windowEnd, nowSeconds) =>
      count(await items.latest(pk(subject, windowEnd)), nowSeconds),
  };
}
