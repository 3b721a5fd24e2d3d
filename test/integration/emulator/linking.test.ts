import type { RequestEnvelope } from 'ask-sdk-model';
import type { Stack } from '../../../emulator/stack/startStack';
import { spoken } from '../../helpers/emulator/catalog';
import { startTestStack } from '../../helpers/emulator/stack';

/** The events and requests the skill received, in order. */
function recordRequests(stack: Stack): RequestEnvelope[] {
  const requests: RequestEnvelope[] = [];
  stack.emulator.onExchange((exchange) => requests.push(exchange.request));
  return requests;
}

describe.each([
  ['HTTP Basic client credentials', 'HTTP_BASIC' as const, false],
  ['client credentials in the request body', 'REQUEST_BODY_CREDENTIALS' as const, false],
  ['HTTP Basic and PKCE S256', 'HTTP_BASIC' as const, true],
])('linking against the real service with %s', (_, accessTokenScheme, pkce) => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startTestStack({ accessTokenScheme, pkce });
  });
  afterAll(() => stack.close());

  it('logs in, allows, exchanges the code and tells the skill with SkillAccountLinked', async () => {
    const requests = recordRequests(stack);
    const user = stack.emulator.user(`scheme-${accessTokenScheme}-${pkce}`);
    const result = await stack.emulator.linkHeadless(user);
    expect(result.trace.outcome).toMatch(/^linked/);
    // The consent's redirect chain ends with a 303 to the emulator's redirect URI: no page in between.
    expect(result.trace.pages.at(-1)).toMatch(/ → 303 http:\/\/127\.0\.0\.1:\d+\/api\/skill\/link\//);
    expect(result.trace.pages.join('\n')).not.toContain('moves on by itself');
    expect(result.trace.token?.scheme).toBe(accessTokenScheme);
    const stored = stack.emulator.tokens.get(user.userId);
    expect(stored).toMatchObject({ expirySource: 'expires_in', refreshCount: 0 });
    const linkedEvent = requests.find((r) => r.request.type === 'AlexaSkillEvent.SkillAccountLinked');
    const body = (linkedEvent?.request as { body?: { accessToken?: string } } | undefined)?.body;
    expect(body?.accessToken).toBe(stored?.accessToken);
    expect(linkedEvent?.session).toBeUndefined();
    const turn = await stack.emulator.say(user, 'open ride hailer');
    expect(turn.speech).toMatch(spoken('en-US', 'launch.welcome'));
  });
});

describe('the emulator’s rules against the real service', () => {
  let stack: Stack;
  beforeEach(async () => {
    stack = await startTestStack();
  });
  afterEach(() => stack.close());

  it('rejects a redirect whose state was altered, and one without state', async () => {
    const user = stack.emulator.user();
    const started = new URL(stack.emulator.startLink(user));
    const state = started.searchParams.get('state') ?? '';
    expect(state.length).toBeGreaterThanOrEqual(200);
    const forged = `${state.slice(0, -1)}${state.endsWith('x') ? 'y' : 'x'}`;
    const altered = await stack.emulator.completeLink(`${stack.redirectUri}?code=abc&state=${forged}`);
    expect(altered.tokens).toBeUndefined();
    expect(altered.trace.outcome).toMatch(/state matches no authorization/);
    const missing = await stack.emulator.completeLink(`${stack.redirectUri}?code=abc`);
    expect(missing.trace.outcome).toMatch(/no state.*missing-state/);
    expect(stack.emulator.tokens.get(user.userId)).toBeUndefined();
  });

  it('refuses to use the same state twice', async () => {
    const user = stack.emulator.user();
    const first = await stack.emulator.linkHeadless(user);
    expect(first.tokens).toBeDefined();
    const state = new URL(first.trace.authorizationUrl ?? '').searchParams.get('state');
    const replayed = await stack.emulator.completeLink(`${stack.redirectUri}?code=abc&state=${state}`);
    expect(replayed.trace.outcome).toMatch(/wrong, altered or reused state/);
  });

  it('refreshes an expired access token before the next request, and the skill still answers', async () => {
    const user = stack.emulator.user();
    await stack.emulator.linkHeadless(user);
    const before = stack.emulator.tokens.get(user.userId)?.accessToken;
    stack.emulator.expire(user);
    const turn = await stack.emulator.say(user, 'open ride hailer');
    expect(turn.notes).toEqual([expect.stringMatching(/^refreshed the expired access token \(refresh #1/)]);
    expect(turn.speech).toMatch(spoken('en-US', 'launch.welcome'));
    const after = stack.emulator.tokens.get(user.userId);
    expect(after?.accessToken).not.toBe(before);
    expect(after?.refreshCount).toBe(1);
    expect(turn.exchanges[0]?.request.context.System.user.accessToken).toBe(after?.accessToken);
  });

  it('unlinks the user when the refresh answers invalid_grant; the next request has no token', async () => {
    const user = stack.emulator.user();
    await stack.emulator.linkHeadless(user);
    expect(await stack.emulator.revoke(user)).toMatch(/grant revoked at the service/);
    stack.emulator.expire(user);
    const turn = await stack.emulator.say(user, 'open ride hailer');
    expect(turn.notes[0]).toMatch(/refresh failed with invalid_grant: the user is unlinked/);
    expect(turn.exchanges[0]?.request.context.System.user.accessToken).toBeUndefined();
    expect(turn.speech).toMatch(spoken('en-US', 'launch.unlinked'));
    expect(stack.emulator.tokens.get(user.userId)).toBeUndefined();
  });

  it('after a revoke the dead token gets the link response and a LinkAccount card in the feed', async () => {
    const user = stack.emulator.user();
    await stack.emulator.linkHeadless(user);
    await stack.emulator.revoke(user);
    const turn = await stack.emulator.say(user, 'ask ride hailer where is my ride');
    expect(turn.exchanges[0]?.request.context.System.user.accessToken).toBeDefined();
    expect(turn.speech).toMatch(spoken('en-US', 'link.prompt'));
    expect(user.cards[0]?.type).toBe('LinkAccount');
  });

  it('disabling the skill sends SkillDisabled, unlinks, and the skill revokes the grant at the service', async () => {
    const requests = recordRequests(stack);
    const user = stack.emulator.user();
    await stack.emulator.linkHeadless(user);
    const refreshToken = stack.emulator.tokens.get(user.userId)?.refreshToken ?? '';
    await stack.emulator.disable(user);
    expect(requests.map((r) => r.request.type)).toEqual([
      'AlexaSkillEvent.SkillEnabled',
      'AlexaSkillEvent.SkillAccountLinked',
      'AlexaSkillEvent.SkillDisabled',
    ]);
    expect(stack.emulator.tokens.get(user.userId)).toBeUndefined();
    expect(user.enabled).toBe(false);
    const afterDisable = await stack.emulator.options.linker.refresh(refreshToken);
    expect(afterDisable.oauthError?.error).toBe('invalid_grant');
  });
});
