import { describe, expect, it } from '@jest/globals';
import { type CountingProxy, startCountingProxy } from '../../helpers/countingProxy';
import { startBundleService } from '../../helpers/service/bundleService';
import { countRoundTrips, type Operation, type OperationCount } from '../../helpers/service/roundTrips';
import { startTestService, type TestService } from '../../helpers/service/testService';

/**
 * What each hot path may cost in DynamoDB requests, counted on the wire (a BatchGetItem or BatchWriteItem is one).
 * Exact, so a change that adds a round trip fails here; service/README.md "DynamoDB round trips" says why each is.
 */
const EXPECTED: Record<Operation, OperationCount> = {
  // /auth 1 write · login page 1 read · login 1 read (interaction + rider by email), 2 reserve + 2 release
  // (two attempt counters), 1 write · resume 2 reads, 1 write · consent page 2 reads · consent 2 reads, 1 write ·
  // resume 2 reads, 1 write.
  browserLink: {
    total: 19,
    byOperation: { PutItem: 2, GetItem: 5, BatchGetItem: 5, UpdateItem: 4, BatchWriteItem: 3 },
  },
  // The code with the lock counter, then its grant and rider; the atomic consume; both tokens in one write.
  codeExchange: { total: 4, byOperation: { BatchGetItem: 2, UpdateItem: 1, BatchWriteItem: 1 } },
  // Token, grant, rider and lock counter in one read; slide the grant's and the token's expiry; the access token.
  refresh: { total: 4, byOperation: { BatchGetItem: 1, UpdateItem: 2, PutItem: 1 } },
  getMe: { total: 1, byOperation: { BatchGetItem: 1 } },
  currentRideNone: { total: 1, byOperation: { BatchGetItem: 1 } },
  // The bearer check brings the ride pointer and the ride the key names; two conditional writes book it.
  bookRide: { total: 3, byOperation: { BatchGetItem: 1, PutItem: 2 } },
  currentRideActive: { total: 2, byOperation: { BatchGetItem: 1, GetItem: 1 } },
};

/** A fresh store (its own dynalite, table and demo rider) behind a counting proxy. */
async function countedStorage(): Promise<{ storage: TestService; proxy: CountingProxy; behindProxy: TestService }> {
  const storage = await startTestService();
  const proxy = await startCountingProxy(storage.endpoint);
  return { storage, proxy, behindProxy: { ...storage, endpoint: proxy.endpoint } };
}

describe('DynamoDB round trips of the hot paths, counted by a proxy in front of dynalite', () => {
  it('costs exactly the counted round trips in process', async () => {
    const { storage, proxy, behindProxy } = await countedStorage();
    const service = await startTestService({}, behindProxy);
    try {
      expect(await countRoundTrips(service, proxy)).toEqual(EXPECTED);
    } finally {
      await service.close();
      await proxy.close();
      await storage.close();
    }
  });

  it('costs exactly the same through the built bundle (dist/service) behind a stand-in API Gateway', async () => {
    const { storage, proxy, behindProxy } = await countedStorage();
    const bundle = await startBundleService(behindProxy);
    try {
      expect(await countRoundTrips(bundle, proxy)).toEqual(EXPECTED);
    } finally {
      await bundle.close();
      await proxy.close();
      await storage.close();
    }
  });
});
