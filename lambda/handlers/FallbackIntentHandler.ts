import type { RequestHandler } from 'ask-sdk-core';
import { t } from '../prompts';
import { ctx } from '../requestContext';
import { isIntent } from '../requestMatch';

/** Anything the model could not place: say what the skill can do and keep listening. */
export const FallbackIntentHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, 'AMAZON.FallbackIntent'),
  handle(input) {
    const { locale } = ctx(input);
    return input.responseBuilder
      .speak(t(locale, 'fallback.text'))
      .reprompt(t(locale, 'fallback.reprompt'))
      .getResponse();
  },
};
