import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { fareFor } from '../../../shared/fares';
import { api, obtainTokens, type TokenSet } from '../../helpers/service/link';
import { startTestService, type TestService } from '../../helpers/service/testService';

interface Fare {
  amount: number;
  currency: string;
  etaMinutes: number;
}

describe('the rides API prices in the market it is given', () => {
  let service: TestService;
  let tokens: TokenSet;
  const fare = async (query: string) => {
    const response = await api(service, `/v1/fares?${query}`, undefined);
    return { status: response.status, body: (await response.json()) as Fare & { error?: string } };
  };

  beforeAll(async () => {
    service = await startTestService();
    tokens = await obtainTokens(service);
  });
  afterEach(async () => {
    const current = await api(service, '/v1/rides/current', tokens.access_token);
    if (current.status === 200) {
      const { id } = (await current.json()) as { id: string };
      await api(service, `/v1/rides/${id}/cancel`, tokens.access_token, { method: 'POST' });
    }
  });
  afterAll(async () => {
    await service.close();
  });

  it('GET /v1/fares answers in the currency of the market, priced by the place, whatever the words', async () => {
    const station = await fare('destination=the%20station&place=train_station&market=GB');
    const trainStation = await fare('destination=the%20train%20station&place=train_station&market=GB');
    expect(station.body).toEqual(trainStation.body);
    expect(station.body).toEqual(fareFor({ place: 'train_station', rideType: 'standard', market: 'GB' }));
    expect(station.body.currency).toBe('GBP');
    expect((await fare('destination=Flughafen&place=airport&market=DE')).body.currency).toBe('EUR');
    expect((await fare('destination=%E0%A4%98%E0%A4%B0&place=home&market=IN')).body.currency).toBe('INR');
  });

  it('keeps US dollars when no market is named', async () => {
    expect((await fare('destination=Airport')).body.currency).toBe('USD');
  });

  it('rejects an unknown market and a malformed place with invalid_request', async () => {
    for (const query of ['destination=x&market=XX', 'destination=x&market=de', 'destination=x&place=Air%20port']) {
      const answer = await fare(query);
      expect([query, answer.status, answer.body.error]).toEqual([query, 400, 'invalid_request']);
    }
  });

  it('POST /v1/rides books at the same price as the estimate, in the market’s currency', async () => {
    const body = { destination: 'Flughafen', rideType: 'xl', market: 'DE', place: 'airport' };
    const response = await api(service, '/v1/rides', tokens.access_token, {
      method: 'POST',
      body,
      headers: { 'idempotency-key': 'markets-de-1' },
    });
    expect(response.status).toBe(201);
    const ride = (await response.json()) as { fare: { amount: number; currency: string } };
    const estimate = (await fare('destination=Flughafen&rideType=xl&market=DE&place=airport')).body;
    expect(ride.fare).toEqual({ amount: estimate.amount, currency: 'EUR' });
  });

  it('POST /v1/rides refuses an unknown market without booking anything', async () => {
    const response = await api(service, '/v1/rides', tokens.access_token, {
      method: 'POST',
      body: { destination: 'Flughafen', market: 'EU' },
      headers: { 'idempotency-key': 'markets-bad-1' },
    });
    expect(response.status).toBe(400);
    expect((await api(service, '/v1/rides/current', tokens.access_token)).status).toBe(404);
  });
});
