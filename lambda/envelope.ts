import type { RequestEnvelope } from 'ask-sdk-model';
import { MalformedRequestError } from './errors';

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * `context.System` as the skill reads it. Envelopes in the older format (test tools and published fixtures still
 * produce them) carry the user and the application only in `session`; those are taken from there.
 */
function systemOf(context: unknown, session: unknown): JsonObject | undefined {
  const system = isObject(context) && isObject(context.System) ? context.System : undefined;
  if (isObject(system?.user) && isObject(system?.application)) return system;
  if (!isObject(session) || !isObject(session.user)) return system;
  return { ...system, user: system?.user ?? session.user, application: system?.application ?? session.application };
}

/**
 * Checks the parts of an Alexa request envelope every request has (version 1.0: `request.type`,
 * `request.requestId`, and `context.System` or, in the older format, a `session`), so that anything else fails
 * with a clear error instead of a TypeError deep inside a handler. Returns the envelope, with a `context.System`
 * completed from the session where the older format left it out; the event itself is not changed.
 * @see https://developer.amazon.com/docs/custom-skills/request-and-response-json-reference.html
 */
export function readRequestEnvelope(event: unknown): RequestEnvelope {
  if (!isObject(event)) throw new MalformedRequestError('event is not a JSON object');
  const { request, context, session } = event;
  if (!isObject(request) || typeof request.type !== 'string' || request.type === '') {
    throw new MalformedRequestError('event has no request.type: not an Alexa request envelope');
  }
  if (typeof request.requestId !== 'string') throw new MalformedRequestError('event has no request.requestId');
  if (request.type === 'IntentRequest' && (!isObject(request.intent) || typeof request.intent.name !== 'string')) {
    throw new MalformedRequestError('IntentRequest has no intent.name');
  }
  const system = systemOf(context, session);
  if (system === undefined) throw new MalformedRequestError('event has no context.System and no session');
  if (isObject(context) && context.System === system) return event as unknown as RequestEnvelope;
  const completed = { ...(isObject(context) ? context : {}), System: system };
  return { ...event, context: completed } as unknown as RequestEnvelope;
}
