import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  basicAuth,
  CLIENT_ID,
  CLIENT_SECRET,
  exchangeCode,
  REDIRECT_URIS,
  refresh,
} from '../../../helpers/service/alexa';
import { Browser } from '../../../helpers/service/browser';
import { fakeClock } from '../../../helpers/service/clock';
import { expectOAuthError, expectTokenHeaders } from '../../../helpers/service/expectations';
import { api, linkAccount, type TokenSet } from '../../../helpers/service/link';
import { type ServiceTarget, serviceTargets } from '../../../helpers/service/targets';
import { startServiceWithOtherClient, type TestService } from '../../../helpers/service/testService';

describe('checklist #3: authorization codes', () => {
  let service: TestService;
  let other: TestService;
  const browser = new Browser();
  const code = async (redirectUri: string = REDIRECT_URIS.pitangui) =>
    (await linkAccount(service, { browser, redirectUri })).code;

  beforeAll(async () => {
    ({ service, other } = await startServiceWithOtherClient());
  });
  afterAll(async () => {
    await other.close();
    await service.close();
  });

  it('RFC 6749 §4.1.2 / §10.5: a replayed code gets invalid_grant and revokes the tokens it issued', async () => {
    const value = await code();
    const first = await exchangeCode(service.tokenUrl, value, 'basic');
    expect(first.status).toBe(200);
    const tokens = (await first.json()) as TokenSet;
    expect((await api(service, '/v1/me', tokens.access_token)).status).toBe(200);

    const replay = await exchangeCode(service.tokenUrl, value, 'basic');
    expectTokenHeaders(replay);
    await expectOAuthError(replay, 400, 'invalid_grant');
    expect((await api(service, '/v1/me', tokens.access_token)).status).toBe(401);
    await expectOAuthError(await refresh(service.tokenUrl, tokens.refresh_token), 400, 'invalid_grant');
  });

  it('RFC 6749 §4.1.3: a code issued to one client cannot be redeemed by another', async () => {
    const value = await code();
    const stolen = await exchangeCode(other.tokenUrl, value, 'basic', {
      id: 'another-client',
      secret: 'another-secret',
    });
    await expectOAuthError(stolen, 400, 'invalid_grant');
    // The other client cannot burn it either: the client it was issued to still redeems it.
    expect((await exchangeCode(service.tokenUrl, value, 'basic')).status).toBe(200);
  });

  it('RFC 6749 §4.1.3: a code issued for pitangui cannot be redeemed with the layla redirect_uri', async () => {
    const value = await code(REDIRECT_URIS.pitangui);
    const response = await exchangeCode(service.tokenUrl, value, 'basic', { redirectUri: REDIRECT_URIS.layla });
    await expectOAuthError(response, 400, 'invalid_grant');
  });

  it('RFC 6749 §4.1.2: a code expires after 60 seconds', async () => {
    const value = await code();
    const clock = fakeClock();
    clock.advance(61);
    await expectOAuthError(await exchangeCode(service.tokenUrl, value, 'body'), 400, 'invalid_grant');
  });

  it('RFC 6749 §4.1.3: a code is still good just inside its 60 seconds', async () => {
    const value = await code();
    const clock = fakeClock();
    clock.advance(55);
    expect((await exchangeCode(service.tokenUrl, value, 'body')).status).toBe(200);
  });

  it('RFC 6749 §10.5: 10 simultaneous redemptions of one code give exactly one success', async () => {
    const value = await code();
    const responses = await Promise.all(
      Array.from({ length: 10 }, () => exchangeCode(service.tokenUrl, value, 'basic')),
    );
    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 400)).toHaveLength(9);
    for (const response of responses.filter((r) => r.status === 400)) {
      expect(((await response.json()) as { error: string }).error).toBe('invalid_grant');
    }
  });

  it.each([1, 2, 3])(
    'RFC 6749 §4.1.2: two concurrent redemptions of one code (round %i): one gets tokens, the other invalid_grant, and the winner’s tokens are revoked',
    async () => {
      const value = await code();
      const responses = await Promise.all([
        exchangeCode(service.tokenUrl, value, 'basic'),
        exchangeCode(service.tokenUrl, value, 'basic'),
      ]);
      const winner = responses.find((r) => r.status === 200);
      const loser = responses.find((r) => r.status !== 200);
      expect(winner).toBeDefined();
      await expectOAuthError(loser as Response, 400, 'invalid_grant');
      const tokens = (await (winner as Response).json()) as TokenSet;
      expect((await api(service, '/v1/me', tokens.access_token)).status).toBe(401);
      await expectOAuthError(await refresh(service.tokenUrl, tokens.refresh_token), 400, 'invalid_grant');
    },
  );

  it('RFC 6749 §10.10 / RFC 6819 §5.1.4.2.2: codes are unique and carry 256 bits (43+ base64url characters)', async () => {
    const codes: string[] = [];
    for (let i = 0; i < 40; i++) codes.push(await code());
    expect(new Set(codes).size).toBe(codes.length);
    for (const value of codes) expect(value).toMatch(/^[A-Za-z0-9_-]{43,}$/);
    const generated = new Set<string>();
    // White-box: the same generator oidc-provider uses for every code (10 000 real flows would be slow).
    const AuthorizationCode = service.app.provider.AuthorizationCode as unknown as new (
      input: object,
    ) => { generateTokenId(): string };
    for (let i = 0; i < 10_000; i++) {
      generated.add(new AuthorizationCode({ accountId: 'a', grantId: 'g', scope: 's' }).generateTokenId());
    }
    expect(generated.size).toBe(10_000);
    for (const value of generated) expect(value).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });
});

/** A token request for a code that does not authenticate the Alexa client, and the exact answer RFC 6749 §5.2 asks. */
type Unauthenticated = [
  label: string,
  status: number,
  error: string,
  send: (tokenUrl: string, code: string, accept: string) => Promise<Response>,
];

const redeem = (tokenUrl: string, accept: string, form: Record<string, string>, headers: Record<string, string> = {}) =>
  fetch(tokenUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', accept, ...headers },
    body: new URLSearchParams(form).toString(),
  });
const codeForm = (code: string, redirectUri: string = REDIRECT_URIS.pitangui) => ({
  grant_type: 'authorization_code',
  code,
  redirect_uri: redirectUri,
});

const UNAUTHENTICATED: Unauthenticated[] = [
  ['no client credentials', 401, 'invalid_client', (url, code, accept) => redeem(url, accept, codeForm(code))],
  [
    'a malformed Basic header',
    400,
    'invalid_request',
    (url, code, accept) => redeem(url, accept, codeForm(code), { authorization: 'Basic not*base64' }),
  ],
  [
    'a Basic client id that differs from the body client_id',
    400,
    'invalid_request',
    (url, code, accept) =>
      redeem(
        url,
        accept,
        { ...codeForm(code), client_id: 'someone-else' },
        { authorization: basicAuth(CLIENT_ID, CLIENT_SECRET) },
      ),
  ],
  [
    'a wrong client secret',
    401,
    'invalid_client',
    (url, code, accept) => redeem(url, accept, codeForm(code), { authorization: basicAuth(CLIENT_ID, 'wrong-secret') }),
  ],
];

// A browser-like `Accept: text/html` must change nothing: the token endpoint answers JSON and keeps its code rules.
const CASES = serviceTargets().flatMap(([where, start]) =>
  ['application/json', 'text/html'].map((accept) => [where, accept, start] as const),
);

describe.each(CASES)('checklist #3: code rules in %s, with Accept: %s', (_, accept, start) => {
  let target: ServiceTarget;

  beforeAll(async () => {
    target = await start();
  });
  afterAll(async () => {
    await target.close();
  });

  it.each(UNAUTHENTICATED)(
    'RFC 6749 §5.2: %s gets %i %s and leaves the code to Alexa, whose exchange then succeeds',
    async (_label, status, error, send) => {
      const { service } = target;
      const { code } = await linkAccount(service, { browser: new Browser() });
      const refused = await send(service.tokenUrl, code, accept);
      expectTokenHeaders(refused);
      await expectOAuthError(refused, status, error);
      const exchange = await exchangeCode(service.tokenUrl, code, 'basic');
      expect(exchange.status).toBe(200);
      const tokens = (await exchange.json()) as TokenSet;
      expect((await api(service, '/v1/me', tokens.access_token)).status).toBe(200);
      expect((await refresh(service.tokenUrl, tokens.refresh_token)).status).toBe(200);
    },
  );

  it('RFC 9700 §4.8.2: Alexa’s failed redemption (wrong redirect_uri) burns the code', async () => {
    const { service } = target;
    const { code } = await linkAccount(service, { browser: new Browser() });
    const auth = { authorization: basicAuth(CLIENT_ID, CLIENT_SECRET) };
    const failed = await redeem(service.tokenUrl, accept, codeForm(code, REDIRECT_URIS.layla), auth);
    expectTokenHeaders(failed);
    await expectOAuthError(failed, 400, 'invalid_grant');
    await expectOAuthError(await exchangeCode(service.tokenUrl, code, 'basic'), 400, 'invalid_grant');
  });
});
