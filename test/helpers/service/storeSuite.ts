import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe } from '@jest/globals';
import type { OidcStoreDeps } from '../../../service/store/oidcAdapter';
import { ensureTable } from '../../../service/store/table';
import type { LocalDynamo } from '../dynalite';
import { adapterCases } from './adapterCases';
import { itemStoreCases } from './itemStoreCases';
import { repositoryCases } from './repositoryCases';
import { NOW, type StoreContext } from './storeContext';

/**
 * The storage contract (oidc-provider adapter and repositories), run against any DynamoDB implementation:
 * dynalite in the fast suite, DynamoDB Local in the fidelity suite.
 */
export function defineStoreSuite(label: string, start: () => Promise<LocalDynamo>): void {
  describe(`storage contract on ${label}`, () => {
    let db: LocalDynamo;
    let client: DynamoDBClient;
    let now = NOW;
    const table = 'ride-hailer-store-test';
    let deps: OidcStoreDeps;
    const ctx: StoreContext = {
      client: () => client,
      endpoint: () => db.endpoint,
      deps: () => deps,
      table,
      setNow: (ms) => {
        now = ms;
      },
    };

    beforeAll(async () => {
      db = await start();
      client = new DynamoDBClient({
        endpoint: db.endpoint,
        region: 'us-east-1',
        credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
      });
      deps = { client, table, now: () => now, refreshGraceSeconds: 120 };
      await ensureTable(client, table);
    }, 60_000);
    afterAll(async () => {
      client.destroy();
      await db.close();
    });

    adapterCases(ctx);
    repositoryCases(ctx);
    itemStoreCases(ctx);
  });
}
