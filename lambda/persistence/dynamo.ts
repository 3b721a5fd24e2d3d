import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { PersistenceError } from '../errors';
import type { Budget } from '../rides/Budget';

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

/** Longest one DynamoDB call may take, retries included: a healthy table answers in milliseconds. */
export const DYNAMODB_CALL_MS = 1000;
/** With less than this left of the request's budget, a call fails at once instead of starting. */
const MIN_CALL_MS = 50;

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
        // Without throwOnRequestTimeout this SDK version only logs a warning when requestTimeout passes.
        requestHandler: { connectionTimeout: 500, requestTimeout: DYNAMODB_CALL_MS, throwOnRequestTimeout: true },
      }),
    }));
    return dynamo;
  };
}

/**
 * `client.send` options that abort the call after DYNAMODB_CALL_MS or when the request's budget runs out,
 * whichever comes first, so that a table that accepts and never answers cannot hold up the answer; a request
 * without a budget (local tools) gets DYNAMODB_CALL_MS.
 */
export function withinBudget(budget: Budget | undefined): { abortSignal: AbortSignal } {
  const ms = Math.min(DYNAMODB_CALL_MS, budget?.remainingMs() ?? DYNAMODB_CALL_MS);
  if (ms < MIN_CALL_MS) throw new PersistenceError('time budget exhausted before the DynamoDB call');
  return { abortSignal: AbortSignal.timeout(ms) };
}
