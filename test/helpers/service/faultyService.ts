import { type RunningService, startService } from '../../../service/server';
import { startDynalite } from '../dynalite';
import { type FaultyDynamo, startFaultyDynamo } from '../faultyDynamo';

/** A service whose DynamoDB sits behind a faulting proxy (healthy until told otherwise). */
export interface FaultyService extends RunningService {
  faults: FaultyDynamo;
  /** dynalite itself, behind the proxy (for white-box reads that must not fail). */
  storeEndpoint: string;
  table: string;
}

/** Starts dynalite, the faulting proxy in front of it, and the service (local mode) on 127.0.0.1:0. */
export async function startFaultyService(env: Record<string, string> = {}): Promise<FaultyService> {
  const db = await startDynalite();
  const faults = await startFaultyDynamo(db.endpoint);
  const service = await startService({
    port: 0,
    host: '127.0.0.1',
    env: { SERVICE_MODE: 'local', LOG_LEVEL: 'silent', DYNAMODB_ENDPOINT: faults.endpoint, ...env },
  });
  return {
    ...service,
    faults,
    storeEndpoint: db.endpoint,
    table: env.SERVICE_TABLE ?? 'ride-hailer-service',
    async close() {
      await faults.heal();
      await service.close();
      await faults.close();
      await db.close();
    },
  };
}

/**
 * Fails the `n`-th DynamoDB call from now, and every retry of it (same operation and body), with `fault`: one
 * logical call that stays broken however often the SDK retries it, while every other call goes through.
 */
export function failNthCall(faults: FaultyDynamo, n: number, fault: 'reset' | 'throughput' = 'reset'): void {
  let seen = 0;
  let target: string | undefined;
  faults.fail({
    fault,
    match: (call) => {
      const signature = `${call.operation} ${JSON.stringify(call.body)}`;
      if (target === undefined && ++seen === n) target = signature;
      return signature === target;
    },
  });
}
