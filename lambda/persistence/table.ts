import type { Dynamo } from './dynamo';

/**
 * Creates the skill's table (partition key `pk`, on-demand) if it does not exist, for local runs and tests.
 * On AWS the table comes from the deployment template (infrastructure/skill-stack.yaml).
 */
export async function ensureSkillTable({ sdk, client, table }: Dynamo): Promise<void> {
  try {
    await client.send(
      new sdk.CreateTableCommand({
        TableName: table,
        BillingMode: 'PAY_PER_REQUEST',
        AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }],
        KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
      }),
    );
  } catch (error) {
    if (!(error instanceof sdk.ResourceInUseException)) throw error;
  }
  // Local emulators create tables at once; poll every 1-2 s rather than the waiter's default 20 s first delay.
  await sdk.waitUntilTableExists({ client, maxWaitTime: 30, minDelay: 1, maxDelay: 2 }, { TableName: table });
}
