import { build, withAccessToken } from '../../helpers/requests';
import { speechOf, startSkillHarness } from '../../helpers/skillHarness';

describe('SKILL_ID verification (withSkillId)', () => {
  it('serves requests for its own skill id and rejects any other', async () => {
    const harness = await startSkillHarness({
      env: { SKILL_ID: 'amzn1.ask.skill.00000000-0000-4000-8000-00000000ride' },
    });
    try {
      const own = await harness.invoke(build('launch', withAccessToken(harness.api.validToken)));
      expect(speechOf(own)).toMatch(/^Welcome back/);
      const foreign = build('launch', withAccessToken(harness.api.validToken));
      foreign.context.System.application.applicationId = 'amzn1.ask.skill.someone-else';
      await expect(harness.invoke(foreign)).rejects.toThrow(/skill ID verification failed/i);
      expect(harness.api.requests.filter((r) => r.path === '/v1/me')).toHaveLength(1);
    } finally {
      await harness.close();
    }
  });
});
