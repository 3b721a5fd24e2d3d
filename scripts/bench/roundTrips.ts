import { startService } from '../../service/server';
import { startCountingProxy } from '../../test/helpers/countingProxy';
import { startDynalite } from '../../test/helpers/dynalite';
import { countRoundTrips, type Operation, type OperationCount } from '../../test/helpers/service/roundTrips';

/** The goals: DynamoDB requests per hot path (a batch counts once). */
export const ROUND_TRIP_GOALS: Record<Operation, number> = {
  browserLink: 12,
  codeExchange: 4,
  refresh: 4,
  getMe: 1,
  currentRideNone: 2,
  bookRide: 3,
  currentRideActive: 2,
};

/**
 * Counts the DynamoDB requests of every hot path on the wire: dynalite behind a counting proxy, the service in this
 * process, one fresh walk (link, exchange, refresh, profile, rides). Exact on any machine.
 */
export async function benchRoundTrips(): Promise<Record<Operation, OperationCount>> {
  const db = await startDynalite();
  const proxy = await startCountingProxy(db.endpoint);
  const service = await startService({
    port: 0,
    host: '127.0.0.1',
    env: { SERVICE_MODE: 'local', LOG_LEVEL: 'silent', DYNAMODB_ENDPOINT: proxy.endpoint, SERVICE_TABLE: 'bench-rt' },
  });
  try {
    return await countRoundTrips(service, proxy);
  } finally {
    await service.close();
    await proxy.close();
    await db.close();
  }
}
