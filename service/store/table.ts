import {
  CreateTableCommand,
  type DynamoDBClient,
  UpdateTimeToLiveCommand,
  waitUntilTableExists,
} from '@aws-sdk/client-dynamodb';

/** Global secondary indexes of the single service table. */
export const INDEX = {
  /** Tokens and codes of one grant, for `revokeByGrantId` (oidc-provider adapter contract). */
  grant: 'grantIndex',
  /** Grants of one rider, for revoking a rider's links. */
  account: 'accountIndex',
  /** Grants bound to one Alexa user id, for SkillDisabled revocation. */
  alexaUser: 'alexaUserIndex',
} as const;

/** The TTL attribute (epoch seconds). DynamoDB deletes lazily, so every read checks it too. */
export const TTL_ATTRIBUTE = 'expiresAt';

function errorName(error: unknown): string {
  return error instanceof Error ? error.name : '';
}

/**
 * Creates the table and its indexes if missing and turns TTL on. Tolerates an existing table, and dynalite's
 * `UnknownOperationException` for UpdateTimeToLive (dynalite). Uses no transactions.
 */
export async function ensureTable(client: DynamoDBClient, table: string): Promise<void> {
  const gsi = (name: string, hash: string, include?: string[]) => ({
    IndexName: name,
    KeySchema: [
      { AttributeName: hash, KeyType: 'HASH' as const },
      { AttributeName: 'pk', KeyType: 'RANGE' as const },
    ],
    Projection: include
      ? { ProjectionType: 'INCLUDE' as const, NonKeyAttributes: include }
      : { ProjectionType: 'KEYS_ONLY' as const },
  });
  try {
    await client.send(
      new CreateTableCommand({
        TableName: table,
        BillingMode: 'PAY_PER_REQUEST',
        AttributeDefinitions: ['pk', 'grantId', 'accountId', 'alexaUserId'].map((name) => ({
          AttributeName: name,
          AttributeType: 'S' as const,
        })),
        KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
        GlobalSecondaryIndexes: [
          gsi(INDEX.grant, 'grantId'),
          gsi(INDEX.account, 'accountId', ['grantId']),
          gsi(INDEX.alexaUser, 'alexaUserId', ['grantId']),
        ],
      }),
    );
  } catch (error) {
    if (errorName(error) !== 'ResourceInUseException') throw error;
  }
  await waitUntilTableExists({ client, maxWaitTime: 60, minDelay: 1, maxDelay: 2 }, { TableName: table });
  try {
    await client.send(
      new UpdateTimeToLiveCommand({
        TableName: table,
        TimeToLiveSpecification: { AttributeName: TTL_ATTRIBUTE, Enabled: true },
      }),
    );
  } catch (error) {
    const name = errorName(error);
    const alreadyOn = name === 'ValidationException' && /already enabled/i.test((error as Error).message);
    if (name !== 'UnknownOperationException' && !alreadyOn) throw error;
  }
}
