import { AccountLinker } from '../../../emulator/linking/AccountLinker';
import type { LinkingConfig } from '../../../emulator/linking/config';
import { formatTrace, unableToLink } from '../../../emulator/linking/trace';
import { TokenKeeper } from '../../../emulator/tokens/TokenKeeper';
import { type FakeTokenServer, json, startFakeTokenServer } from '../../helpers/emulator/fakeTokenServer';

const REDIRECT = 'http://127.0.0.1:1/api/skill/link/M2RIDEHAILER';
const ACCESS = 'A'.repeat(40);
const REFRESH = 'R'.repeat(40);

let server: FakeTokenServer;
beforeEach(async () => {
  server = await startFakeTokenServer();
});
afterEach(() => server.close());

function linker(overrides: Partial<LinkingConfig> = {}, options: { timeoutMs?: number; now?: () => number } = {}) {
  const config: LinkingConfig = {
    type: 'AUTH_CODE',
    authorizationUrl: 'http://127.0.0.1:1/auth',
    accessTokenUrl: server.url,
    clientId: 'ride-hailer-alexa',
    clientSecret: 'secret with spaces&symbols',
    accessTokenScheme: 'HTTP_BASIC',
    scopes: ['profile'],
    defaultTokenExpirationInSeconds: 900,
    pkce: false,
    ...overrides,
  };
  return new AccountLinker(config, REDIRECT, { skillName: 'Ride Hailer', ...options });
}

/** Plays the redirect back with the right state and a code, as the authorization server would. */
async function exchange(l: AccountLinker) {
  const { state } = l.begin('user', 'headless');
  return l.complete(`${REDIRECT}?code=the-code&state=${encodeURIComponent(state)}`);
}

describe('diagnostics for a token endpoint that breaks Alexa’s rules', () => {
  it.each([
    [
      'an HTML page instead of JSON',
      (res: Parameters<Parameters<FakeTokenServer['answer']>[0]>[1]) =>
        res.writeHead(200, { 'Content-Type': 'text/html' }).end('<html>oops</html>'),
      /the body is not a JSON object \(content-type text\/html\)/,
    ],
    [
      'no access_token',
      (res: never) => json(res, { token_type: 'Bearer', expires_in: 3600, refresh_token: REFRESH }),
      /access_token is missing/,
    ],
    [
      'no token_type',
      (res: never) => json(res, { access_token: ACCESS, expires_in: 3600, refresh_token: REFRESH }),
      /token_type is missing/,
    ],
    [
      'no refresh_token',
      (res: never) => json(res, { access_token: ACCESS, token_type: 'Bearer', expires_in: 3600 }),
      /refresh_token is missing/,
    ],
    [
      'a string expires_in',
      (res: never) =>
        json(res, { access_token: ACCESS, token_type: 'Bearer', expires_in: '3600', refresh_token: REFRESH }),
      /expires_in must be a JSON number/,
    ],
    [
      'a 60 s expires_in',
      (res: never) => json(res, { access_token: ACCESS, token_type: 'Bearer', expires_in: 60, refresh_token: REFRESH }),
      /expires_in is 60 s; Alexa needs access tokens that live at least 360 s/,
    ],
    [
      'invalid_client',
      (res: never) => json(res, { error: 'invalid_client', error_description: 'bad secret' }, 401),
      /HTTP 401: invalid_client \(bad secret\); Alexa needs 200/,
    ],
  ])('explains a response with %s', async (_, handler, reason) => {
    server.answer((_request, res) => handler(res as never));
    const result = await exchange(linker());
    expect(result.tokens).toBeUndefined();
    const text = formatTrace(result.trace);
    expect(text).toContain(unableToLink('Ride Hailer'));
    expect(text).toMatch(reason);
    expect(text).toMatch(/✗/);
  });

  it('gives up like Alexa when the token endpoint does not answer in time, and says to make it faster', async () => {
    server.answer(() => undefined);
    const result = await exchange(linker({}, { timeoutMs: 200 }));
    expect(result.tokens).toBeUndefined();
    const text = formatTrace(result.trace);
    expect(text).toMatch(/no answer within 200 ms: Alexa gives the token endpoint 4\.5 s/);
    expect(text).toMatch(/\n {6}fix: make the token endpoint answer within 4\.5 s/);
  });

  it.each([
    [
      'an HTML page',
      (res: never) =>
        (res as Parameters<Parameters<FakeTokenServer['answer']>[0]>[1])
          .writeHead(200, { 'Content-Type': 'text/html' })
          .end('<html><body>Sign in</body></html>'),
      /fix: answer with Content-Type application\/json and a JSON object holding access_token, token_type, expires_in and refresh_token \(RFC 6749 §5\.1\); an HTML page often means accessTokenUrl \(http:\/\/127\.0\.0\.1:\d+\/token\) names a page/,
    ],
    [
      'a 60 s expires_in',
      (res: never) => json(res, { access_token: ACCESS, token_type: 'Bearer', expires_in: 60, refresh_token: REFRESH }),
      /fix: issue access tokens that live at least 360 s/,
    ],
    [
      'no expires_in and no default',
      (res: never) => json(res, { access_token: ACCESS, token_type: 'Bearer', refresh_token: REFRESH }),
      /! expires_in is absent and the file sets no defaultTokenExpirationInSeconds\n {6}fix: send expires_in \(seconds\) with every token, or set defaultTokenExpirationInSeconds in the account-linking file/,
    ],
    [
      'expires_in as a string',
      (res: never) =>
        json(res, { access_token: ACCESS, token_type: 'Bearer', expires_in: '3600', refresh_token: REFRESH }),
      /fix: send expires_in as a number, not a string/,
    ],
  ])('names the fix for %s', async (_, handler, fix) => {
    server.answer((_request, res) => handler(res as never));
    const result = await exchange(linker({ defaultTokenExpirationInSeconds: undefined }));
    expect(formatTrace(result.trace)).toMatch(fix);
  });

  it('never prints a whole token, code or secret in the trace', async () => {
    server.answer((_request, res) =>
      json(res, { access_token: ACCESS, token_type: 'Bearer', expires_in: 3600, refresh_token: REFRESH }),
    );
    const result = await exchange(linker({ accessTokenScheme: 'REQUEST_BODY_CREDENTIALS' }));
    const text = formatTrace(result.trace);
    expect(result.tokens).toBeDefined();
    expect(text).toContain('AAAA…(40)');
    expect(text).toContain('RRRR…(40)');
    expect(text).not.toContain(ACCESS);
    expect(text).not.toContain(REFRESH);
    expect(text).not.toContain('the-code');
    expect(text).not.toContain('secret with spaces');
  });
});

describe('what Alexa sends to the token endpoint', () => {
  it('sends form-encoded client credentials in HTTP Basic (RFC 6749 §2.3.1)', async () => {
    await exchange(linker());
    const [request] = server.requests;
    const basic = Buffer.from((request?.authorization ?? '').replace('Basic ', ''), 'base64').toString();
    expect(basic).toBe('ride-hailer-alexa:secret+with+spaces%26symbols');
    expect(Object.fromEntries(request?.body ?? [])).toEqual({
      grant_type: 'authorization_code',
      code: 'the-code',
      redirect_uri: REDIRECT,
    });
  });

  it('sends client_id and client_secret in the body for REQUEST_BODY_CREDENTIALS', async () => {
    await exchange(linker({ accessTokenScheme: 'REQUEST_BODY_CREDENTIALS' }));
    const [request] = server.requests;
    expect(request?.authorization).toBeUndefined();
    expect(request?.body.get('client_id')).toBe('ride-hailer-alexa');
    expect(request?.body.get('client_secret')).toBe('secret with spaces&symbols');
  });

  it('adds the PKCE code_verifier that matches the code_challenge it sent', async () => {
    const l = linker({ pkce: true });
    const { url, state, codeVerifier } = l.begin('user', 'headless');
    expect(new URL(url).searchParams.get('code_challenge_method')).toBe('S256');
    await l.complete(`${REDIRECT}?code=c&state=${encodeURIComponent(state)}`);
    expect(server.requests[0]?.body.get('code_verifier')).toBe(codeVerifier);
  });
});

describe('the default token lifetime', () => {
  it('uses defaultTokenExpirationInSeconds when the response has no expires_in, and refreshes after it', async () => {
    let now = 1_000_000;
    server.answer((_request, res) =>
      json(res, { access_token: `${ACCESS}${server.requests.length}`, token_type: 'Bearer', refresh_token: REFRESH }),
    );
    const l = linker({ defaultTokenExpirationInSeconds: 900 }, { now: () => now });
    const result = await exchange(l);
    expect(result.tokens).toMatchObject({ expiresInSeconds: 900, expirySource: 'defaultTokenExpirationInSeconds' });
    const keeper = new TokenKeeper(
      (refreshToken) => l.refresh(refreshToken),
      () => now,
    );
    keeper.link('user', result.tokens!);
    now += 899_000;
    expect((await keeper.fresh('user')).notes).toEqual([]);
    expect(server.requests).toHaveLength(1);
    now += 1_000;
    expect((await keeper.fresh('user')).accessToken).toBe(`${ACCESS}2`);
    expect(server.requests[1]?.body.get('grant_type')).toBe('refresh_token');
    expect(server.requests[1]?.body.get('refresh_token')).toBe(REFRESH);
  });
});
