import { readRequestEnvelope } from '../../../lambda/envelope';
import { MalformedRequestError } from '../../../lambda/errors';
import { build, withAccessToken, withLocale, withoutContext } from '../../helpers/requests';

describe('readRequestEnvelope', () => {
  it('accepts real envelopes, including session-less events, and returns them as they are', () => {
    for (const name of ['launch', 'order-ride', 'session-ended', 'skill-disabled'] as const) {
      const event = build(name);
      expect(readRequestEnvelope(event)).toBe(event);
    }
  });

  it('answers an older-format envelope (a session, no context) from its session', () => {
    const event = build('launch', withLocale('de-DE'), withAccessToken('session-token', 'session'), withoutContext());
    const envelope = readRequestEnvelope(event);
    expect(envelope.context.System.user).toEqual({
      userId: event.session?.user.userId,
      accessToken: 'session-token',
    });
    expect(envelope.context.System.application).toEqual(event.session?.application);
    expect(envelope.request).toBe(event.request);
    expect(event).not.toHaveProperty('context');
  });

  it('takes a user or application that context.System lacks from the session', () => {
    const event = build('launch');
    const { user, application } = event.context.System;
    event.context.System = { device: event.context.System.device } as typeof event.context.System;
    const envelope = readRequestEnvelope(event);
    expect(envelope.context.System).toMatchObject({ user, application, device: event.context.System.device });
  });

  it.each([
    ['null', null, 'not a JSON object'],
    ['an API Gateway event', { httpMethod: 'POST', body: '{}' }, 'no request.type'],
    ['a session without a request', { session: { user: { userId: 'u' } } }, 'no request.type'],
    ['a request without id', { request: { type: 'LaunchRequest' }, context: { System: {} } }, 'no request.requestId'],
    [
      'a request with neither context nor session',
      { request: { type: 'LaunchRequest', requestId: 'r' } },
      'no context.System',
    ],
    [
      'a request whose session has no user',
      { request: { type: 'LaunchRequest', requestId: 'r' }, session: { sessionId: 's' } },
      'no context.System',
    ],
    [
      'an intent without a name',
      { request: { type: 'IntentRequest', requestId: 'r', intent: {} }, context: { System: {} } },
      'no intent.name',
    ],
  ])('rejects %s with a clear MalformedRequestError', (_, event, message) => {
    expect(() => readRequestEnvelope(event)).toThrow(MalformedRequestError);
    expect(() => readRequestEnvelope(event)).toThrow(message);
  });
});
