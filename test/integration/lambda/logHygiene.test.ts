import { build, withAccessToken, withConfirmation, withIntent } from '../../helpers/requests';
import { type SkillHarness, startSkillHarness } from '../../helpers/skillHarness';

const SECRET_TOKEN = 'Atza|IwEBIEXAMPLEsecretTOKENvalue-that-must-never-be-logged';

describe('logs', () => {
  let harness: SkillHarness;
  beforeAll(async () => {
    harness = await startSkillHarness();
    harness.api.validToken = SECRET_TOKEN;
  });
  afterAll(() => harness.close());

  it('never contain the access token, in success, rejection, failure or event paths', async () => {
    const token = withAccessToken(SECRET_TOKEN);
    await harness.invoke(build('launch', token));
    await harness.invoke(build('order-ride', token));
    await harness.invoke(build('order-ride', withConfirmation('CONFIRMED'), token));
    await harness.invoke(build('launch', withIntent('CancelRideIntent'), token));
    const linked = build('skill-account-linked');
    linked.context.System.user.accessToken = SECRET_TOKEN;
    (linked.request as unknown as { body: { accessToken: string } }).body.accessToken = SECRET_TOKEN;
    await harness.invoke(linked);
    harness.api.mode = 'unauthorized';
    await harness.invoke(build('launch', token));
    harness.api.mode = 'error500';
    await harness.invoke(build('launch', token));
    harness.api.mode = 'garbage';
    await harness.invoke(build('launch', withIntent('RideStatusIntent'), token));

    expect(harness.logs.length).toBeGreaterThan(10);
    const all = harness.logs.join('\n');
    expect(all).not.toContain(SECRET_TOKEN);
    expect(all).not.toContain('IwEBIEXAMPLE');
    for (const line of harness.logs) expect(() => JSON.parse(line)).not.toThrow();
  });
});
