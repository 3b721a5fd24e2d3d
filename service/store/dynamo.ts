import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { ServiceConfig } from '../config';
import { StoreUnavailableError } from '../errors';

/** DynamoDB's answers that mean "slow down, then retry" (its throttling error codes). */
const THROTTLING = new Set(['ProvisionedThroughputExceededException', 'ThrottlingException', 'RequestLimitExceeded']);
/** Errors that mean no answer arrived at all: refused, reset, unreachable, timed out. */
const NO_ANSWER_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);
const NO_ANSWER_NAMES = new Set(['TimeoutError', 'AbortError', 'RequestTimeout']);

/**
 * Longest wait for one DynamoDB answer, per attempt. A healthy table answers in milliseconds; the margin is wide
 * because a timed-out attempt is retried, and the retry of a conditional write that did land fails its condition.
 */
const REQUEST_TIMEOUT_MS = 2000;
const CONNECTION_TIMEOUT_MS = 1000;

/** True when `error` says DynamoDB is unavailable for now (throttled, unreachable, too slow, failing on its side). */
export function isStoreUnavailable(error: unknown): boolean {
  // Duck-typed: network errors come from Node's own realm, where `instanceof Error` can fail (vm contexts).
  if (typeof error !== 'object' || error === null) return false;
  const { name, code, $fault } = error as { name?: unknown; code?: unknown; $fault?: unknown };
  return (
    (typeof name === 'string' && (THROTTLING.has(name) || NO_ANSWER_NAMES.has(name))) ||
    (typeof code === 'string' && NO_ANSWER_CODES.has(code)) ||
    $fault === 'server'
  );
}

const UNAVAILABLE = Symbol('storeUnavailable');
type CallContext = { [UNAVAILABLE]?: boolean };

/**
 * The one DynamoDB client of the service. Local mode with an explicit endpoint (dynalite, DynamoDB Local) uses
 * placeholder credentials, which those emulators accept, so a laptop needs no AWS profile. Once the SDK's retries
 * are spent, an unavailable table surfaces as {@link StoreUnavailableError}, which every edge answers with 503.
 */
export function createDynamoClient(config: Pick<ServiceConfig, 'mode' | 'dynamo'>): DynamoDBClient {
  const { region, endpoint } = config.dynamo;
  const local = config.mode === 'local' && endpoint !== undefined;
  const client = new DynamoDBClient({
    region,
    ...(endpoint ? { endpoint } : {}),
    ...(local ? { credentials: { accessKeyId: 'local', secretAccessKey: 'local' } } : {}),
    maxAttempts: 3,
    // Without throwOnRequestTimeout this SDK version only logs a warning when requestTimeout passes.
    requestHandler: {
      connectionTimeout: CONNECTION_TIMEOUT_MS,
      requestTimeout: REQUEST_TIMEOUT_MS,
      throwOnRequestTimeout: true,
    },
  });
  // Inside the retries: each attempt's failure is judged as it comes, and the verdict on the last one is kept.
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const verdict = context as CallContext;
      try {
        const output = await next(args);
        verdict[UNAVAILABLE] = false;
        return output;
      } catch (error) {
        verdict[UNAVAILABLE] = isStoreUnavailable(error);
        throw error;
      }
    },
    { step: 'finalizeRequest', priority: 'low', name: 'judgeStoreFailure' },
  );
  // Outside the retries: a failure that outlived them, and was judged unavailable, becomes one typed error.
  client.middlewareStack.add(
    (next, context) => async (args) => {
      try {
        return await next(args);
      } catch (error) {
        if ((context as CallContext)[UNAVAILABLE])
          throw new StoreUnavailableError('DynamoDB is unavailable', { cause: error });
        throw error;
      }
    },
    { step: 'initialize', name: 'storeUnavailable' },
  );
  return client;
}

/** True when `error` is DynamoDB's failed-condition error (conditional writes). */
export function isConditionFailed(error: unknown): boolean {
  return error instanceof Error && error.name === 'ConditionalCheckFailedException';
}
