import { DynamoDBClient, ScanCommand } from '@aws-sdk/client-dynamodb';
import type { Stack } from '../../../emulator/stack/startStack';
import { liveGrants } from '../service/app';

/** Live grants of a client in the stack's service table (white-box "no leftover grant" check). */
export async function stackGrants(stack: Stack, clientId = 'ride-hailer-alexa', nowMs = Date.now()): Promise<number> {
  const client = new DynamoDBClient({
    endpoint: stack.urls.dynamodb,
    region: 'us-east-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  try {
    const scanTable = async () => {
      const items: string[] = [];
      let start: Record<string, never> | undefined;
      do {
        const page = await client.send(new ScanCommand({ TableName: 'ride-hailer-service', ExclusiveStartKey: start }));
        for (const item of page.Items ?? []) items.push(JSON.stringify(item));
        start = page.LastEvaluatedKey as Record<string, never> | undefined;
      } while (start);
      return items;
    };
    return await liveGrants({ scanTable }, clientId, nowMs);
  } finally {
    client.destroy();
  }
}
