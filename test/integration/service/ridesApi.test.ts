import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { fakeClock, restoreClocks } from '../../helpers/service/clock';
import { api, obtainTokens, type ServiceUrls, type TokenSet } from '../../helpers/service/link';
import { type ServiceTarget, serviceTargets } from '../../helpers/service/targets';
import { startTestService, type TestService } from '../../helpers/service/testService';

interface Ride {
  id: string;
  status: string;
  etaMinutes: number;
  fare: { amount: number; currency: string };
  driver: { name: string; car: string; plate: string };
  destination: string;
  rideType: string;
}

describe.each(serviceTargets())('rides API (service/openapi.yaml), %s', (_name, start) => {
  let target: ServiceTarget;
  let service: ServiceUrls;
  let tokens: TokenSet;
  const book = (key: string, body: unknown, token = tokens.access_token) =>
    api(service, '/v1/rides', token, { method: 'POST', body, headers: { 'idempotency-key': key } });

  beforeAll(async () => {
    target = await start();
    service = target.service;
    tokens = await obtainTokens(service);
  });
  afterEach(async () => {
    const current = await api(service, '/v1/rides/current', tokens.access_token);
    if (current.status === 200) {
      const ride = (await current.json()) as Ride;
      await api(service, `/v1/rides/${ride.id}/cancel`, tokens.access_token, { method: 'POST' });
    }
  });
  afterAll(async () => {
    await target?.close();
  });

  it('GET /v1/fares is public and deterministic for a destination and ride type', async () => {
    const first = await api(service, '/v1/fares?destination=Airport&rideType=xl', undefined);
    expect(first.status).toBe(200);
    const fare = await first.json();
    expect(fare).toEqual({ amount: expect.any(Number), currency: 'USD', etaMinutes: expect.any(Number) });
    const again = await (await api(service, '/v1/fares?destination=%20airport%20&rideType=xl', undefined)).json();
    expect(again).toEqual(fare);
    const standard = await (await api(service, '/v1/fares?destination=Airport', undefined)).json();
    expect((standard as { amount: number }).amount).toBeLessThan((fare as { amount: number }).amount);
  });

  it('GET /v1/fares rejects a missing destination and an unknown ride type with invalid_request', async () => {
    for (const query of ['', '?destination=', '?destination=Airport&rideType=limo']) {
      const response = await api(service, `/v1/fares${query}`, undefined);
      expect(response.status).toBe(400);
      expect(((await response.json()) as { error: string }).error).toBe('invalid_request');
    }
  });

  it('GET /v1/me returns the rider behind the token', async () => {
    const response = await api(service, '/v1/me', tokens.access_token);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toEqual({
      id: expect.stringMatching(/^rdr_/),
      name: 'Alex Rider',
      email: 'rider@example.com',
    });
  });

  it('POST /v1/rides books once per Idempotency-Key: repeats answer 201 with the same ride', async () => {
    const first = await book('key-1', { destination: 'Central Station', rideType: 'premium' });
    expect(first.status).toBe(201);
    const ride = (await first.json()) as Ride;
    expect(ride).toMatchObject({ status: 'booked', destination: 'Central Station', rideType: 'premium' });
    expect(ride.driver.plate).toMatch(/^[A-Z]{3}-\d{4}$/);
    const repeats = await Promise.all(
      Array.from({ length: 5 }, () => book('key-1', { destination: 'Central Station', rideType: 'premium' })),
    );
    for (const repeat of repeats) {
      expect(repeat.status).toBe(201);
      expect(((await repeat.json()) as Ride).id).toBe(ride.id);
    }
    const current = await api(service, '/v1/rides/current', tokens.access_token);
    expect(((await current.json()) as Ride).id).toBe(ride.id);
  });

  it('concurrent first attempts with one Idempotency-Key converge on a single ride', async () => {
    const responses = await Promise.all(Array.from({ length: 8 }, () => book('key-race', { destination: 'Harbour' })));
    const ids = new Set<string>();
    for (const response of responses) {
      expect(response.status).toBe(201);
      ids.add(((await response.json()) as Ride).id);
    }
    expect(ids.size).toBe(1);
  });

  it('refuses a second active ride with 409 ride_in_progress', async () => {
    expect((await book('key-a', { destination: 'Museum' })).status).toBe(201);
    const second = await book('key-b', { destination: 'Zoo' });
    expect(second.status).toBe(409);
    expect(((await second.json()) as { error: string }).error).toBe('ride_in_progress');
  });

  it('refuses an Idempotency-Key reused for a different request with 422', async () => {
    expect((await book('key-c', { destination: 'Museum' })).status).toBe(201);
    const reused = await book('key-c', { destination: 'Stadium' });
    expect(reused.status).toBe(422);
    expect(((await reused.json()) as { error: string }).error).toBe('idempotency_key_reused');
  });

  it('validates the booking request', async () => {
    const cases: Array<[Record<string, string>, unknown]> = [
      [{}, { destination: 'Museum' }],
      [{ 'idempotency-key': 'k' }, { destination: '' }],
      [{ 'idempotency-key': 'k' }, { destination: 'Museum', extra: 1 }],
      [{ 'idempotency-key': 'k' }, { destination: 'Museum', rideType: 'limo' }],
      [{ 'idempotency-key': 'k' }, ['Museum']],
    ];
    for (const [headers, body] of cases) {
      const response = await api(service, '/v1/rides', tokens.access_token, { method: 'POST', body, headers });
      expect(response.status).toBe(400);
      expect(((await response.json()) as { error: string }).error).toBe('invalid_request');
    }
  });

  it('cancels a ride, keeps it cancelled on repeat, and then has no current ride (404 not_found)', async () => {
    const ride = (await (await book('key-d', { destination: 'Library' })).json()) as Ride;
    const cancel = () => api(service, `/v1/rides/${ride.id}/cancel`, tokens.access_token, { method: 'POST' });
    const first = await cancel();
    expect(first.status).toBe(200);
    expect(((await first.json()) as Ride).status).toBe('cancelled');
    expect(((await (await cancel()).json()) as Ride).status).toBe('cancelled');
    const current = await api(service, '/v1/rides/current', tokens.access_token);
    expect(current.status).toBe(404);
    expect(await current.json()).toEqual({ error: 'not_found', error_description: expect.any(String) });
    const unknown = await api(service, '/v1/rides/ride_nope/cancel', tokens.access_token, { method: 'POST' });
    expect(unknown.status).toBe(404);
  });

  it('answers malformed percent-encoding in a path with 400, not a server error', async () => {
    const response = await api(service, '/v1/rides/%E0%A4%A/cancel', tokens.access_token, { method: 'POST' });
    expect(response.status).toBe(400);
    const page = await fetch(`${service.url}/interaction/%E0%A4%A`);
    expect(page.status).toBe(400);
  });

  it('answers unknown API paths with 404 and wrong methods with 405 + Allow', async () => {
    const missing = await api(service, '/v1/nothing', tokens.access_token);
    expect(missing.status).toBe(404);
    const wrong = await api(service, '/v1/rides/current', tokens.access_token, { method: 'POST' });
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get('allow')).toBe('GET');
  });
});

/** The simulation follows the service's clock, which only a service in this process can move. */
describe('rides API ride simulation (the TypeScript source, with a fake clock)', () => {
  let service: TestService;
  let tokens: TokenSet;
  const book = (key: string, body: unknown, token = tokens.access_token) =>
    api(service, '/v1/rides', token, { method: 'POST', body, headers: { 'idempotency-key': key } });

  beforeAll(async () => {
    service = await startTestService();
    tokens = await obtainTokens(service);
  });
  afterEach(() => restoreClocks());
  afterAll(async () => {
    await service.close();
  });

  it('simulates the ride deterministically over time: booked, arriving, in progress, completed', async () => {
    const clock = fakeClock();
    const ride = (await (await book('key-e', { destination: 'Old Town' })).json()) as Ride;
    expect(ride.status).toBe('booked');
    const currentAfter = async (seconds: number) => {
      clock.advance(seconds);
      return api(service, '/v1/rides/current', tokens.access_token);
    };
    const arriving = (await (await currentAfter(60)).json()) as Ride;
    expect(arriving.status).toBe(ride.etaMinutes > 1 ? 'arriving' : 'in_progress');
    const inProgress = (await (await currentAfter(ride.etaMinutes * 60)).json()) as Ride;
    expect(inProgress).toMatchObject({ status: 'in_progress', etaMinutes: 0 });
    const completed = await currentAfter(31 * 60);
    expect(completed.status).toBe(404);
    expect((await book('key-f', { destination: 'Beach' })).status).toBe(201);
  });
});
