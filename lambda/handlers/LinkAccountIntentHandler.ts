import type { RequestHandler } from 'ask-sdk-core';
import { startLinking } from '../linkingPolicy';
import { t } from '../prompts';
import { ctx } from '../requestContext';
import { isIntent } from '../requestMatch';

/** "Link my account": linking by voice or the card, or a short note when the account is linked already. */
export const LinkAccountIntentHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, 'LinkAccountIntent'),
  handle(input) {
    const { locale, accessToken } = ctx(input);
    if (accessToken === undefined) return startLinking(input);
    return input.responseBuilder
      .speak(t(locale, 'link.alreadyLinked'))
      .reprompt(t(locale, 'help.reprompt'))
      .getResponse();
  },
};
