import { assertRequestEnvelope } from '../../../lambda/envelope';
import { MalformedRequestError } from '../../../lambda/errors';
import { build } from '../../helpers/requests';

describe('assertRequestEnvelope', () => {
  it('accepts real envelopes, including session-less events', () => {
    for (const name of ['launch', 'order-ride', 'session-ended', 'skill-disabled'] as const) {
      expect(() => assertRequestEnvelope(build(name))).not.toThrow();
    }
  });

  it.each([
    ['null', null, 'not a JSON object'],
    ['an API Gateway event', { httpMethod: 'POST', body: '{}' }, 'no request.type'],
    ['a request without id', { request: { type: 'LaunchRequest' }, context: { System: {} } }, 'no request.requestId'],
    ['a request without context', { request: { type: 'LaunchRequest', requestId: 'r' } }, 'no context.System'],
    [
      'an intent without a name',
      { request: { type: 'IntentRequest', requestId: 'r', intent: {} }, context: { System: {} } },
      'no intent.name',
    ],
  ])('rejects %s with a clear MalformedRequestError', (_, event, message) => {
    expect(() => assertRequestEnvelope(event)).toThrow(MalformedRequestError);
    expect(() => assertRequestEnvelope(event)).toThrow(message);
  });
});
