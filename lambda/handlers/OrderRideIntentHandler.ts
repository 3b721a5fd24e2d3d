import type { RequestHandler } from 'ask-sdk-core';
import type { IntentRequest } from 'ask-sdk-model';
import { requireAccessToken } from '../accountLinking';
import { quoteOrder } from '../orderQuote';
import { preferredRideType, rememberRideType } from '../preferences';
import { t } from '../prompts';
import { ctx } from '../requestContext';
import { isIntent } from '../requestMatch';
import { destinationPlace, destinationSlot, rideTypeSlot } from '../slots';
import { rideVars } from '../speech';
import { tripFor } from '../trip';

/**
 * "Order a car to the airport": checks the rider has no active ride, asks for a missing destination,
 * quotes the fare and asks for confirmation, then books once — the Alexa request id is the idempotency key, so a retried
 * request returns the same ride instead of booking a second one.
 */
export const OrderRideIntentHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, 'OrderRideIntent'),
  async handle(input) {
    const { locale, accessToken, rides } = ctx(input);
    const request = input.requestEnvelope.request as IntentRequest;
    const { intent } = request;
    const token = requireAccessToken(accessToken);
    const destination = destinationSlot(intent);
    const builder = input.responseBuilder;
    if (intent.confirmationStatus === 'DENIED') {
      return builder.speak(t(locale, 'order.declined')).withShouldEndSession(true).getResponse();
    }
    if (intent.confirmationStatus !== 'CONFIRMED' && (await rides.currentRide(token)) !== null) {
      // Checked before asking anything: proves the token still works and spares a dialog that cannot end in a booking.
      return builder.speak(t(locale, 'order.conflict')).withShouldEndSession(true).getResponse();
    }
    if (destination === undefined) {
      return builder
        .speak(t(locale, 'order.askDestination'))
        .reprompt(t(locale, 'order.askDestinationReprompt'))
        .addElicitSlotDirective('destination', intent)
        .getResponse();
    }
    const rideType = rideTypeSlot(intent) ?? (await preferredRideType(input));
    const trip = tripFor(locale, destination, destinationPlace(intent), rideType);
    if (intent.confirmationStatus !== 'CONFIRMED') return quoteOrder(input, intent, trip);
    const ride = await rides.book(token, trip, request.requestId);
    await rememberRideType(input, trip.rideType);
    return builder
      .speak(t(locale, 'order.booked', rideVars(locale, ride)))
      .withShouldEndSession(true)
      .getResponse();
  },
};
