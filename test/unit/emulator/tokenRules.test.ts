import { checkTokenBody } from '../../../emulator/linking/tokenRules';
import { expiresInSeconds, isExpired, linkedTokens, refreshedTokens } from '../../../emulator/tokens/rules';

const good = { access_token: 'access-1', token_type: 'Bearer', expires_in: 3600, refresh_token: 'refresh-1' };
const failures = (body: Record<string, unknown>, defaultExpiry?: number) =>
  checkTokenBody(body, defaultExpiry)
    .checks.filter((check) => !check.ok && check.severity === 'error')
    .map((c) => c.message);

describe("Alexa's rules for a token response", () => {
  it('accepts a complete response and takes the lifetime from expires_in', () => {
    const { checks, tokens } = checkTokenBody(good, 600);
    expect(checks.every((check) => check.ok)).toBe(true);
    expect(tokens).toEqual({
      accessToken: 'access-1',
      refreshToken: 'refresh-1',
      tokenType: 'Bearer',
      expiresInSeconds: 3600,
      expirySource: 'expires_in',
      scope: undefined,
    });
  });

  it('uses defaultTokenExpirationInSeconds when expires_in is absent', () => {
    const { tokens } = checkTokenBody({ ...good, expires_in: undefined }, 900);
    expect(tokens).toMatchObject({ expiresInSeconds: 900, expirySource: 'defaultTokenExpirationInSeconds' });
  });

  it.each([
    ['access_token', /access_token is missing/],
    ['token_type', /token_type is missing/],
    ['refresh_token', /refresh_token is missing/],
  ])('fails when %s is missing', (field, message) => {
    const body: Record<string, unknown> = { ...good };
    delete body[field];
    expect(failures(body)).toEqual([expect.stringMatching(message)]);
    expect(checkTokenBody(body, undefined).tokens).toBeUndefined();
  });

  it('fails when expires_in is not a JSON number', () => {
    expect(failures({ ...good, expires_in: '3600' })).toEqual([expect.stringMatching(/JSON number.*"3600"/)]);
  });

  it('fails when the access token lives less than 360 seconds', () => {
    expect(failures({ ...good, expires_in: 300 })).toEqual([expect.stringMatching(/300 s.*at least 360 s/)]);
    expect(failures({ ...good, expires_in: 360 })).toEqual([]);
  });

  it('lets a refresh response omit refresh_token (the old one is kept)', () => {
    const body = { ...good, refresh_token: undefined };
    expect(checkTokenBody(body, undefined, 'refresh_token').tokens?.refreshToken).toBeUndefined();
    expect(checkTokenBody(body, undefined, 'authorization_code').tokens).toBeUndefined();
  });
});

describe('token lifetimes and refresh', () => {
  const issued = checkTokenBody(good, undefined).tokens!;

  it('expires the access token expires_in seconds after linking', () => {
    const tokens = linkedTokens(issued, 1_000_000);
    expect(tokens.expiresAt).toBe(1_000_000 + 3600 * 1000);
    expect(isExpired(tokens, 1_000_000 + 3599 * 1000)).toBe(false);
    expect(isExpired(tokens, 1_000_000 + 3600 * 1000)).toBe(true);
    expect(expiresInSeconds(tokens, 1_000_000 + 600 * 1000)).toBe(3000);
  });

  it('never expires tokens that came with no lifetime at all', () => {
    const tokens = linkedTokens({ ...issued, expiresInSeconds: undefined, expirySource: 'none' }, 0);
    expect(isExpired(tokens, Number.MAX_SAFE_INTEGER)).toBe(false);
  });

  it('keeps the old refresh token when the refresh response has none, and counts refreshes', () => {
    const before = linkedTokens(issued, 0);
    const after = refreshedTokens(before, { ...issued, accessToken: 'access-2', refreshToken: undefined }, 5000);
    expect(after).toMatchObject({
      accessToken: 'access-2',
      refreshToken: 'refresh-1',
      refreshCount: 1,
      refreshedAt: 5000,
    });
    const rotated = refreshedTokens(after, { ...issued, accessToken: 'access-3', refreshToken: 'refresh-2' }, 9000);
    expect(rotated).toMatchObject({ refreshToken: 'refresh-2', refreshCount: 2 });
  });
});
