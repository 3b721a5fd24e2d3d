import type { RequestHandler } from 'ask-sdk-core';
import { t } from '../prompts';
import { ctx } from '../requestContext';
import { isIntent } from '../requestMatch';

/** "Stop", "cancel" and "go home": says goodbye and ends the session. */
export const ExitIntentHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, 'AMAZON.StopIntent', 'AMAZON.CancelIntent', 'AMAZON.NavigateHomeIntent'),
  handle(input) {
    return input.responseBuilder
      .speak(t(ctx(input).locale, 'goodbye'))
      .withShouldEndSession(true)
      .getResponse();
  },
};
