import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { ALEXA_API_HOSTS } from '../../../../emulator/amazon/alexaApi/AlexaApiState';
import { DEMO_AMAZON_ACCOUNT } from '../../../../emulator/amazon/lwa/LwaState';
import type { AccessTokenScheme } from '../../../../emulator/linking/config';
import { exchangeCode, type ReplayScheme } from '../../../helpers/service/alexa';
import { type AmazonForService, startAmazonForService } from '../../../helpers/service/amazon';
import { APP, appAccessToken, liveGrants, mobile } from '../../../helpers/service/app';
import { api } from '../../../helpers/service/link';
import { startTestService, type TestService } from '../../../helpers/service/testService';

const LINK = '/v1/mobile/alexa/link';
const EMAIL = DEMO_AMAZON_ACCOUNT.email;

let amazon: AmazonForService;
let service: TestService;
let appToken: string;
beforeAll(async () => {
  amazon = await startAmazonForService();
  service = await startTestService(amazon.env);
  appToken = await appAccessToken(service);
});
afterAll(async () => {
  await service.close();
  await amazon.close();
});
afterEach(() => {
  amazon.amazon.alexaApi.setRegions(EMAIL, [ALEXA_API_HOSTS.NA]);
  for (const host of Object.values(ALEXA_API_HOSTS)) amazon.amazon.alexaApi.failEnablement(host, undefined);
});

/** The app hands the Amazon code to its backend (flow B, Amazon's "Step 5"). */
async function link(code: string, extra: Record<string, string> = {}, language?: string) {
  const response = await mobile(service, LINK, appToken, {
    method: 'POST',
    body: { code, redirect_uri: APP.alexaLink, ...extra },
    language,
  });
  return { response, body: (await response.json()) as Record<string, string> };
}

describe.each([
  ['HTTP Basic', 'HTTP_BASIC'],
  ['body credentials', 'REQUEST_BODY_CREDENTIALS'],
] as [string, AccessTokenScheme][])('flow B backend, Alexa redeeming our code with %s', (_, scheme) => {
  it('exchanges the Amazon code, enables the skill with our code (201), reports LINKED, then unlinks at Alexa', async () => {
    amazon.useTokenEndpoint(service.tokenUrl, scheme);
    const verifier = 'v'.repeat(43);
    const { response, body } = await link(amazon.amazonCode({ challengeFor: verifier }), { code_verifier: verifier });
    expect(response.status).toBe(201);
    expect(body).toEqual({ status: 'LINKED', endpoint: ALEXA_API_HOSTS.NA });
    const alexa = amazon.links.get(EMAIL);
    expect(alexa?.outcome).toMatch(/^linked/);
    const me = await api(service, '/v1/me', alexa?.tokens?.accessToken);
    expect(await me.json()).toMatchObject({ email: 'rider@example.com' });
    const status = await (await mobile(service, LINK, appToken)).json();
    expect(status).toMatchObject({
      status: 'LINKED',
      source: 'alexa',
      skillEnabled: true,
      endpoint: ALEXA_API_HOSTS.NA,
    });
    const unlinked = await mobile(service, LINK, appToken, { method: 'DELETE' });
    expect(await unlinked.json()).toEqual({ status: 'NOT_LINKED', alexa: 'disabled' });
    expect(amazon.enabled.has(EMAIL)).toBe(false);
    expect((await api(service, '/v1/me', alexa?.tokens?.accessToken)).status).toBe(401);
    expect(await (await mobile(service, LINK, appToken)).json()).toMatchObject({ status: 'NOT_LINKED' });
    expect(await liveGrants(service)).toBe(0);
  });
});

describe('flow B backend refusals leave no grant behind', () => {
  beforeAll(() => amazon.useTokenEndpoint(service.tokenUrl, 'HTTP_BASIC'));

  it('a replayed Amazon code: 400 amazon_code_invalid with the message in the rider’s language', async () => {
    const code = amazon.amazonCode();
    expect((await link(code)).response.status).toBe(201);
    await mobile(service, LINK, appToken, { method: 'DELETE' });
    const { response, body } = await link(code, {}, 'fr-FR,fr;q=0.9');
    expect(response.status).toBe(400);
    expect(body.error).toBe('amazon_code_invalid');
    expect(body.message).toMatch(/Amazon.*Alexa/);
    expect(body.message).toContain('Recommencez');
    expect(await liveGrants(service)).toBe(0);
  });

  it('an expired Amazon code (older than 5 minutes): 400 amazon_code_invalid', async () => {
    const code = amazon.amazonCode();
    amazon.advanceAmazonClock(301);
    const { response, body } = await link(code);
    expect(response.status).toBe(400);
    expect(body.error).toBe('amazon_code_invalid');
    expect(await liveGrants(service)).toBe(0);
  });

  it('an Amazon account without an Alexa region: 409 alexa_region_unknown', async () => {
    amazon.amazon.alexaApi.setRegions(EMAIL, []);
    const { response, body } = await link(amazon.amazonCode());
    expect(response.status).toBe(409);
    expect(body.error).toBe('alexa_region_unknown');
    expect(typeof body.message).toBe('string');
    expect(await liveGrants(service)).toBe(0);
  });

  it('the Skill Enablement API failing in each region: 502 alexa_enablement_failed and every code’s grant revoked', async () => {
    amazon.amazon.alexaApi.setRegions(EMAIL, [ALEXA_API_HOSTS.NA, ALEXA_API_HOSTS.EU]);
    amazon.amazon.alexaApi.failEnablement(ALEXA_API_HOSTS.NA, { status: 500, message: 'Internal failure' });
    amazon.amazon.alexaApi.failEnablement(ALEXA_API_HOSTS.EU, { status: 403, message: 'Forbidden for this user' });
    const { response, body } = await link(amazon.amazonCode());
    expect(response.status).toBe(502);
    expect(body.error).toBe('alexa_enablement_failed');
    expect(body.error_description).toContain(`${ALEXA_API_HOSTS.NA} 500 Internal failure`);
    expect(body.error_description).toContain(`${ALEXA_API_HOSTS.EU} 403 Forbidden for this user`);
    expect(await liveGrants(service)).toBe(0);
    expect(amazon.enabled.has(EMAIL)).toBe(false);
  });

  it('a region that fails is skipped for the next one, which links; only that grant stays', async () => {
    amazon.amazon.alexaApi.setRegions(EMAIL, [ALEXA_API_HOSTS.NA, ALEXA_API_HOSTS.EU]);
    amazon.amazon.alexaApi.failEnablement(ALEXA_API_HOSTS.NA, { status: 400, message: 'Bad request' });
    const { response, body } = await link(amazon.amazonCode());
    expect(response.status).toBe(201);
    expect(body.endpoint).toBe(ALEXA_API_HOSTS.EU);
    expect(await liveGrants(service)).toBe(1);
    await mobile(service, LINK, appToken, { method: 'DELETE' });
    expect(await liveGrants(service)).toBe(0);
  });

  it.each(['basic', 'body'] as ReplayScheme[])(
    'our code redeemed twice (%s): invalid_grant, Alexa’s tokens die and the grant is gone',
    async (scheme) => {
      expect((await link(amazon.amazonCode())).response.status).toBe(201);
      const alexa = amazon.links.get(EMAIL);
      const again = await exchangeCode(service.tokenUrl, alexa?.code ?? '', scheme, { redirectUri: APP.alexaLink });
      expect(again.status).toBe(400);
      expect(((await again.json()) as { error: string }).error).toBe('invalid_grant');
      expect((await api(service, '/v1/me', alexa?.tokens?.accessToken)).status).toBe(401);
      expect(await liveGrants(service)).toBe(0);
      await mobile(service, LINK, appToken, { method: 'DELETE' });
    },
  );

  it('unlinking when Alexa cannot be reached still revokes our grants and says so in the rider’s language', async () => {
    expect((await link(amazon.amazonCode())).response.status).toBe(201);
    amazon.amazon.alexaApi.failEnablement(ALEXA_API_HOSTS.NA, { status: 503, message: 'Unavailable' });
    const response = await mobile(service, LINK, appToken, { method: 'DELETE', language: 'de-DE' });
    const body = (await response.json()) as Record<string, string>;
    expect(body).toMatchObject({ status: 'NOT_LINKED', alexa: 'not_reached' });
    expect(body.message).toContain('Alexa-App');
    expect(await liveGrants(service)).toBe(0);
  });

  it('refuses an app link that is not registered, before calling Amazon', async () => {
    const code = amazon.amazonCode();
    const response = await mobile(service, LINK, appToken, {
      method: 'POST',
      body: { code, redirect_uri: 'https://evil.example/cb' },
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: string }).error).toBe('invalid_request');
    expect((await link(code)).response.status).toBe(201);
    await mobile(service, LINK, appToken, { method: 'DELETE' });
  });

  it('Amazon unreachable: 502 amazon_unavailable', async () => {
    const offline = await startTestService(
      { ...amazon.env, LWA_TOKEN_URL: 'http://127.0.0.1:9/auth/o2/token' },
      service,
    );
    try {
      const token = await appAccessToken(offline);
      const response = await mobile(offline, LINK, token, {
        method: 'POST',
        body: { code: amazon.amazonCode(), redirect_uri: APP.alexaLink },
      });
      expect(response.status).toBe(502);
      expect(((await response.json()) as { error: string }).error).toBe('amazon_unavailable');
      expect(await liveGrants(offline)).toBe(0);
    } finally {
      await offline.close();
    }
  });
});
