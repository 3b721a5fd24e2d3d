import { build, withAccessToken, withIntent } from '../../helpers/requests';
import { speechOf, startSkillHarness, useSkillHarness } from '../../helpers/skillHarness';

const APOLOGY = "Sorry, I can't reach Ride Hailer right now. Please try again in a few minutes.";
/** Alexa gives a skill about eight seconds for its whole response. */
const ALEXA_BUDGET_MS = 8000;

const harness = useSkillHarness({ budgetMs: 1500 });
beforeEach(() => {
  harness.api.requests.length = 0;
});

const linkedLaunch = () => build('launch', withAccessToken(harness.api.validToken));

describe('when the Ride Hailer API misbehaves', () => {
  it('RFC 6750 §3.1: a 401 invalid_token gets exactly the link response of a missing token', async () => {
    harness.api.mode = 'unauthorized';
    const rejected = await harness.invoke(
      build('launch', withIntent('RideStatusIntent'), withAccessToken(harness.api.validToken)),
    );
    const missing = await harness.invoke(build('launch', withIntent('RideStatusIntent')));
    expect(rejected.response).toEqual(missing.response);
    expect(rejected.response.card).toEqual({ type: 'LinkAccount' });
    expect(rejected.response.shouldEndSession).toBe(true);
  });

  it('RFC 6750 §3.1: a 403 insufficient_scope also asks the user to link', async () => {
    harness.api.mode = 'forbidden-scope';
    const response = await harness.invoke(
      build('launch', withIntent('RideStatusIntent'), withAccessToken(harness.api.validToken)),
    );
    expect(response.response.card).toEqual({ type: 'LinkAccount' });
  });

  it('apologizes and ends the session on a 500', async () => {
    harness.api.mode = 'error500';
    const response = await harness.invoke(linkedLaunch());
    expect(speechOf(response)).toBe(APOLOGY);
    expect(response.response.shouldEndSession).toBe(true);
    expect(response.response.card).toBeUndefined();
  });

  it('apologizes when the body is not the JSON the contract promises', async () => {
    harness.api.mode = 'garbage';
    const response = await harness.invoke(
      build('launch', withIntent('RideStatusIntent'), withAccessToken(harness.api.validToken)),
    );
    expect(speechOf(response)).toBe(APOLOGY);
  });

  it(
    'answers a hung API with an apology inside Alexa’s eight seconds',
    async () => {
      harness.api.mode = 'hang';
      const response = await harness.invoke(linkedLaunch());
      expect(speechOf(response)).toBe(APOLOGY);
      expect(harness.api.requests).toHaveLength(1);
    },
    ALEXA_BUDGET_MS,
  );

  it('apologizes when the API is down (connection refused)', async () => {
    const down = await startSkillHarness({ env: { RIDE_HAILER_API_URL: 'http://127.0.0.1:9' } });
    try {
      const response = await down.invoke(build('launch', withAccessToken('any')));
      expect(speechOf(response)).toBe(APOLOGY);
    } finally {
      await down.close();
    }
  });

  it('sends the token only in the Authorization header, never in the URL', async () => {
    harness.api.mode = 'ok';
    await harness.invoke(linkedLaunch());
    const [request] = harness.api.requests;
    expect(request?.headers.authorization).toBe(`Bearer ${harness.api.validToken}`);
    expect(request?.path).toBe('/v1/me');
    expect([...(request?.query.keys() ?? [])]).toEqual([]);
  });

  it('reuses one keep-alive connection across requests', async () => {
    harness.api.mode = 'ok';
    await harness.invoke(linkedLaunch());
    await harness.invoke(linkedLaunch());
    expect(harness.api.requests.map((r) => r.headers.connection)).toEqual(['keep-alive', 'keep-alive']);
  });
});
