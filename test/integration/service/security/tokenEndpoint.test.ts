import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  authorizeUrl,
  basicAuth,
  CLIENT_ID,
  CLIENT_SECRET,
  exchangeCode,
  REDIRECT_URIS,
} from '../../../helpers/service/alexa';
import { Browser } from '../../../helpers/service/browser';
import { expectHtmlSecurityHeaders, expectOAuthError, expectTokenHeaders } from '../../../helpers/service/expectations';
import { linkAccount, linkFromUrl } from '../../../helpers/service/link';
import { startTestService, type TestService } from '../../../helpers/service/testService';

describe('checklists #6, #20, #21: token endpoint hygiene, error shapes, no implicit or password grant', () => {
  let service: TestService;
  const browser = new Browser();
  const auth = { authorization: basicAuth(CLIENT_ID, CLIENT_SECRET) };
  const form = (body: string, headers: Record<string, string> = auth) =>
    fetch(service.tokenUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
      body,
    });

  beforeAll(async () => {
    service = await startTestService();
  });
  afterAll(async () => {
    await service.close();
  });

  it('RFC 6749 §5.1: a success is JSON, no-store + no-cache, Bearer, numeric expires_in ≥ 360 and a refresh_token', async () => {
    const response = await exchangeCode(service.tokenUrl, (await linkAccount(service, { browser })).code, 'basic');
    expect(response.status).toBe(200);
    expectTokenHeaders(response);
    const body = (await response.json()) as Record<string, unknown>;
    expect(body).toEqual({
      access_token: expect.stringMatching(/^[A-Za-z0-9_-]{43}~[A-Za-z0-9_-]{43}~rdr_[A-Za-z0-9_-]+$/),
      token_type: 'Bearer',
      expires_in: 3600,
      refresh_token: expect.stringMatching(/^[A-Za-z0-9_-]{43}~[A-Za-z0-9_-]{43}~rdr_[A-Za-z0-9_-]+$/),
      scope: 'profile rides:read rides:write',
    });
    expect(body.expires_in as number).toBeGreaterThanOrEqual(360);
  });

  it('refuses a call from a web page (any Origin) with no Access-Control-Allow-Origin; like any failed redemption by the client, it uses up the code', async () => {
    const { code } = await linkAccount(service, { browser });
    const body = new URLSearchParams({ grant_type: 'authorization_code', code, redirect_uri: REDIRECT_URIS.pitangui });
    const fromPage = await form(body.toString(), { ...auth, origin: 'https://evil.example' });
    expect(fromPage.headers.get('access-control-allow-origin')).toBeNull();
    await expectOAuthError(fromPage, 400, 'invalid_request');
    await expectOAuthError(await exchangeCode(service.tokenUrl, code, 'basic'), 400, 'invalid_grant');
  });

  const failures: Array<[string, string, number, string]> = [
    ['a JSON body', '', 400, 'invalid_request'],
    ['a missing grant_type', 'code=abc', 400, 'invalid_request'],
    ['an unknown grant_type', 'grant_type=urn:example:nope', 400, 'unsupported_grant_type'],
    [
      'the password grant',
      'grant_type=password&username=rider%40example.com&password=x',
      400,
      'unsupported_grant_type',
    ],
    ['the client_credentials grant', 'grant_type=client_credentials', 400, 'unsupported_grant_type'],
    [
      'a duplicated parameter',
      `grant_type=authorization_code&code=a&code=b&redirect_uri=${encodeURIComponent(REDIRECT_URIS.pitangui)}`,
      400,
      'invalid_request',
    ],
    [
      'a missing code',
      `grant_type=authorization_code&redirect_uri=${encodeURIComponent(REDIRECT_URIS.pitangui)}`,
      400,
      'invalid_request',
    ],
    [
      'an unknown code',
      `grant_type=authorization_code&code=nope&redirect_uri=${encodeURIComponent(REDIRECT_URIS.pitangui)}`,
      400,
      'invalid_grant',
    ],
    ['an unknown refresh token', 'grant_type=refresh_token&refresh_token=nope', 400, 'invalid_grant'],
    ['a missing refresh token', 'grant_type=refresh_token', 400, 'invalid_request'],
  ];

  it.each(failures)('RFC 6749 §5.2: %s gets %i %s as JSON with no-store', async (label, body, status, error) => {
    const response =
      label === 'a JSON body'
        ? await fetch(service.tokenUrl, {
            method: 'POST',
            headers: { 'content-type': 'application/json', ...auth },
            body: JSON.stringify({ grant_type: 'refresh_token', refresh_token: 'x' }),
          })
        : await form(body);
    expectTokenHeaders(response);
    await expectOAuthError(response, status, error);
  });

  it.each(['text/html', 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8'])(
    'RFC 6749 §5.2 / RFC 7009 §2.2.1: with Accept: %s the token and revocation endpoints still answer JSON',
    async (accept) => {
      const token = await form('grant_type=refresh_token&refresh_token=nope', { ...auth, accept });
      expectTokenHeaders(token);
      await expectOAuthError(token, 400, 'invalid_grant');
      const revocation = await fetch(`${service.url}/token/revocation`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', accept },
        body: 'token=never-issued',
      });
      expect(revocation.headers.get('content-type')).toBe('application/json; charset=utf-8');
      await expectOAuthError(revocation, 401, 'invalid_client');
    },
  );

  it('RFC 6749 §3.2: the token endpoint accepts POST only, and says so in JSON with Allow: POST', async () => {
    for (const method of ['GET', 'PUT', 'DELETE']) {
      const response = await fetch(service.tokenUrl, { method, headers: auth });
      expect(response.headers.get('allow')).toBe('POST');
      await expectOAuthError(response, 405, 'invalid_request');
    }
  });

  it('RFC 9700 §2.1.2 / RFC 6749 §4.1.2.1: response_type=token is refused by error redirect with state, no token', async () => {
    const response = await fetch(authorizeUrl(service.authorizationUrl, { responseType: 'token', state: 'implicit' }), {
      redirect: 'manual',
    });
    expect(response.status).toBe(303);
    const location = new URL(response.headers.get('location') ?? '');
    expect(`${location.origin}${location.pathname}`).toBe(REDIRECT_URIS.pitangui);
    const fragment = new URLSearchParams(location.hash.slice(1));
    expect(fragment.get('error')).toBe('unsupported_response_type');
    expect(fragment.get('state')).toBe('implicit');
    expect(fragment.has('access_token')).toBe(false);
  });

  it('RFC 6749 §4.1.2.1: an invalid request with a valid redirect_uri is reported to the client with state', async () => {
    const response = await fetch(
      authorizeUrl(service.authorizationUrl, { state: 'bad-prompt', extra: { prompt: 'none' } }),
      { redirect: 'manual' },
    );
    expect(response.status).toBe(303);
    const location = new URL(response.headers.get('location') ?? '');
    expect(location.searchParams.get('error')).toBe('login_required');
    expect(location.searchParams.get('state')).toBe('bad-prompt');
  });

  it('RFC 6749 §4.1.2.1: an authorization request without client_id is an error page, never a redirect', async () => {
    const url = new URL(authorizeUrl(service.authorizationUrl));
    url.searchParams.delete('client_id');
    const response = await fetch(url, { redirect: 'manual' });
    expect(response.status).toBe(400);
    expect(response.headers.get('location')).toBeNull();
    expectHtmlSecurityHeaders(response);
  });

  it('RFC 6749 §3.3: unsupported scopes such as openid are dropped from the grant, not looped on', async () => {
    const linked = await linkAccount(service, { browser: new Browser(), scope: 'openid profile offline_access x:y' });
    const response = await exchangeCode(service.tokenUrl, linked.code, 'basic');
    const body = (await response.json()) as Record<string, unknown>;
    expect(body.scope).toBe('profile');
    expect(body).not.toHaveProperty('id_token');
    expect(body.refresh_token).toEqual(expect.any(String));
  });

  it('RFC 6749 §3.3: an authorization request without scope gets the documented default (all three scopes)', async () => {
    const url = new URL(authorizeUrl(service.authorizationUrl));
    url.searchParams.delete('scope');
    const linked = await linkFromUrl(url.toString(), { browser: new Browser() });
    const response = await exchangeCode(service.tokenUrl, linked.code, 'basic');
    expect(((await response.json()) as { scope: string }).scope).toBe('profile rides:read rides:write');
  });
});
