import { DynamoDBClient, ScanCommand } from '@aws-sdk/client-dynamodb';
import { type RunningService, startService } from '../../../service/server';
import { startDynalite } from '../dynalite';

/** A service on 127.0.0.1:0 backed by its own in-memory dynalite, plus a raw client for white-box checks. */
export interface TestService extends RunningService {
  endpoint: string;
  table: string;
  dynamo: DynamoDBClient;
  /** Every item in the table, as JSON text per item. */
  scanTable(): Promise<string[]>;
}

/**
 * Starts a fresh service; `env` overrides the test defaults (local mode, quiet logs). With `sharing`, the new
 * service uses the other one's database and table (for example a second client id against the same storage).
 */
export async function startTestService(env: Record<string, string> = {}, sharing?: TestService): Promise<TestService> {
  const db = sharing ? { endpoint: sharing.endpoint, close: async () => {} } : await startDynalite();
  const table = 'ride-hailer-test';
  const service = await startService({
    port: 0,
    host: '127.0.0.1',
    env: { SERVICE_MODE: 'local', LOG_LEVEL: 'silent', DYNAMODB_ENDPOINT: db.endpoint, SERVICE_TABLE: table, ...env },
  });
  const dynamo = new DynamoDBClient({
    endpoint: db.endpoint,
    region: 'us-east-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  return {
    ...service,
    endpoint: db.endpoint,
    table,
    dynamo,
    async scanTable() {
      const items: string[] = [];
      let start: Record<string, never> | undefined;
      do {
        const page = await dynamo.send(new ScanCommand({ TableName: table, ExclusiveStartKey: start }));
        for (const item of page.Items ?? []) items.push(JSON.stringify(item));
        start = page.LastEvaluatedKey as Record<string, never> | undefined;
      } while (start);
      return items;
    },
    async close() {
      await service.close();
      dynamo.destroy();
      await db.close();
    },
  };
}

/**
 * A service and, on the same storage, a second one whose Alexa client has another id and secret: the pair the
 * tests use to prove codes and refresh tokens are bound to the client they were issued to (RFC 6749 §4.1.3, §6).
 */
export async function startServiceWithOtherClient(): Promise<{ service: TestService; other: TestService }> {
  const service = await startTestService();
  const other = await startTestService(
    { ALEXA_CLIENT_ID: 'another-client', ALEXA_CLIENT_SECRET: 'another-secret' },
    service,
  );
  return { service, other };
}
