import type { RequestHandler } from 'ask-sdk-core';
import { requireAccessToken } from '../accountLinking';
import { t } from '../prompts';
import { ctx } from '../requestContext';
import { isRequestType } from '../requestMatch';

/** "Alexa, open Ride Hailer": greets the linked rider by name. */
export const LaunchRequestHandler: RequestHandler = {
  canHandle: (input) => isRequestType(input, 'LaunchRequest'),
  async handle(input) {
    const { locale, accessToken, rides } = ctx(input);
    const rider = await rides.profile(requireAccessToken(accessToken));
    const speech =
      rider.name === undefined ? t(locale, 'launch.welcomeNoName') : t(locale, 'launch.welcome', { name: rider.name });
    return input.responseBuilder.speak(speech).reprompt(t(locale, 'launch.reprompt')).getResponse();
  },
};
