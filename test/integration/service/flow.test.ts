import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { exchangeCode, LONG_STATE, REDIRECT_URIS } from '../../helpers/service/alexa';
import { linkAccount } from '../../helpers/service/link';
import { startTestService, type TestService } from '../../helpers/service/testService';

describe('account linking through the cookie-jar browser', () => {
  let service: TestService;
  beforeAll(async () => {
    service = await startTestService();
  });
  afterAll(async () => {
    await service.close();
  });

  it('RFC 6749 §4.1: logs in, consents and exchanges the code for Bearer tokens', async () => {
    const linked = await linkAccount(service, { state: LONG_STATE });
    expect(linked.redirect.origin + linked.redirect.pathname).toBe(REDIRECT_URIS.pitangui);
    expect(linked.state).toBe(LONG_STATE);
    expect(linked.code).toMatch(/^[A-Za-z0-9_-]{43,}$/);
    const response = await exchangeCode(service.tokenUrl, linked.code, 'body');
    expect(response.status).toBe(200);
    const tokens = (await response.json()) as Record<string, unknown>;
    expect(tokens.token_type).toBe('Bearer');
    expect(tokens.expires_in).toBe(3600);
    expect(typeof tokens.refresh_token).toBe('string');
    expect(tokens.scope).toBe('profile rides:read rides:write');
    const me = await fetch(`${service.url}/v1/me`, { headers: { authorization: `Bearer ${tokens.access_token}` } });
    expect(me.status).toBe(200);
    expect(await me.json()).toMatchObject({ email: 'rider@example.com', name: 'Alex Rider' });
  });
});
