import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';

/** Connection settings for the skill's table. */
export interface DynamoSettings {
  region: string;
  endpoint: string | undefined;
  table: string;
}

/** The SDK module, loaded on first use so that requests which never touch DynamoDB skip its load time. */
export type DynamoModule = typeof import('@aws-sdk/client-dynamodb');

export interface Dynamo {
  sdk: DynamoModule;
  client: DynamoDBClient;
  table: string;
}

/** Lazily creates one DynamoDB client per settings object; short timeouts keep Alexa's 8 s budget safe. */
export function lazyDynamo(settings: DynamoSettings): () => Promise<Dynamo> {
  let dynamo: Promise<Dynamo> | undefined;
  return () => {
    dynamo ??= import('@aws-sdk/client-dynamodb').then((sdk) => ({
      sdk,
      table: settings.table,
      client: new sdk.DynamoDBClient({
        region: settings.region,
        endpoint: settings.endpoint,
        maxAttempts: 2,
        requestHandler: { connectionTimeout: 500, requestTimeout: 1500 },
      }),
    }));
    return dynamo;
  };
}
