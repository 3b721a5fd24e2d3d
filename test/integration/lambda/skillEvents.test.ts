import { build, withUserId } from '../../helpers/requests';
import { startSkillHarness, useSkillHarness } from '../../helpers/skillHarness';

const harness = useSkillHarness();
beforeEach(() => harness.api.reset());

const USER = 'amzn1.ask.account.EVENTUSER';

describe('skill events and the linked service', () => {
  it('binds the newly linked grant to the Alexa user with the token from the event body', async () => {
    const event = build('skill-account-linked', withUserId(USER));
    (event.request as unknown as { body: { accessToken: string } }).body.accessToken = harness.api.validToken;
    const response = await harness.invoke(event);
    expect(response.response).toEqual({});
    const [bind] = harness.api.requests;
    expect(bind).toMatchObject({ method: 'PUT', path: `/v1/alexa/users/${USER}` });
    expect(bind?.headers.authorization).toBe(`Bearer ${harness.api.validToken}`);
  });

  it('revokes the user’s grants with HTTP Basic client credentials when the skill is disabled', async () => {
    const response = await harness.invoke(build('skill-disabled', withUserId(USER)));
    expect(response.response).toEqual({});
    const [revoke] = harness.api.requests;
    expect(revoke).toMatchObject({ method: 'POST', path: `/v1/alexa/users/${USER}/revoke` });
    expect(revoke?.headers.authorization).toBe(
      `Basic ${Buffer.from('ride-hailer-alexa:test-client-secret').toString('base64')}`,
    );
    expect(harness.logs.some((line) => line.includes('could not revoke'))).toBe(false);
  });

  it('still answers the event when the service is down, and logs why', async () => {
    harness.api.mode = 'hang';
    const response = await harness.invoke(build('skill-disabled', withUserId(USER)));
    expect(response.response).toEqual({});
    expect(harness.logs.some((line) => JSON.parse(line).message === 'could not revoke the grant')).toBe(true);
  });

  it('does not call the service in LWA mode', async () => {
    const lwa = await startSkillHarness({ linkedService: 'lwa' });
    try {
      await lwa.invoke(build('skill-disabled', withUserId(USER)));
      expect(lwa.api.requests).toHaveLength(0);
    } finally {
      await lwa.close();
    }
  });
});
