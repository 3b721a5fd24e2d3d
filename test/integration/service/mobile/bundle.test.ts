import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ALEXA_API_HOSTS } from '../../../../emulator/amazon/alexaApi/AlexaApiState';
import { DEMO_AMAZON_ACCOUNT } from '../../../../emulator/amazon/lwa/LwaState';
import { exchangeCode } from '../../../helpers/service/alexa';
import { type AmazonForService, startAmazonForService } from '../../../helpers/service/amazon';
import { APP, alexaRequest, appAccessToken, liveGrants, mobile } from '../../../helpers/service/app';
import { type BundleService, startBundleService } from '../../../helpers/service/bundleService';
import { startTestService, type TestService } from '../../../helpers/service/testService';

/**
 * Test what ships: the mobile endpoints through dist/service/index.js (built by `npm run build`), behind an
 * API Gateway-shaped HTTP front, with the emulator's Amazon stand-in and dynalite.
 */
describe('app-to-app linking through the built service bundle', () => {
  let amazon: AmazonForService;
  let storage: TestService;
  let bundle: BundleService;
  let appToken: string;

  beforeAll(async () => {
    amazon = await startAmazonForService();
    storage = await startTestService(amazon.env);
    bundle = await startBundleService(storage, { env: amazon.env });
    amazon.useTokenEndpoint(bundle.tokenUrl, 'REQUEST_BODY_CREDENTIALS');
    appToken = await appAccessToken(bundle);
  }, 60_000);
  afterAll(async () => {
    await bundle?.close();
    await storage?.close();
    await amazon?.close();
  });

  const me = (token: string | undefined) =>
    fetch(`${bundle.url}/v1/me`, { headers: { authorization: `Bearer ${token}` } });

  it('flow A: the app signs in (login page, PKCE), answers Alexa, and Alexa redeems the code at the bundle', async () => {
    const response = await mobile(bundle, '/v1/mobile/alexa/authorizations', appToken, {
      method: 'POST',
      body: alexaRequest(),
    });
    expect(response.status).toBe(200);
    const location = new URL(((await response.json()) as { location: string }).location);
    expect(location.searchParams.get('source')).toBe('app');
    const tokens = await exchangeCode(bundle.tokenUrl, location.searchParams.get('code') ?? '', 'body', {
      redirectUri: location.origin + location.pathname,
    });
    expect(tokens.status).toBe(200);
    const { access_token: accessToken } = (await tokens.json()) as { access_token: string };
    expect((await me(accessToken)).status).toBe(200);
  });

  it('flow B: link (201 from the Skill Enablement API), status from Alexa, unlink, and no grant left', async () => {
    const linked = await mobile(bundle, '/v1/mobile/alexa/link', appToken, {
      method: 'POST',
      body: { code: amazon.amazonCode(), redirect_uri: APP.alexaLink },
    });
    expect(linked.status).toBe(201);
    const alexaToken = amazon.links.get(DEMO_AMAZON_ACCOUNT.email)?.tokens?.accessToken;
    expect((await me(alexaToken)).status).toBe(200);
    const status = await mobile(bundle, '/v1/mobile/alexa/link', appToken);
    expect(await status.json()).toMatchObject({ status: 'LINKED', source: 'alexa', skillEnabled: true });
    const unlinked = await mobile(bundle, '/v1/mobile/alexa/link', appToken, { method: 'DELETE' });
    expect(await unlinked.json()).toEqual({ status: 'NOT_LINKED', alexa: 'disabled' });
    expect((await me(alexaToken)).status).toBe(401);
  });

  it('flow B refusal: enablement failing in the region gets the localized message and leaves no grant', async () => {
    const before = await liveGrants(storage);
    amazon.amazon.alexaApi.failEnablement(ALEXA_API_HOSTS.NA, { status: 500, message: 'Internal failure' });
    try {
      const response = await mobile(bundle, '/v1/mobile/alexa/link', appToken, {
        method: 'POST',
        body: { code: amazon.amazonCode(), redirect_uri: APP.alexaLink },
        language: 'es-ES',
      });
      expect(response.status).toBe(502);
      const body = (await response.json()) as { error: string; message: string };
      expect(body.error).toBe('alexa_enablement_failed');
      expect(body.message).toContain('Alexa no pudo activar');
      expect(await liveGrants(storage)).toBe(before);
    } finally {
      amazon.amazon.alexaApi.failEnablement(ALEXA_API_HOSTS.NA, undefined);
    }
  });
});
