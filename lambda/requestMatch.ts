import type { HandlerInput } from 'ask-sdk-core';

/** Whether the request is an IntentRequest for one of `names`. */
export function isIntent(input: HandlerInput, ...names: string[]): boolean {
  const { request } = input.requestEnvelope;
  return request.type === 'IntentRequest' && names.includes(request.intent.name);
}

/** Whether the request has one of the given types. */
export function isRequestType(input: HandlerInput, ...types: string[]): boolean {
  return types.includes(input.requestEnvelope.request.type);
}
