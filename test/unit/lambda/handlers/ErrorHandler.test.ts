import type { HandlerInput } from 'ask-sdk-core';
import { ResponseFactory } from 'ask-sdk-core';
import type { RequestEnvelope } from 'ask-sdk-model';
import { loadConfig } from '../../../../lambda/config';
import { createDeps } from '../../../../lambda/deps';
import { LinkedServiceUnavailableError } from '../../../../lambda/errors';
import { errorHandler } from '../../../../lambda/handlers/ErrorHandler';
import { createLogger } from '../../../../lambda/logger';
import { build, withAccessToken, withLocale } from '../../../helpers/requests';
import { speechOf } from '../../../helpers/skillHarness';
import { unitSkill } from '../../../helpers/unitSkill';

const APOLOGY = "Sorry, I can't reach Ride Hailer right now. Please try again in a few minutes.";
const GENERIC = 'Sorry, something went wrong on my side. Please try again later.';

function depsWith(sink: (line: string) => void) {
  const config = loadConfig({ RIDE_HAILER_API_URL: 'http://127.0.0.1:9', LOG_LEVEL: 'debug' });
  return createDeps(config, { persistence: undefined, logger: createLogger('debug', {}, sink) });
}

function inputFor(requestEnvelope: RequestEnvelope): HandlerInput {
  const attributes: Record<string, unknown> = {};
  return {
    requestEnvelope,
    responseBuilder: ResponseFactory.init(),
    attributesManager: { getRequestAttributes: () => attributes },
  } as unknown as HandlerInput;
}

describe('the error handler', () => {
  it.each([
    ['a number', 42],
    ['an object', { language: 'de' }],
    ['null', null],
  ])('apologizes in en-US when the request locale is %s', async (_, locale) => {
    const skill = unitSkill();
    skill.gateway.failure = 'unavailable';
    const response = await skill.invoke(
      build('launch', withLocale(locale as unknown as string), withAccessToken(skill.gateway.validToken)),
    );
    expect(speechOf(response)).toBe(APOLOGY);
    expect(response.response.shouldEndSession).toBe(true);
  });

  it('still answers when the error cannot even be described', () => {
    const hostile = new Proxy(new Error('x'), {
      get() {
        throw new TypeError('no property access');
      },
    });
    const handle = errorHandler(depsWith(() => {})).handle;
    const response = handle(inputFor(build('launch')), hostile);
    expect(speechOf({ version: '1.0', response: response as never })).toBe(GENERIC);
  });

  it('still answers when writing the log line fails, and says nothing to a session-less event', () => {
    const handle = errorHandler(
      depsWith(() => {
        throw new Error('log sink is gone');
      }),
    ).handle;
    const failure = new LinkedServiceUnavailableError('down');
    const inSession = handle(inputFor(build('launch')), failure);
    const event = handle(inputFor(build('skill-disabled')), failure);
    expect(speechOf({ version: '1.0', response: inSession as never })).toBe(GENERIC);
    expect(event).toEqual({});
  });
});
