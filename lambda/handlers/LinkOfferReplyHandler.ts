import type { RequestHandler } from 'ask-sdk-core';
import { declineLinking, offerOpen, startLinking } from '../linkingPolicy';
import { t } from '../prompts';
import { ctx } from '../requestContext';
import { isIntent } from '../requestMatch';

/** "Yes" or "no" to "would you like to link your account now?"; outside that question, the fallback answer. */
export const LinkOfferReplyHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, 'AMAZON.YesIntent', 'AMAZON.NoIntent'),
  async handle(input) {
    const { locale, accessToken } = ctx(input);
    const builder = input.responseBuilder;
    if (!offerOpen(input) || accessToken !== undefined) {
      return builder.speak(t(locale, 'fallback.text')).reprompt(t(locale, 'fallback.reprompt')).getResponse();
    }
    if (isIntent(input, 'AMAZON.YesIntent')) return startLinking(input);
    await declineLinking(input);
    return builder.speak(t(locale, 'link.declined')).reprompt(t(locale, 'launch.unlinkedReprompt')).getResponse();
  },
};
