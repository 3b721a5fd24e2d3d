import type { RequestHandler } from 'ask-sdk-core';
import { requireAccessToken } from '../accountLinking';
import { t } from '../prompts';
import { ctx } from '../requestContext';
import { isIntent } from '../requestMatch';
import { rideVars } from '../speech';

/** "Where is my ride?": driver, car, plate and ETA of the active ride. */
export const RideStatusIntentHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, 'RideStatusIntent'),
  async handle(input) {
    const { locale, accessToken, rides } = ctx(input);
    const ride = await rides.currentRide(requireAccessToken(accessToken));
    const speech = ride === null ? t(locale, 'status.none') : t(locale, 'status.active', rideVars(locale, ride));
    return input.responseBuilder.speak(speech).withShouldEndSession(true).getResponse();
  },
};
