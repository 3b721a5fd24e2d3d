import type { RequestHandler } from 'ask-sdk-core';
import { t } from '../prompts';
import { ctx } from '../requestContext';

/** Last in the list: an intent or request type this skill does not know gets the fallback answer. */
export const UnhandledRequestHandler: RequestHandler = {
  canHandle: () => true,
  handle(input) {
    const { locale, logger } = ctx(input);
    const { request } = input.requestEnvelope;
    logger.warn('unhandled request', {
      type: request.type,
      intent: request.type === 'IntentRequest' ? request.intent.name : undefined,
    });
    if (input.requestEnvelope.session === undefined) return input.responseBuilder.getResponse();
    return input.responseBuilder
      .speak(t(locale, 'fallback.text'))
      .reprompt(t(locale, 'fallback.reprompt'))
      .getResponse();
  },
};
