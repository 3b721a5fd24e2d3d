import type { RequestHandler } from 'ask-sdk-core';
import { linkResponse } from '../accountLinking';
import { t } from '../prompts';
import { ctx } from '../requestContext';
import { isIntent } from '../requestMatch';

/** "Link my account": the link response, or a short note when the account is linked already. */
export const LinkAccountIntentHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, 'LinkAccountIntent'),
  handle(input) {
    const { locale, accessToken } = ctx(input);
    if (accessToken === undefined) return linkResponse(input, locale);
    return input.responseBuilder
      .speak(t(locale, 'link.alreadyLinked'))
      .reprompt(t(locale, 'help.reprompt'))
      .getResponse();
  },
};
