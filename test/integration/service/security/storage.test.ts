import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CLIENT_SECRET, exchangeCode, refresh } from '../../../helpers/service/alexa';
import { fakeClock } from '../../../helpers/service/clock';
import { api, DEMO, linkAccount, type TokenSet } from '../../../helpers/service/link';
import { startTestService, type TestService } from '../../../helpers/service/testService';

describe('checklist #18: tokens hashed at rest (RFC 6819 §5.1.4.1.3)', () => {
  let service: TestService;
  beforeAll(async () => {
    service = await startTestService();
  });
  afterAll(async () => {
    await service.close();
  });

  it('RFC 9700 §4.14.1: after linking, refreshing, rotating and API use, no issued secret appears in any item', async () => {
    const linked = await linkAccount(service);
    const sessionId = linked.browser.cookie('_session');
    expect(sessionId).toEqual(expect.any(String));
    const first = (await (await exchangeCode(service.tokenUrl, linked.code, 'basic')).json()) as TokenSet;
    const refreshed = (await (await refresh(service.tokenUrl, first.refresh_token)).json()) as TokenSet;
    const clock = fakeClock();
    clock.advance(64 * 86_400);
    const rotated = (await (await refresh(service.tokenUrl, first.refresh_token)).json()) as TokenSet;
    expect(rotated.refresh_token).not.toBe(first.refresh_token);
    expect((await api(service, '/v1/me', rotated.access_token)).status).toBe(200);
    const secrets = {
      code: linked.code,
      sessionId: sessionId ?? '',
      firstAccessToken: first.access_token,
      firstRefreshToken: first.refresh_token,
      refreshedAccessToken: refreshed.access_token,
      rotatedAccessToken: rotated.access_token,
      rotatedRefreshToken: rotated.refresh_token,
      clientSecret: CLIENT_SECRET,
      password: DEMO.password,
    };
    const items = await service.scanTable();
    expect(items.length).toBeGreaterThan(5);
    const dump = items.join('\n');
    for (const [name, value] of Object.entries(secrets)) {
      expect(value.length).toBeGreaterThan(10);
      if (dump.includes(value)) throw new Error(`${name} is stored in clear`);
    }
  });
});
