import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { refresh } from '../../../helpers/service/alexa';
import { Browser } from '../../../helpers/service/browser';
import { fakeClock } from '../../../helpers/service/clock';
import { expectOAuthError, expectTokenHeaders } from '../../../helpers/service/expectations';
import { api, obtainTokens, type TokenSet } from '../../../helpers/service/link';
import { startServiceWithOtherClient, type TestService } from '../../../helpers/service/testService';

const DAY = 86_400;

describe('checklist #7: refresh tokens and the retry-safe policy (service/README.md)', () => {
  let service: TestService;
  let other: TestService;
  const browser = new Browser();
  const tokens = (scope?: string) => obtainTokens(service, { browser: scope ? new Browser() : browser, scope });
  const refreshOk = async (refreshToken: string, scheme: 'basic' | 'body' = 'basic') => {
    const response = await refresh(service.tokenUrl, refreshToken, scheme);
    expect(response.status).toBe(200);
    expectTokenHeaders(response);
    const body = (await response.json()) as TokenSet;
    expect(body.token_type).toBe('Bearer');
    expect(body.expires_in).toBe(3600);
    expect(body.refresh_token).toEqual(expect.any(String));
    return body;
  };

  beforeAll(async () => {
    ({ service, other } = await startServiceWithOtherClient());
  });
  afterAll(async () => {
    await other.close();
    await service.close();
  });

  it('RFC 6749 §6: a refresh token is bound to its client', async () => {
    const { refresh_token } = await tokens();
    const response = await refresh(other.tokenUrl, refresh_token, 'basic', {
      id: 'another-client',
      secret: 'another-secret',
    });
    await expectOAuthError(response, 400, 'invalid_grant');
  });

  it('RFC 6749 §6: a refresh cannot widen the scope (invalid_scope) but may narrow it', async () => {
    const { refresh_token } = await tokens('profile');
    await expectOAuthError(
      await refresh(service.tokenUrl, refresh_token, 'basic', { scope: 'profile rides:write' }),
      400,
      'invalid_scope',
    );
    const narrowed = await tokens();
    const response = await refresh(service.tokenUrl, narrowed.refresh_token, 'basic', { scope: 'rides:read' });
    const body = (await response.json()) as TokenSet;
    expect(body.scope).toBe('rides:read');
    expect((await api(service, '/v1/me', body.access_token)).status).toBe(403);
  });

  it('policy: a young refresh token is not rotated; every refresh answers with the same refresh token', async () => {
    const first = await tokens();
    const a = await refreshOk(first.refresh_token, 'basic');
    const b = await refreshOk(first.refresh_token, 'body');
    expect(a.refresh_token).toBe(first.refresh_token);
    expect(b.refresh_token).toBe(first.refresh_token);
    expect(a.access_token).not.toBe(b.access_token);
    expect((await api(service, '/v1/me', b.access_token)).status).toBe(200);
  });

  it('policy: 10 simultaneous refreshes with one young token all succeed (Alexa retries are safe)', async () => {
    const { refresh_token } = await tokens();
    const responses = await Promise.all(Array.from({ length: 10 }, () => refresh(service.tokenUrl, refresh_token)));
    for (const response of responses) {
      expect(response.status).toBe(200);
      expect(((await response.json()) as TokenSet).refresh_token).toBe(refresh_token);
    }
  });

  it('RFC 9700 §4.14.2: an unused refresh token expires after the 90-day idle window', async () => {
    const { refresh_token } = await tokens();
    const clock = fakeClock();
    clock.advance(90 * DAY + 1);
    await expectOAuthError(await refresh(service.tokenUrl, refresh_token), 400, 'invalid_grant');
  });

  it('policy: each refresh restarts the 90-day idle window (sliding expiry, no 1-year cap)', async () => {
    const { refresh_token } = await tokens();
    const clock = fakeClock();
    clock.advance(60 * DAY);
    expect((await refreshOk(refresh_token)).refresh_token).toBe(refresh_token);
    clock.advance(85 * DAY);
    let latest = (await refreshOk(refresh_token)).refresh_token;
    expect(latest).not.toBe(refresh_token);
    for (let step = 0; step < 6; step++) {
      clock.advance(80 * DAY);
      latest = (await refreshOk(latest)).refresh_token;
    }
  });

  it('policy: after 63 days the token rotates, and the previous one still works inside the 120 s grace window', async () => {
    const original = await tokens();
    const clock = fakeClock();
    clock.advance(64 * DAY);
    const rotated = await refreshOk(original.refresh_token);
    expect(rotated.refresh_token).not.toBe(original.refresh_token);
    clock.advance(60);
    const retried = await refreshOk(original.refresh_token);
    expect(retried.refresh_token).not.toBe(original.refresh_token);
    expect((await refreshOk(rotated.refresh_token)).refresh_token).toBe(rotated.refresh_token);
    expect((await refreshOk(retried.refresh_token)).refresh_token).toBe(retried.refresh_token);
    expect((await api(service, '/v1/me', retried.access_token)).status).toBe(200);
  });

  it('RFC 9700 §4.14.2: reuse of a rotated token after the grace window revokes the whole grant', async () => {
    const original = await tokens();
    const clock = fakeClock();
    clock.advance(64 * DAY);
    const rotated = await refreshOk(original.refresh_token);
    clock.advance(121);
    await expectOAuthError(await refresh(service.tokenUrl, original.refresh_token), 400, 'invalid_grant');
    await expectOAuthError(await refresh(service.tokenUrl, rotated.refresh_token), 400, 'invalid_grant');
    expect((await api(service, '/v1/me', rotated.access_token)).status).toBe(401);
  });

  it('policy: 10 simultaneous refreshes of a token due for rotation all succeed', async () => {
    const { refresh_token } = await tokens();
    const clock = fakeClock();
    clock.advance(70 * DAY);
    const responses = await Promise.all(Array.from({ length: 10 }, () => refresh(service.tokenUrl, refresh_token)));
    expect(responses.map((r) => r.status)).toEqual(Array(10).fill(200));
  });

  it('RFC 7009 §2.1: after the rider is unlinked the refresh token gets invalid_grant', async () => {
    const set = await tokens();
    const me = (await (await api(service, '/v1/me', set.access_token)).json()) as { id: string };
    await service.app.revokeGrantsForRider(me.id);
    await expectOAuthError(await refresh(service.tokenUrl, set.refresh_token), 400, 'invalid_grant');
  });
});
