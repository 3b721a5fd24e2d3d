import type { RequestHandler } from 'ask-sdk-core';
import { unlinkedWelcome } from '../linkingPolicy';
import { t } from '../prompts';
import { ctx } from '../requestContext';
import { isRequestType } from '../requestMatch';

/**
 * "Alexa, open Ride Hailer": greets the linked rider by name. Unlinked, it says what works without an account
 * and how to link (or offers linking by voice) and keeps the session open: linking is optional.
 */
export const LaunchRequestHandler: RequestHandler = {
  canHandle: (input) => isRequestType(input, 'LaunchRequest'),
  async handle(input) {
    const { locale, accessToken, rides } = ctx(input);
    if (accessToken === undefined) return unlinkedWelcome(input);
    const rider = await rides.profile(accessToken);
    const speech =
      rider.name === undefined ? t(locale, 'launch.welcomeNoName') : t(locale, 'launch.welcome', { name: rider.name });
    return input.responseBuilder.speak(speech).reprompt(t(locale, 'launch.reprompt')).getResponse();
  },
};
