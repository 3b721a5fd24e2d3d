import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { PENDING_GRANT_SECONDS } from '../../../../service/mobile/alexaCodes';
import { exchangeCode, REDIRECT_URIS, type ReplayScheme, refresh } from '../../../helpers/service/alexa';
import { alexaRequest, appAccessToken, liveGrants, mobile, pkcePair } from '../../../helpers/service/app';
import { fakeClock } from '../../../helpers/service/clock';
import { api } from '../../../helpers/service/link';
import { startTestService, type TestService } from '../../../helpers/service/testService';

const PATH = '/v1/mobile/alexa/authorizations';

let service: TestService;
let appToken: string;
beforeAll(async () => {
  service = await startTestService();
  appToken = await appAccessToken(service);
});
afterAll(async () => {
  await service.close();
});

/** The app answers Alexa's request for the signed-in rider and gets the URL back to the Alexa app. */
async function answer(overrides: Record<string, string | undefined> = {}, language?: string) {
  const response = await mobile(service, PATH, appToken, { method: 'POST', body: alexaRequest(overrides), language });
  return { response, body: (await response.json()) as { location?: string; error?: string; message?: string } };
}

describe.each(['basic', 'body'] as ReplayScheme[])('flow A backend, Alexa redeeming with %s credentials', (scheme) => {
  it('"allow" returns Alexa’s redirect with our code, the same state and source=app; Alexa redeems it at /token', async () => {
    const { response, body } = await answer();
    expect(response.status).toBe(200);
    const location = new URL(body.location ?? '');
    expect(location.origin + location.pathname).toBe(REDIRECT_URIS.layla);
    expect(location.searchParams.get('state')).toBe(alexaRequest().state);
    expect(location.searchParams.get('source')).toBe('app');
    const code = location.searchParams.get('code') ?? '';
    const tokens = await exchangeCode(service.tokenUrl, code, scheme, { redirectUri: REDIRECT_URIS.layla });
    expect(tokens.status).toBe(200);
    const set = (await tokens.json()) as { access_token: string; refresh_token: string; scope: string };
    expect(set.scope).toBe('profile rides:read rides:write');
    expect(typeof set.refresh_token).toBe('string');
    const me = await api(service, '/v1/me', set.access_token);
    expect(await me.json()).toMatchObject({ email: 'rider@example.com' });
  });

  it('RFC 7636: with a challenge the code needs Alexa’s verifier', async () => {
    const { verifier, challenge } = pkcePair();
    const { body } = await answer({ code_challenge: challenge, code_challenge_method: 'S256' });
    const code = new URL(body.location ?? '').searchParams.get('code') ?? '';
    const without = await exchangeCode(service.tokenUrl, code, scheme, { redirectUri: REDIRECT_URIS.layla });
    expect(without.status).toBe(400);
    const { body: second } = await answer({ code_challenge: challenge, code_challenge_method: 'S256' });
    const next = new URL(second.location ?? '').searchParams.get('code') ?? '';
    const withVerifier = await exchangeCode(service.tokenUrl, next, scheme, {
      redirectUri: REDIRECT_URIS.layla,
      codeVerifier: verifier,
    });
    expect(withVerifier.status).toBe(200);
  });

  it('RFC 6749 §4.1.2 / §10.5: our code redeemed twice fails, revokes its tokens and leaves no grant', async () => {
    const before = await liveGrants(service);
    const { body } = await answer();
    const code = new URL(body.location ?? '').searchParams.get('code') ?? '';
    const first = await exchangeCode(service.tokenUrl, code, scheme, { redirectUri: REDIRECT_URIS.layla });
    const { access_token: accessToken } = (await first.json()) as { access_token: string };
    const again = await exchangeCode(service.tokenUrl, code, scheme, { redirectUri: REDIRECT_URIS.layla });
    expect(again.status).toBe(400);
    expect(((await again.json()) as { error: string }).error).toBe('invalid_grant');
    expect((await api(service, '/v1/me', accessToken)).status).toBe(401);
    expect(await liveGrants(service)).toBe(before);
  });
});

describe('flow A backend refusals', () => {
  it('"deny" sends Alexa access_denied with the state, and no grant is made', async () => {
    const before = await liveGrants(service);
    const { response, body } = await answer({ decision: 'deny' });
    expect(response.status).toBe(200);
    const location = new URL(body.location ?? '');
    expect(location.searchParams.get('error')).toBe('access_denied');
    expect(location.searchParams.get('state')).toBe(alexaRequest().state);
    expect(location.searchParams.get('code')).toBeNull();
    expect(await liveGrants(service)).toBe(before);
  });

  it.each([
    ['an unregistered redirect_uri', { redirect_uri: 'https://evil.example/cb' }],
    ['another client', { client_id: 'someone-else' }],
  ])('RFC 6749 §4.1.2.1: %s is refused without a redirect, in the rider’s language', async (_, overrides) => {
    const before = await liveGrants(service);
    const { response, body } = await answer(overrides, 'de-DE,de;q=0.9');
    expect(response.status).toBe(400);
    expect(body.error).toBe('invalid_request');
    expect(body.location).toBeUndefined();
    expect(body.message).toMatch(/Alexa-App/);
    expect(await liveGrants(service)).toBe(before);
  });

  it.each([
    ['an implicit grant request', 'unsupported_response_type', { response_type: 'token' }],
    ['PKCE plain', 'invalid_request', { code_challenge: 'x'.repeat(43), code_challenge_method: 'plain' }],
    ['only unknown scopes', 'invalid_scope', { scope: 'admin' }],
  ])('%s goes back to Alexa as %s', async (_, error, overrides) => {
    const { body } = await answer(overrides);
    expect(new URL(body.location ?? '').searchParams.get('error')).toBe(error);
  });

  it('refuses a malformed answer with 400 invalid_request', async () => {
    const response = await mobile(service, PATH, appToken, {
      method: 'POST',
      body: { ...alexaRequest(), decision: 'maybe' },
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: string }).error).toBe('invalid_request');
  });

  it('a code Alexa never redeems takes its grant with it; a redeemed one keeps its grant and refreshes later', async () => {
    const later = () => Date.now() + (PENDING_GRANT_SECONDS + 1) * 1000;
    const before = await liveGrants(service, 'ride-hailer-alexa', later());
    await answer();
    const { body } = await answer();
    const code = new URL(body.location ?? '').searchParams.get('code') ?? '';
    const redeemed = await exchangeCode(service.tokenUrl, code, 'basic', { redirectUri: REDIRECT_URIS.layla });
    const { refresh_token: refreshToken } = (await redeemed.json()) as { refresh_token: string };
    expect(await liveGrants(service, 'ride-hailer-alexa', later())).toBe(before + 1);
    const clock = fakeClock();
    clock.advance(3600);
    expect((await refresh(service.tokenUrl, refreshToken)).status).toBe(200);
  });
});
