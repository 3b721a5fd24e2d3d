import type { Stack } from '../../../emulator/stack/startStack';
import { spoken } from '../../helpers/emulator/catalog';
import { startTestStack } from '../../helpers/emulator/stack';

let stack: Stack;
beforeAll(async () => {
  stack = await startTestStack({ linkedService: 'lwa', accountLinkingFile: 'accountLinking.lwa.json' });
});
afterAll(() => stack.close());

describe('Login with Amazon mode, offline', () => {
  it('links through the stand-in’s /ap/oa sign-in and consent, with the file’s client id', async () => {
    expect(stack.linking.authorizationUrl).toBe(`${stack.urls.lwa}/ap/oa`);
    expect(stack.linking.accessTokenUrl).toBe(`${stack.urls.lwa}/auth/o2/token`);
    const user = stack.emulator.user('lwa-link');
    const result = await stack.emulator.linkHeadless(user);
    expect(result.trace.outcome).toMatch(/^linked/);
    expect(result.tokens?.accessToken).toMatch(/^Atza\|/);
    expect(result.tokens?.refreshToken).toMatch(/^Atzr\|/);
    const turn = await stack.emulator.say(user, 'open ride hailer');
    expect(turn.speech).toMatch(spoken('en-US', 'launch.welcome'));
    expect(turn.speech).toContain('Alex Example');
  });

  it('books and tracks a ride with the LWA identity', async () => {
    const user = stack.emulator.user('lwa-ride');
    await stack.emulator.linkHeadless(user);
    await stack.emulator.say(user, 'ask ride hailer to order a car to the airport');
    expect((await stack.emulator.say(user, 'yes')).speech).toMatch(spoken('en-US', 'order.booked'));
    expect((await stack.emulator.say(user, 'ask ride hailer where is my ride')).speech).toMatch(
      spoken('en-US', 'status.active'),
    );
  });

  it('serves /user/profile in Amazon’s shape and rejects a bad token with 400 invalid_token', async () => {
    const user = stack.emulator.user('lwa-profile');
    await stack.emulator.linkHeadless(user);
    const token = stack.emulator.tokens.get(user.userId)?.accessToken ?? '';
    const profile = await fetch(`${stack.urls.lwa}/user/profile`, { headers: { Authorization: `Bearer ${token}` } });
    expect(await profile.json()).toEqual({
      user_id: expect.stringMatching(/^amzn1\.account\.[A-Z0-9]+$/),
      name: 'Alex Example',
      email: 'alexa.user@example.com',
    });
    const bad = await fetch(`${stack.urls.lwa}/user/profile`, { headers: { Authorization: 'Bearer nope' } });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({
      error: 'invalid_token',
      error_description: 'The request has an invalid parameter : access_token',
    });
  });

  it('answers a bad client secret with 401 invalid_client in LWA’s shape', async () => {
    const response = await fetch(`${stack.urls.lwa}/auth/o2/token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'refresh_token',
        refresh_token: 'x',
        client_id: stack.linking.clientId,
        client_secret: 'wrong',
      }),
    });
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ error: 'invalid_client' });
  });

  it('after .revoke the skill gets a rejected token and answers with the link response', async () => {
    const user = stack.emulator.user('lwa-revoke');
    await stack.emulator.linkHeadless(user);
    expect(await stack.emulator.revoke(user)).toMatch(/grant revoked/);
    const turn = await stack.emulator.say(user, 'open ride hailer');
    expect(turn.card).toEqual({ type: 'LinkAccount' });
  });
});
