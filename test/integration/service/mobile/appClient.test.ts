import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { APP, alexaRequest, appAccessToken, appAuthorize, appTokenRequest, mobile } from '../../../helpers/service/app';
import { obtainTokens } from '../../../helpers/service/link';
import { startTestService, type TestService } from '../../../helpers/service/testService';

describe('the Ride Hailer app as a first-party public client (RFC 8252)', () => {
  let service: TestService;
  beforeAll(async () => {
    service = await startTestService();
  });
  afterAll(async () => {
    await service.close();
  });

  it('signs in through the login page only, with no consent page, and redeems its code without a secret', async () => {
    const signIn = await appAuthorize(service);
    expect(signIn.pages).toEqual(['login']);
    expect(signIn.redirect.origin + signIn.redirect.pathname).toBe(APP.redirectUri);
    expect(signIn.redirect.searchParams.get('state')).toBe('app-state');
    const response = await appTokenRequest(service, {
      grant_type: 'authorization_code',
      code: signIn.redirect.searchParams.get('code') ?? '',
      redirect_uri: APP.redirectUri,
      code_verifier: signIn.verifier,
    });
    expect(response.status).toBe(200);
    const tokens = (await response.json()) as Record<string, unknown>;
    expect(tokens).toMatchObject({ token_type: 'Bearer', scope: 'profile rides:read rides:write' });
    expect(typeof tokens.refresh_token).toBe('string');
  });

  it('RFC 7636 §4.4.1: an authorization request without PKCE goes back to the app as invalid_request', async () => {
    const signIn = await appAuthorize(service, { challenge: false });
    expect(signIn.pages).toEqual([]);
    expect(signIn.redirect.searchParams.get('error')).toBe('invalid_request');
    expect(signIn.redirect.searchParams.get('code')).toBeNull();
  });

  it('RFC 7636 §4.6: the code is worth nothing without the right verifier', async () => {
    const signIn = await appAuthorize(service);
    const response = await appTokenRequest(service, {
      grant_type: 'authorization_code',
      code: signIn.redirect.searchParams.get('code') ?? '',
      redirect_uri: APP.redirectUri,
      code_verifier: 'x'.repeat(43),
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: string }).error).toBe('invalid_grant');
  });

  it('RFC 9700 §4.14.2: the app’s refresh token rotates on every use', async () => {
    const signIn = await appAuthorize(service);
    const first = (await (
      await appTokenRequest(service, {
        grant_type: 'authorization_code',
        code: signIn.redirect.searchParams.get('code') ?? '',
        redirect_uri: APP.redirectUri,
        code_verifier: signIn.verifier,
      })
    ).json()) as { refresh_token: string };
    const refreshed = await appTokenRequest(service, {
      grant_type: 'refresh_token',
      refresh_token: first.refresh_token,
    });
    expect(refreshed.status).toBe(200);
    const second = (await refreshed.json()) as { refresh_token: string };
    expect(second.refresh_token).not.toBe(first.refresh_token);
  });

  it('the mobile endpoints need a bearer token, and one issued to Alexa is refused', async () => {
    const none = await mobile(service, '/v1/mobile/alexa/link', undefined);
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toBe('Bearer realm="ride-hailer"');
    const alexa = await obtainTokens(service);
    const refused = await mobile(service, '/v1/mobile/alexa/authorizations', alexa.access_token, {
      method: 'POST',
      body: alexaRequest(),
    });
    expect(refused.status).toBe(401);
    expect(((await refused.json()) as { error: string }).error).toBe('invalid_token');
    const app = await mobile(service, '/v1/mobile/alexa/link', await appAccessToken(service));
    expect(app.status).toBe(200);
  });
});
