import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { loadConfig } from '../../../../service/config';
import { ConfigError } from '../../../../service/errors';
import {
  ALEXA_USER_AGENT,
  basicAuth,
  CLIENT_ID,
  CLIENT_SECRET,
  exchangeCode,
  LONG_STATE,
  REDIRECT_URIS,
  SCOPE,
} from '../../../helpers/service/alexa';
import { Browser } from '../../../helpers/service/browser';
import { type AuthScheme, oauth4, simpleOauth2 } from '../../../helpers/service/clients';
import { expectOAuthError, expectTokenHeaders } from '../../../helpers/service/expectations';
import { linkAccount, linkFromUrl } from '../../../helpers/service/link';
import { startTestService, type TestService } from '../../../helpers/service/testService';

describe('checklist #5: client authentication (RFC 6749 §2.3.1)', () => {
  let service: TestService;
  let tilde: TestService;
  const browser = new Browser();
  const TILDE_SECRET = 'secret~with.dots-and_underscores';
  const post = (body: Record<string, string>, headers: Record<string, string> = {}) =>
    fetch(service.tokenUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'user-agent': ALEXA_USER_AGENT, ...headers },
      body: new URLSearchParams(body).toString(),
    });
  const bogusRefresh = { grant_type: 'refresh_token', refresh_token: 'not-a-real-refresh-token' };

  beforeAll(async () => {
    service = await startTestService();
    tilde = await startTestService({ ALEXA_CLIENT_SECRET: TILDE_SECRET });
  });
  afterAll(async () => {
    await tilde.close();
    await service.close();
  });

  it.each<AuthScheme>(['basic', 'post'])(
    'RFC 6749 §2.3.1: oauth4webapi with client_secret_%s completes the flow and refreshes',
    async (scheme) => {
      const client = await oauth4(service);
      const linked = await linkFromUrl(client.authorizeUrl(LONG_STATE), { browser });
      const tokens = await client.exchange(linked.redirect, LONG_STATE, scheme);
      expect(tokens.refresh_token).toEqual(expect.any(String));
      const refreshed = await client.refresh(tokens.refresh_token ?? '', scheme);
      expect(refreshed.access_token).not.toBe(tokens.access_token);
    },
  );

  it.each(['header', 'body'] as const)(
    'RFC 6749 §2.3.1: simple-oauth2 with credentials in the %s completes the flow and refreshes',
    async (method) => {
      const client = simpleOauth2(service, method);
      const url = client.authorizeURL({ redirect_uri: REDIRECT_URIS.jp, scope: SCOPE, state: 'so2' });
      const linked = await linkFromUrl(url, { browser });
      const token = await client.getToken({ code: linked.code, redirect_uri: REDIRECT_URIS.jp });
      expect(token.token.token_type).toBe('Bearer');
      const refreshed = await token.refresh();
      expect(refreshed.token.access_token).not.toBe(token.token.access_token);
    },
  );

  it('RFC 6749 §2.3.1: the Alexa replay of alexa-skills-kit-sdk-for-nodejs#213 (body credentials) succeeds', async () => {
    const code = (await linkAccount(service, { browser, redirectUri: REDIRECT_URIS.layla })).code;
    const body = `grant_type=authorization_code&code=${code}&redirect_uri=${encodeURIComponent(REDIRECT_URIS.layla)}&client_id=${CLIENT_ID}&client_secret=${CLIENT_SECRET}`;
    const response = await fetch(service.tokenUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'user-agent': ALEXA_USER_AGENT },
      body,
    });
    expect(response.status).toBe(200);
    expectTokenHeaders(response);
  });

  it('RFC 6749 §2.3.1: the Alexa replay with HTTP Basic succeeds', async () => {
    const code = (await linkAccount(service, { browser })).code;
    expect((await exchangeCode(service.tokenUrl, code, 'basic')).status).toBe(200);
  });

  it('RFC 6749 §5.2: a wrong secret over Basic gets 401 invalid_client with a Basic challenge', async () => {
    const response = await post(bogusRefresh, { authorization: basicAuth(CLIENT_ID, 'wrong-secret') });
    expectTokenHeaders(response);
    expect(response.headers.get('www-authenticate')).toMatch(/^Basic realm="[^"]+", error="invalid_client"/);
    await expectOAuthError(response, 401, 'invalid_client');
  });

  it('RFC 6749 §5.2: a wrong secret in the body gets 401 invalid_client', async () => {
    const response = await post({ ...bogusRefresh, client_id: CLIENT_ID, client_secret: 'wrong-secret' });
    await expectOAuthError(response, 401, 'invalid_client');
  });

  it('RFC 6749 §5.2: an unknown client gets 401 invalid_client', async () => {
    const response = await post(bogusRefresh, { authorization: basicAuth('nobody', CLIENT_SECRET) });
    await expectOAuthError(response, 401, 'invalid_client');
  });

  it('RFC 6749 §5.2: no client authentication at all gets 401 invalid_client with a Basic challenge', async () => {
    const response = await post(bogusRefresh);
    expect(response.headers.get('www-authenticate')).toMatch(/^Basic realm=/);
    await expectOAuthError(response, 401, 'invalid_client');
  });

  it('RFC 6749 §2.3: Basic plus a body secret (two mechanisms) gets 400 invalid_request', async () => {
    const response = await post(
      { ...bogusRefresh, client_secret: CLIENT_SECRET },
      { authorization: basicAuth(CLIENT_ID, CLIENT_SECRET) },
    );
    await expectOAuthError(response, 400, 'invalid_request');
  });

  it('RFC 6749 App. B: Basic credentials are form-decoded (%7E for ~ authenticates)', async () => {
    const encoded = `Basic ${Buffer.from(`${CLIENT_ID}:${TILDE_SECRET.replaceAll('~', '%7E')}`).toString('base64')}`;
    const response = await fetch(tilde.tokenUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: encoded },
      body: new URLSearchParams(bogusRefresh).toString(),
    });
    await expectOAuthError(response, 400, 'invalid_grant');
    const raw = `Basic ${Buffer.from(`${CLIENT_ID}:${TILDE_SECRET}`).toString('base64')}`;
    const unencoded = await fetch(tilde.tokenUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: raw },
      body: new URLSearchParams(bogusRefresh).toString(),
    });
    await expectOAuthError(unencoded, 400, 'invalid_grant');
  });

  it.each(['with%percent', 'with+plus', 'with:colon'])(
    'RFC 6749 App. B: a secret like "%s" is refused at start-up, so encoding ambiguity cannot arise',
    (secret) => {
      expect(() => loadConfig({ ALEXA_CLIENT_SECRET: secret })).toThrow(ConfigError);
    },
  );
});
