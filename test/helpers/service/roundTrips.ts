import type { CountingProxy } from '../countingProxy';
import { exchangeCode, refresh } from './alexa';
import { api, linkAccount, type ServiceUrls, type TokenSet } from './link';

/** The hot paths whose DynamoDB round trips are counted, in the order one run walks them. */
export const OPERATIONS = [
  'browserLink',
  'codeExchange',
  'refresh',
  'getMe',
  'currentRideNone',
  'bookRide',
  'currentRideActive',
] as const;

/** One counted path. */
export type Operation = (typeof OPERATIONS)[number];

/** What one path cost on the wire: every request and the total. */
export interface OperationCount {
  total: number;
  byOperation: Record<string, number>;
}

/** How each path is named in reports. */
export const OPERATION_LABELS: Record<Operation, string> = {
  browserLink: 'Browser link: /auth → login page → login → consent → redirect',
  codeExchange: 'Code exchange (/token, authorization_code)',
  refresh: 'Refresh (/token, refresh_token)',
  getMe: 'Bearer-checked GET /v1/me',
  currentRideNone: 'GET /v1/rides/current (no active ride)',
  bookRide: 'POST /v1/rides (new Idempotency-Key)',
  currentRideActive: 'GET /v1/rides/current (active ride)',
};

async function expectStatus(response: Response, status: number, what: string): Promise<unknown> {
  const text = await response.text();
  if (response.status !== status) throw new Error(`${what}: expected ${status}, got ${response.status} ${text}`);
  return text === '' ? undefined : JSON.parse(text);
}

/**
 * Walks every counted path once against a service whose DynamoDB requests go through `proxy`, with a fresh
 * rider session: link in the cookie-jar browser, redeem the code, refresh, read the profile, look for a ride,
 * book one, and look again. Each count starts from a quiet proxy and ends once nothing is in flight.
 */
export async function countRoundTrips(
  service: ServiceUrls,
  proxy: CountingProxy,
): Promise<Record<Operation, OperationCount>> {
  const counts = {} as Record<Operation, OperationCount>;
  const measure = async <T>(operation: Operation, run: () => Promise<T>): Promise<T> => {
    await proxy.idle();
    proxy.reset();
    const result = await run();
    await proxy.idle();
    counts[operation] = { total: proxy.total(), byOperation: proxy.counts() };
    return result;
  };
  const linked = await measure('browserLink', () => linkAccount(service));
  const tokens = (await measure('codeExchange', async () =>
    expectStatus(await exchangeCode(service.tokenUrl, linked.code, 'basic'), 200, 'code exchange'),
  )) as TokenSet;
  const refreshed = (await measure('refresh', async () =>
    expectStatus(await refresh(service.tokenUrl, tokens.refresh_token), 200, 'refresh'),
  )) as TokenSet;
  const token = refreshed.access_token;
  await measure('getMe', async () => expectStatus(await api(service, '/v1/me', token), 200, 'GET /v1/me'));
  await measure('currentRideNone', async () =>
    expectStatus(await api(service, '/v1/rides/current', token), 404, 'GET /v1/rides/current'),
  );
  await measure('bookRide', async () =>
    expectStatus(
      await api(service, '/v1/rides', token, {
        method: 'POST',
        body: { destination: 'the airport', rideType: 'standard' },
        headers: { 'idempotency-key': `round-trips-${linked.code.slice(0, 12)}` },
      }),
      201,
      'POST /v1/rides',
    ),
  );
  await measure('currentRideActive', async () =>
    expectStatus(await api(service, '/v1/rides/current', token), 200, 'GET /v1/rides/current'),
  );
  return counts;
}
