import type { RequestEnvelope } from 'ask-sdk-model';
import { MalformedRequestError } from './errors';

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Checks the parts of an Alexa request envelope every request has (version 1.0: `request.type`,
 * `request.requestId`, `context.System`), so that anything else fails with a clear error instead of a
 * TypeError deep inside a handler.
 * @see https://developer.amazon.com/docs/custom-skills/request-and-response-json-reference.html
 */
export function assertRequestEnvelope(event: unknown): asserts event is RequestEnvelope {
  if (!isObject(event)) throw new MalformedRequestError('event is not a JSON object');
  const { request, context } = event;
  if (!isObject(request) || typeof request.type !== 'string' || request.type === '') {
    throw new MalformedRequestError('event has no request.type: not an Alexa request envelope');
  }
  if (typeof request.requestId !== 'string') throw new MalformedRequestError('event has no request.requestId');
  if (!isObject(context) || !isObject(context.System)) throw new MalformedRequestError('event has no context.System');
  if (request.type === 'IntentRequest' && (!isObject(request.intent) || typeof request.intent.name !== 'string')) {
    throw new MalformedRequestError('IntentRequest has no intent.name');
  }
}
