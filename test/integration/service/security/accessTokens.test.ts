import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Browser } from '../../../helpers/service/browser';
import { fakeClock } from '../../../helpers/service/clock';
import { api, obtainTokens, type TokenSet } from '../../../helpers/service/link';
import { startTestService, type TestService } from '../../../helpers/service/testService';

describe('checklist #8: access tokens at the rides API (RFC 6750)', () => {
  let service: TestService;
  let tokens: TokenSet;

  const expectInvalidToken = async (response: Response, withError: boolean) => {
    expect(response.status).toBe(401);
    const challenge = response.headers.get('www-authenticate') ?? '';
    if (withError) expect(challenge).toMatch(/^Bearer realm="ride-hailer", error="invalid_token"/);
    else expect(challenge).toBe('Bearer realm="ride-hailer"');
    expect(await response.json()).toEqual({ error: 'invalid_token', error_description: expect.any(String) });
  };

  beforeAll(async () => {
    service = await startTestService();
    tokens = await obtainTokens(service);
  });
  afterAll(async () => {
    await service.close();
  });

  it('RFC 6750 §2.1: a Bearer token in the Authorization header works (scheme is case-insensitive)', async () => {
    expect((await api(service, '/v1/me', tokens.access_token)).status).toBe(200);
    const lower = await fetch(`${service.url}/v1/me`, { headers: { authorization: `bearer ${tokens.access_token}` } });
    expect(lower.status).toBe(200);
  });

  it('RFC 9700 §4.10.2: access tokens are opaque, not JWTs: 256 random bits, then the grant and rider to read', async () => {
    expect(tokens.access_token).toMatch(/^[A-Za-z0-9_-]{43}~[A-Za-z0-9_-]{43}~rdr_[A-Za-z0-9_-]+$/);
    expect(tokens.access_token.split('.')).toHaveLength(1);
    const me = (await (await api(service, '/v1/me', tokens.access_token)).json()) as { id: string };
    expect(tokens.access_token.split('~')[2]).toBe(me.id);
  });

  it('RFC 6750 §3.1: no token gets 401 with a bare Bearer challenge', async () => {
    await expectInvalidToken(await api(service, '/v1/me', undefined), false);
  });

  it('RFC 6750 §2.3: a token in the query string is refused with 401 and never used', async () => {
    await expectInvalidToken(await api(service, `/v1/me?access_token=${tokens.access_token}`, undefined), false);
  });

  it('RFC 6750 §2: a token in both the header and the query gets 400 invalid_request', async () => {
    const response = await api(service, `/v1/me?access_token=${tokens.access_token}`, tokens.access_token);
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: string }).error).toBe('invalid_request');
  });

  it.each([
    ['a garbage token', 'Bearer not-a-token'],
    ['a malformed header', `Bearer ${'x'} ${'y'}`],
    ['another scheme', 'Basic cmlkZXI6cGFzcw=='],
  ])('RFC 6750 §3.1: %s gets 401 invalid_token', async (_label, authorization) => {
    await expectInvalidToken(await fetch(`${service.url}/v1/me`, { headers: { authorization } }), true);
  });

  it('RFC 6750 §3.1: an expired token gets 401 invalid_token', async () => {
    const fresh = await obtainTokens(service);
    const clock = fakeClock();
    clock.advance(3601);
    await expectInvalidToken(await api(service, '/v1/me', fresh.access_token), true);
  });

  it('RFC 6750 §3.1: a token lacking the scope gets 403 insufficient_scope naming it', async () => {
    const narrow = await obtainTokens(service, { browser: new Browser(), scope: 'profile' });
    expect(narrow.scope).toBe('profile');
    const response = await api(service, '/v1/rides', narrow.access_token, {
      method: 'POST',
      body: { destination: 'Airport' },
      headers: { 'idempotency-key': 'k' },
    });
    expect(response.status).toBe(403);
    expect(response.headers.get('www-authenticate')).toBe(
      'Bearer realm="ride-hailer", error="insufficient_scope", scope="rides:write"',
    );
    expect(((await response.json()) as { error: string }).error).toBe('insufficient_scope');
    expect((await api(service, '/v1/rides/current', narrow.access_token)).status).toBe(403);
  });

  it('RFC 6750 §3.1: read hints decide nothing: a token with its grant or rider hint changed gets 401', async () => {
    const [random, grantId, riderId] = tokens.access_token.split('~');
    const other = await obtainTokens(service, { browser: new Browser() });
    const [, otherGrant] = other.access_token.split('~');
    for (const edited of [`${random}~${otherGrant}~${riderId}`, `${random}~${grantId}~rdr_someoneElse`]) {
      await expectInvalidToken(await api(service, '/v1/me', edited), true);
    }
    await expectInvalidToken(await api(service, '/v1/me', `${random}~${grantId}~${'r'.repeat(3000)}`), true);
    expect((await api(service, '/v1/me', tokens.access_token)).status).toBe(200);
  });

  it('RFC 6750 §3.1: a token whose grant was destroyed stops working at once, even if the token remains', async () => {
    const fresh = await obtainTokens(service, { browser: new Browser() });
    const { AccessToken, Grant } = service.app.provider;
    const stored = await AccessToken.find(fresh.access_token);
    expect(stored?.grantId).toEqual(expect.any(String));
    await Grant.adapter.destroy(stored?.grantId ?? '');
    expect(await AccessToken.find(fresh.access_token)).toBeDefined();
    await expectInvalidToken(await api(service, '/v1/me', fresh.access_token), true);
  });
});
