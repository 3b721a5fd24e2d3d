import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createRider } from '../../../../service/riders/riderService';
import { basicAuth, CLIENT_ID, CLIENT_SECRET, REDIRECT_URIS, refresh, SCOPE } from '../../../helpers/service/alexa';
import { Browser } from '../../../helpers/service/browser';
import { oauth4, simpleOauth2 } from '../../../helpers/service/clients';
import { expectOAuthError } from '../../../helpers/service/expectations';
import { api, linkFromUrl, obtainTokens, type TokenSet } from '../../../helpers/service/link';
import { startTestService, type TestService } from '../../../helpers/service/testService';

const ALEXA_USER = 'amzn1.ask.account.AFTESTUSERID0123456789ABCDEFGHIJKLMNOP';

describe('checklist #19: revocation on unlink and RFC 7009', () => {
  let service: TestService;
  const fresh = (email?: string) =>
    obtainTokens(service, { browser: new Browser(), ...(email ? { email, password: 'rider-password-1' } : {}) });
  const bind = (alexaUserId: string, token: string) =>
    api(service, `/v1/alexa/users/${encodeURIComponent(alexaUserId)}`, token, { method: 'PUT' });
  const revokeAlexaUser = (alexaUserId: string, authorization?: string) =>
    fetch(`${service.url}/v1/alexa/users/${encodeURIComponent(alexaUserId)}/revoke`, {
      method: 'POST',
      headers: authorization ? { authorization } : {},
    });
  const expectDead = async (tokens: TokenSet) => {
    expect((await api(service, '/v1/me', tokens.access_token)).status).toBe(401);
    await expectOAuthError(await refresh(service.tokenUrl, tokens.refresh_token), 400, 'invalid_grant');
  };

  beforeAll(async () => {
    service = await startTestService();
    for (const email of ['two@example.com', 'three@example.com']) {
      await createRider(service.app.riders, { email, name: email, password: 'rider-password-1' }, new Date());
    }
  });
  afterAll(async () => {
    await service.close();
  });

  it('RFC 7009 §2.1: revoking the refresh token (oauth4webapi, Basic) kills the grant: API 401, refresh invalid_grant', async () => {
    const client = await oauth4(service);
    const linked = await linkFromUrl(client.authorizeUrl('r1'));
    const tokens = await client.exchange(linked.redirect, 'r1', 'basic');
    await client.revoke(tokens.refresh_token ?? '', 'basic');
    await expectDead({ access_token: tokens.access_token, refresh_token: tokens.refresh_token ?? '' } as TokenSet);
  });

  it('RFC 7009 §2.1: revoking the access token (body credentials) also revokes its refresh token', async () => {
    const client = await oauth4(service);
    const tokens = await fresh();
    await client.revoke(tokens.access_token, 'post');
    await expectDead(tokens);
  });

  it('RFC 7009 §2.2: revoking an unknown token answers 200; a wrong client secret answers 401 invalid_client', async () => {
    const ok = await fetch(`${service.url}/token/revocation`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        authorization: basicAuth(CLIENT_ID, CLIENT_SECRET),
      },
      body: 'token=never-issued',
    });
    expect(ok.status).toBe(200);
    const wrong = await fetch(`${service.url}/token/revocation`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: basicAuth(CLIENT_ID, 'wrong') },
      body: 'token=never-issued',
    });
    await expectOAuthError(wrong, 401, 'invalid_client');
  });

  it('RFC 7009 §2.1: a refresh token from simple-oauth2 is revoked by a body-credentials request', async () => {
    const client = simpleOauth2(service, 'body');
    const url = client.authorizeURL({ redirect_uri: REDIRECT_URIS.pitangui, scope: SCOPE, state: 'so2' });
    const linked = await linkFromUrl(url);
    const token = (await client.getToken({ code: linked.code, redirect_uri: REDIRECT_URIS.pitangui })).token;
    const response = await fetch(`${service.url}/token/revocation`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        token: String(token.refresh_token),
        token_type_hint: 'refresh_token',
        client_id: CLIENT_ID,
        client_secret: CLIENT_SECRET,
      }).toString(),
    });
    expect(response.status).toBe(200);
    await expectDead(token as unknown as TokenSet);
  });

  it('Alexa FAQ (SkillDisabled): a grant bound with PUT /v1/alexa/users/{id} is revoked by POST …/revoke', async () => {
    const tokens = await fresh();
    expect((await bind(ALEXA_USER, tokens.access_token)).status).toBe(204);
    const response = await revokeAlexaUser(ALEXA_USER, basicAuth(CLIENT_ID, CLIENT_SECRET));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ alexaUserId: ALEXA_USER, revokedGrants: 1 });
    await expectDead(tokens);
    const again = await revokeAlexaUser(ALEXA_USER, basicAuth(CLIENT_ID, CLIENT_SECRET));
    expect(await again.json()).toEqual({ alexaUserId: ALEXA_USER, revokedGrants: 0 });
  });

  it('Alexa FAQ: every grant bound to the Alexa user is revoked, and other users keep theirs', async () => {
    const a = await fresh();
    const b = await fresh('two@example.com');
    const bystander = await fresh('three@example.com');
    await bind(`${ALEXA_USER}X`, a.access_token);
    await bind(`${ALEXA_USER}X`, b.access_token);
    await bind('amzn1.ask.account.SOMEONEELSE', bystander.access_token);
    await expect(service.app.revokeGrantsForAlexaUser(`${ALEXA_USER}X`)).resolves.toBe(2);
    await expectDead(a);
    await expectDead(b);
    expect((await api(service, '/v1/me', bystander.access_token)).status).toBe(200);
  });

  it('RFC 6749 §2.3.1: the revoke endpoint needs the Alexa client’s Basic credentials', async () => {
    for (const authorization of [undefined, basicAuth(CLIENT_ID, 'wrong'), basicAuth('someone', CLIENT_SECRET)]) {
      const response = await revokeAlexaUser(ALEXA_USER, authorization);
      expect(response.status).toBe(401);
      expect(response.headers.get('www-authenticate')).toBe('Basic realm="ride-hailer"');
      expect(((await response.json()) as { error: string }).error).toBe('invalid_client');
    }
  });

  it('RFC 6750 §3.1: binding needs a valid Bearer token and a well-formed Alexa user id', async () => {
    expect((await api(service, `/v1/alexa/users/${ALEXA_USER}`, undefined, { method: 'PUT' })).status).toBe(401);
    expect((await api(service, `/v1/alexa/users/${ALEXA_USER}`, 'garbage', { method: 'PUT' })).status).toBe(401);
    const tokens = await fresh();
    expect((await bind('bad id with spaces', tokens.access_token)).status).toBe(400);
  });

  it('revokeGrantsForRider revokes every grant of one rider', async () => {
    const first = await fresh('three@example.com');
    const second = await fresh('three@example.com');
    const me = (await (await api(service, '/v1/me', first.access_token)).json()) as { id: string };
    await expect(service.app.revokeGrantsForRider(me.id)).resolves.toBeGreaterThanOrEqual(2);
    await expectDead(first);
    await expectDead(second);
  });
});
