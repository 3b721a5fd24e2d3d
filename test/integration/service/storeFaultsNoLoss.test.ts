import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { exchangeCode, refresh } from '../../helpers/service/alexa';
import { type FaultyService, failNthCall, startFaultyService } from '../../helpers/service/faultyService';
import { api, linkAccount, type TokenSet } from '../../helpers/service/link';

/** The DynamoDB calls `action` makes when nothing fails. */
async function countCalls(service: FaultyService, action: () => Promise<unknown>): Promise<number> {
  const before = service.faults.calls.length;
  await action();
  return service.faults.calls.length - before;
}

async function tokensOf(response: Response): Promise<TokenSet | undefined> {
  const body = (await response.json()) as Record<string, unknown>;
  if (response.status === 200) return body as unknown as TokenSet;
  expect(response.status).toBe(503);
  expect(response.headers.get('retry-after')).toMatch(/^\d+$/);
  expect(body).toEqual({ error: 'temporarily_unavailable', error_description: expect.any(String) });
  return undefined;
}

/**
 * Each test breaks one DynamoDB call of a request at a time, for every call position (the call and all its
 * retries fail, every other call goes through), then checks what the client was told against what was stored.
 */
describe('a DynamoDB call that fails at any point of a request loses nothing', () => {
  let service: FaultyService;
  beforeAll(async () => {
    service = await startFaultyService();
  });
  afterAll(() => service.close());

  it('code exchange: every token handed out was stored and works; a failure hands out none', async () => {
    const calls = await countCalls(service, async () =>
      exchangeCode(service.tokenUrl, (await linkAccount(service)).code, 'basic'),
    );
    const linkCalls = await countCalls(service, () => linkAccount(service));
    let refused = 0;
    for (let n = 1; n <= calls - linkCalls; n++) {
      const { code } = await linkAccount(service);
      failNthCall(service.faults, n);
      const tokens = await tokensOf(await exchangeCode(service.tokenUrl, code, 'basic'));
      await service.faults.heal();
      if (tokens === undefined) {
        refused += 1;
        continue;
      }
      expect((await api(service, '/v1/me', tokens.access_token)).status).toBe(200);
      expect((await refresh(service.tokenUrl, tokens.refresh_token)).status).toBe(200);
    }
    expect(refused).toBeGreaterThan(0);
  });

  it('refresh: a failure hands out no token and the refresh token keeps working, so the rider stays linked', async () => {
    const { code } = await linkAccount(service);
    const linked = (await (await exchangeCode(service.tokenUrl, code, 'basic')).json()) as TokenSet;
    const calls = await countCalls(service, () => refresh(service.tokenUrl, linked.refresh_token));
    let refused = 0;
    for (let n = 1; n <= calls; n++) {
      failNthCall(service.faults, n);
      const tokens = await tokensOf(await refresh(service.tokenUrl, linked.refresh_token));
      await service.faults.heal();
      if (tokens === undefined) refused += 1;
      else expect((await api(service, '/v1/me', tokens.access_token)).status).toBe(200);
      expect((await refresh(service.tokenUrl, linked.refresh_token)).status).toBe(200);
    }
    expect(refused).toBeGreaterThan(0);
  });

  it('booking: a retry with the same Idempotency-Key books exactly one ride, whatever call failed first', async () => {
    const { code } = await linkAccount(service);
    const { access_token: token } = (await (await exchangeCode(service.tokenUrl, code, 'basic')).json()) as TokenSet;
    const book = (key: string) =>
      api(service, '/v1/rides', token, {
        method: 'POST',
        body: { destination: 'the airport' },
        headers: { 'idempotency-key': key },
      });
    const cancelCurrent = async () => {
      const current = (await (await api(service, '/v1/rides/current', token)).json()) as { id: string };
      expect((await api(service, `/v1/rides/${current.id}/cancel`, token, { method: 'POST' })).status).toBe(200);
    };
    const calls = await countCalls(service, () => book('count-the-calls'));
    await cancelCurrent();
    let refused = 0;
    for (let n = 1; n <= calls; n++) {
      failNthCall(service.faults, n);
      const first = await book(`key-${n}`);
      await service.faults.heal();
      const firstRide = first.status === 201 ? ((await first.json()) as { id: string }) : undefined;
      if (firstRide === undefined) {
        expect(first.status).toBe(503);
        refused += 1;
      }
      const retried = await book(`key-${n}`);
      expect(retried.status).toBe(201);
      const ride = (await retried.json()) as { id: string };
      if (firstRide !== undefined) expect(ride.id).toBe(firstRide.id);
      // The retry's answer may be lost too: yet another retry names the same ride.
      const lostAnswerRetry = await book(`key-${n}`);
      expect([lostAnswerRetry.status, ((await lostAnswerRetry.json()) as { id: string }).id]).toEqual([201, ride.id]);
      const current = (await (await api(service, '/v1/rides/current', token)).json()) as { id: string };
      expect(current.id).toBe(ride.id);
      expect((await book(`another-${n}`)).status).toBe(409);
      await cancelCurrent();
    }
    expect(refused).toBeGreaterThan(0);
  });
});
