import type { RequestHandler } from 'ask-sdk-core';
import type { IntentRequest } from 'ask-sdk-model';
import { preferredRideType } from '../preferences';
import { t } from '../prompts';
import { ctx } from '../requestContext';
import { isIntent } from '../requestMatch';
import { destinationPlace, destinationSlot, rideTypeSlot } from '../slots';
import { fareText, minutes, rideTypeName } from '../speech';
import { tripFor } from '../trip';

/** "How much is a ride to the airport?": works without a linked account (optional linking). */
export const FareEstimateIntentHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, 'FareEstimateIntent'),
  async handle(input) {
    const { locale, rides } = ctx(input);
    const { intent } = input.requestEnvelope.request as IntentRequest;
    const destination = destinationSlot(intent);
    if (destination === undefined) {
      return input.responseBuilder
        .speak(t(locale, 'fare.askDestination'))
        .reprompt(t(locale, 'fare.askDestinationReprompt'))
        .addElicitSlotDirective('destination', intent)
        .getResponse();
    }
    const rideType = rideTypeSlot(intent) ?? (await preferredRideType(input));
    const fare = await rides.estimateFare(tripFor(locale, destination, destinationPlace(intent), rideType));
    const vars = {
      destination,
      rideType: rideTypeName(locale, rideType),
      fare: fareText(locale, fare),
      eta: minutes(locale, fare.etaMinutes),
    };
    return input.responseBuilder
      .speak(t(locale, 'fare.estimate', vars))
      .withShouldEndSession(true)
      .getResponse();
  },
};
