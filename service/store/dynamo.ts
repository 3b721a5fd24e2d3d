import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { ServiceConfig } from '../config';

/**
 * The one DynamoDB client of the service. Local mode with an explicit endpoint (dynalite, DynamoDB Local) uses
 * placeholder credentials, which those emulators accept, so a laptop needs no AWS profile.
 */
export function createDynamoClient(config: Pick<ServiceConfig, 'mode' | 'dynamo'>): DynamoDBClient {
  const { region, endpoint } = config.dynamo;
  const local = config.mode === 'local' && endpoint !== undefined;
  return new DynamoDBClient({
    region,
    ...(endpoint ? { endpoint } : {}),
    ...(local ? { credentials: { accessKeyId: 'local', secretAccessKey: 'local' } } : {}),
    maxAttempts: 3,
  });
}

/** True when `error` is DynamoDB's failed-condition error (conditional writes). */
export function isConditionFailed(error: unknown): boolean {
  return error instanceof Error && error.name === 'ConditionalCheckFailedException';
}
