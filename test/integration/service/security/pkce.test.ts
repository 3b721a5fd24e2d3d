import { createHash, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import * as oauth from 'oauth4webapi';
import { authorizeUrl, exchangeCode, REDIRECT_URIS, replayTokenRequest } from '../../../helpers/service/alexa';
import { Browser } from '../../../helpers/service/browser';
import { oauth4 } from '../../../helpers/service/clients';
import { expectOAuthError } from '../../../helpers/service/expectations';
import { linkAccount, linkFromUrl } from '../../../helpers/service/link';
import { startTestService, type TestService } from '../../../helpers/service/testService';

const verifier = () => randomBytes(32).toString('base64url');
const challengeOf = (value: string) => createHash('sha256').update(value).digest('base64url');

describe('checklist #4: PKCE (RFC 7636)', () => {
  let service: TestService;
  let strict: TestService;
  const browser = new Browser();
  const pkceCode = async (codeVerifier: string) =>
    (await linkAccount(service, { browser, codeChallenge: challengeOf(codeVerifier) })).code;

  beforeAll(async () => {
    service = await startTestService();
    strict = await startTestService({ REQUIRE_PKCE: 'true' });
  });
  afterAll(async () => {
    await strict.close();
    await service.close();
  });

  it('RFC 7636 §4.6: oauth4webapi completes an S256 flow with Basic client authentication', async () => {
    const client = await oauth4(service);
    const codeVerifier = oauth.generateRandomCodeVerifier();
    const url = client.authorizeUrl('pkce-state', { challenge: await oauth.calculatePKCECodeChallenge(codeVerifier) });
    const linked = await linkFromUrl(url, { browser });
    const tokens = await client.exchange(linked.redirect, 'pkce-state', 'basic', { verifier: codeVerifier });
    expect(tokens.token_type).toBe('bearer');
    expect(tokens.refresh_token).toEqual(expect.any(String));
  });

  it('RFC 7636 §4.5: an Alexa replay with code_verifier in the body scheme succeeds', async () => {
    const codeVerifier = verifier();
    const response = await exchangeCode(service.tokenUrl, await pkceCode(codeVerifier), 'body', { codeVerifier });
    expect(response.status).toBe(200);
  });

  it('RFC 7636 §4.2 / RFC 9700 §2.1.1: code_challenge_method=plain is refused by error redirect with state', async () => {
    const response = await fetch(
      authorizeUrl(service.authorizationUrl, {
        state: 'plain-state',
        codeChallenge: verifier(),
        codeChallengeMethod: 'plain',
      }),
      { redirect: 'manual' },
    );
    expect(response.status).toBe(303);
    const location = new URL(response.headers.get('location') ?? '');
    expect(`${location.origin}${location.pathname}`).toBe(REDIRECT_URIS.pitangui);
    expect(location.searchParams.get('error')).toBe('invalid_request');
    expect(location.searchParams.get('state')).toBe('plain-state');
    expect(location.searchParams.has('code')).toBe(false);
  });

  it('RFC 7636 §4.6: a missing verifier gets invalid_grant and burns the code', async () => {
    const codeVerifier = verifier();
    const code = await pkceCode(codeVerifier);
    await expectOAuthError(await exchangeCode(service.tokenUrl, code, 'basic'), 400, 'invalid_grant');
    await expectOAuthError(await exchangeCode(service.tokenUrl, code, 'basic', { codeVerifier }), 400, 'invalid_grant');
  });

  it('RFC 7636 §4.6: a wrong verifier gets invalid_grant and burns the code', async () => {
    const codeVerifier = verifier();
    const code = await pkceCode(codeVerifier);
    await expectOAuthError(
      await exchangeCode(service.tokenUrl, code, 'basic', { codeVerifier: verifier() }),
      400,
      'invalid_grant',
    );
    await expectOAuthError(await exchangeCode(service.tokenUrl, code, 'basic', { codeVerifier }), 400, 'invalid_grant');
  });

  it('RFC 7636 §4.1: a 42-character verifier is malformed (invalid_request) and burns the code', async () => {
    const codeVerifier = verifier();
    const code = await pkceCode(codeVerifier);
    const short = await exchangeCode(service.tokenUrl, code, 'basic', { codeVerifier: 'a'.repeat(42) });
    await expectOAuthError(short, 400, 'invalid_request');
    await expectOAuthError(await exchangeCode(service.tokenUrl, code, 'basic', { codeVerifier }), 400, 'invalid_grant');
  });

  it('RFC 9700 §4.8.2: a verifier for a code issued without a challenge gets invalid_grant (downgrade)', async () => {
    const code = (await linkAccount(service, { browser })).code;
    await expectOAuthError(
      await exchangeCode(service.tokenUrl, code, 'basic', { codeVerifier: verifier() }),
      400,
      'invalid_grant',
    );
  });

  it('RFC 6749 §2.3.1: PKCE does not replace the client secret; a verifier without it gets invalid_client', async () => {
    const codeVerifier = verifier();
    const code = await pkceCode(codeVerifier);
    const response = await fetch(service.tokenUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'authorization_code',
        code,
        redirect_uri: REDIRECT_URIS.pitangui,
        code_verifier: codeVerifier,
        client_id: 'ride-hailer-alexa',
      }).toString(),
    });
    await expectOAuthError(response, 401, 'invalid_client');
    const withSecret = await replayTokenRequest(
      service.tokenUrl,
      { grant_type: 'authorization_code', code, redirect_uri: REDIRECT_URIS.pitangui, code_verifier: codeVerifier },
      'basic',
    );
    expect(withSecret.status).toBe(200);
  });

  it('RFC 9700 §2.1.1: with REQUIRE_PKCE=true a request without a challenge is refused by error redirect', async () => {
    const response = await fetch(authorizeUrl(strict.authorizationUrl, { state: 'needs-pkce' }), {
      redirect: 'manual',
    });
    expect(response.status).toBe(303);
    const location = new URL(response.headers.get('location') ?? '');
    expect(location.searchParams.get('error')).toBe('invalid_request');
    expect(location.searchParams.get('state')).toBe('needs-pkce');
    const codeVerifier = verifier();
    const linked = await linkAccount(strict, { codeChallenge: challengeOf(codeVerifier) });
    expect((await exchangeCode(strict.tokenUrl, linked.code, 'basic', { codeVerifier })).status).toBe(200);
  });

  it('RFC 8414 §2: metadata advertises only S256', async () => {
    const metadata = (await (await fetch(`${service.url}/.well-known/oauth-authorization-server`)).json()) as Record<
      string,
      unknown
    >;
    expect(metadata.code_challenge_methods_supported).toEqual(['S256']);
  });
});
