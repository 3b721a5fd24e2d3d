import type { TokenCall } from '../../../emulator/linking/tokenEndpoint';
import type { TokenSet } from '../../../emulator/linking/tokenRules';
import { TokenKeeper } from '../../../emulator/tokens/TokenKeeper';

const issued: TokenSet = {
  accessToken: 'access-1',
  refreshToken: 'refresh-1',
  tokenType: 'Bearer',
  expiresInSeconds: 3600,
  expirySource: 'expires_in',
  scope: 'profile',
};

function call(result: Partial<TokenCall>): TokenCall {
  return {
    grant: 'refresh_token',
    url: 'http://x/token',
    scheme: 'HTTP_BASIC',
    sent: '',
    ms: 1,
    checks: [],
    ...result,
  };
}

function keeper(answers: TokenCall[]) {
  let now = 0;
  const used: string[] = [];
  const tokens = new TokenKeeper(
    async (refreshToken) => {
      used.push(refreshToken);
      const next = answers.shift();
      if (next === undefined) throw new Error('unexpected refresh');
      return next;
    },
    () => now,
  );
  return { tokens, used, advance: (ms: number) => (now += ms) };
}

describe("Alexa's token store", () => {
  it('sends the stored access token while it is valid, without refreshing', async () => {
    const { tokens, used } = keeper([]);
    tokens.link('user', issued);
    expect(await tokens.fresh('user')).toEqual({ accessToken: 'access-1', notes: [] });
    expect(used).toEqual([]);
  });

  it('sends no token for a user who never linked', async () => {
    expect((await keeper([]).tokens.fresh('nobody')).accessToken).toBeUndefined();
  });

  it('refreshes an expired access token before the request', async () => {
    const { tokens, used, advance } = keeper([
      call({ tokens: { ...issued, accessToken: 'access-2', refreshToken: undefined } }),
    ]);
    tokens.link('user', issued);
    advance(3600 * 1000);
    const fresh = await tokens.fresh('user');
    expect(fresh.accessToken).toBe('access-2');
    expect(fresh.notes).toEqual(['refreshed the expired access token (refresh #1)']);
    expect(used).toEqual(['refresh-1']);
    expect(tokens.get('user')).toMatchObject({ refreshToken: 'refresh-1', refreshCount: 1 });
  });

  it('refreshes after .expire', async () => {
    const { tokens } = keeper([call({ tokens: { ...issued, accessToken: 'access-2', refreshToken: 'refresh-2' } })]);
    tokens.link('user', issued);
    expect(tokens.expire('user')).toBe(true);
    expect((await tokens.fresh('user')).notes).toEqual([
      'refreshed the expired access token (refresh #1, refresh token rotated)',
    ]);
  });

  it('unlinks the user when the refresh answers invalid_grant, so the request has no token', async () => {
    const { tokens } = keeper([call({ status: 400, oauthError: { error: 'invalid_grant' } })]);
    tokens.link('user', issued);
    tokens.expire('user');
    const fresh = await tokens.fresh('user');
    expect(fresh.accessToken).toBeUndefined();
    expect(fresh.notes[0]).toMatch(/invalid_grant: the user is unlinked/);
    expect(tokens.get('user')).toBeUndefined();
  });

  it('keeps the link and sends the expired token when the refresh fails for another reason', async () => {
    const failed = call({
      status: 503,
      checks: [{ ok: false, severity: 'error', message: 'HTTP 503; Alexa needs 200' }],
    });
    const { tokens } = keeper([failed]);
    tokens.link('user', issued);
    tokens.expire('user');
    const fresh = await tokens.fresh('user');
    expect(fresh.accessToken).toBe('access-1');
    expect(fresh.notes[0]).toMatch(/refresh failed \(HTTP 503; Alexa needs 200\)/);
    expect(tokens.get('user')).toBeDefined();
  });

  it('unlinks an expired token that has no refresh token', async () => {
    const { tokens } = keeper([]);
    tokens.link('user', { ...issued, refreshToken: undefined });
    tokens.expire('user');
    expect((await tokens.fresh('user')).accessToken).toBeUndefined();
    expect(tokens.get('user')).toBeUndefined();
  });

  it('shares one refresh between concurrent requests', async () => {
    const { tokens, used } = keeper([call({ tokens: { ...issued, accessToken: 'access-2' } })]);
    tokens.link('user', issued);
    tokens.expire('user');
    const [a, b] = await Promise.all([tokens.fresh('user'), tokens.fresh('user')]);
    expect([a.accessToken, b.accessToken]).toEqual(['access-2', 'access-2']);
    expect(used).toHaveLength(1);
  });
});
