import { build, withAccessToken, withRequestType } from '../../../helpers/requests';
import { unitSkill } from '../../../helpers/unitSkill';

const exception = withRequestType('System.ExceptionEncountered', {
  error: { type: 'INVALID_RESPONSE', message: 'The response could not be parsed' },
  cause: { requestId: 'amzn1.echo-api.request.previous' },
});

describe('ExceptionEncounteredHandler', () => {
  it('answers System.ExceptionEncountered in a session with no speech, reprompt or card', async () => {
    const skill = unitSkill();
    const response = await skill.invoke(build('launch', withAccessToken(skill.gateway.validToken), exception));
    expect(response.response).toEqual({});
    const [logged] = skill.logs.map((line) => JSON.parse(line)).filter((line) => line.level === 'warn');
    expect(logged).toMatchObject({ errorType: 'INVALID_RESPONSE', causeRequestId: 'amzn1.echo-api.request.previous' });
  });

  it('answers it without a session the same way', async () => {
    const response = await unitSkill().invoke(build('skill-disabled', exception));
    expect(response.response).toEqual({});
  });
});
