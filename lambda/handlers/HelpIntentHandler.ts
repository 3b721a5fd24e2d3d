import type { RequestHandler } from 'ask-sdk-core';
import { t } from '../prompts';
import { ctx } from '../requestContext';
import { isIntent } from '../requestMatch';

/** "Help": what the skill can do. */
export const HelpIntentHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, 'AMAZON.HelpIntent'),
  handle(input) {
    const { locale } = ctx(input);
    return input.responseBuilder.speak(t(locale, 'help.text')).reprompt(t(locale, 'help.reprompt')).getResponse();
  },
};
