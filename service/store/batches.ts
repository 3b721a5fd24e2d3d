import {
  type AttributeValue,
  BatchGetItemCommand,
  BatchWriteItemCommand,
  type DynamoDBClient,
  type WriteRequest,
} from '@aws-sdk/client-dynamodb';

type Item = Record<string, AttributeValue>;

/** BatchGetItem takes at most 100 keys, BatchWriteItem 25 writes (DynamoDB API reference). */
const MAX_BATCH_GET = 100;
const MAX_BATCH_WRITE = 25;
/** DynamoDB may leave part of a batch unprocessed under load; it is retried with backoff, then refused. */
const MAX_ATTEMPTS = 8;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function chunks<T>(values: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < values.length; i += size) out.push(values.slice(i, i + size));
  return out;
}

/** Strongly consistent reads of `pks` (one BatchGetItem per 100); the items found, by key. */
export async function batchGetItems(client: DynamoDBClient, table: string, pks: string[]): Promise<Map<string, Item>> {
  const found = new Map<string, Item>();
  for (const part of chunks(pks, MAX_BATCH_GET)) {
    let keys: Item[] = part.map((pk) => ({ pk: { S: pk } }));
    for (let attempt = 0; keys.length > 0; attempt++) {
      if (attempt >= MAX_ATTEMPTS) throw new Error(`BatchGetItem left ${keys.length} keys unprocessed`);
      if (attempt > 0) await pause(2 ** attempt * 10);
      const { Responses, UnprocessedKeys } = await client.send(
        new BatchGetItemCommand({ RequestItems: { [table]: { Keys: keys, ConsistentRead: true } } }),
      );
      for (const item of Responses?.[table] ?? []) if (item.pk?.S) found.set(item.pk.S, item);
      keys = UnprocessedKeys?.[table]?.Keys ?? [];
    }
  }
  return found;
}

/** Unconditional puts and deletes (one BatchWriteItem per 25), retried until DynamoDB has processed them all. */
export async function batchWriteItems(client: DynamoDBClient, table: string, writes: WriteRequest[]): Promise<void> {
  for (const part of chunks(writes, MAX_BATCH_WRITE)) {
    let left = part;
    for (let attempt = 0; left.length > 0; attempt++) {
      if (attempt >= MAX_ATTEMPTS) throw new Error(`BatchWriteItem left ${left.length} writes unprocessed`);
      if (attempt > 0) await pause(2 ** attempt * 10);
      const { UnprocessedItems } = await client.send(new BatchWriteItemCommand({ RequestItems: { [table]: left } }));
      left = UnprocessedItems?.[table] ?? [];
    }
  }
}
