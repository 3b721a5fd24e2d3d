import {
  type AttributeValue,
  BatchWriteItemCommand,
  DescribeTableCommand,
  DynamoDBClient,
  ListTablesCommand,
  ScanCommand,
} from '@aws-sdk/client-dynamodb';

/** DynamoDB's limit of requests in one BatchWriteItem call. */
const BATCH = 25;

async function tableNames(client: DynamoDBClient): Promise<string[]> {
  const names: string[] = [];
  let start: string | undefined;
  do {
    const page = await client.send(new ListTablesCommand({ ExclusiveStartTableName: start }));
    names.push(...(page.TableNames ?? []));
    start = page.LastEvaluatedTableName;
  } while (start !== undefined);
  return names;
}

async function emptyTable(client: DynamoDBClient, table: string): Promise<number> {
  const { Table } = await client.send(new DescribeTableCommand({ TableName: table }));
  const keys = (Table?.KeySchema ?? []).map((key) => key.AttributeName ?? '');
  const names = Object.fromEntries(keys.map((key, i) => [`#k${i}`, key]));
  let deleted = 0;
  let start: Record<string, AttributeValue> | undefined;
  do {
    const page = await client.send(
      new ScanCommand({
        TableName: table,
        ProjectionExpression: Object.keys(names).join(', '),
        ExpressionAttributeNames: names,
        ExclusiveStartKey: start,
        ConsistentRead: true,
      }),
    );
    const items = page.Items ?? [];
    for (let i = 0; i < items.length; i += BATCH) {
      let requests = items.slice(i, i + BATCH).map((Key) => ({ DeleteRequest: { Key } }));
      while (requests.length > 0) {
        const result = await client.send(new BatchWriteItemCommand({ RequestItems: { [table]: requests } }));
        requests = (result.UnprocessedItems?.[table] ?? []).flatMap((r) =>
          r.DeleteRequest?.Key ? [{ DeleteRequest: { Key: r.DeleteRequest.Key } }] : [],
        );
      }
    }
    deleted += items.length;
    start = page.LastEvaluatedKey;
  } while (start !== undefined);
  return deleted;
}

/**
 * Deletes every item of every table at a stack's own dynalite (the service's riders, grants, rides and throttle
 * counters, the skill's attributes), keeping the tables, so the running parts need no restart.
 */
export async function emptyTables(endpoint: string): Promise<number> {
  const client = new DynamoDBClient({
    endpoint,
    region: 'us-east-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  try {
    let deleted = 0;
    for (const table of await tableNames(client)) deleted += await emptyTable(client, table);
    return deleted;
  } finally {
    client.destroy();
  }
}
