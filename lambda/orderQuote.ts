import type { HandlerInput } from 'ask-sdk-core';
import type { Intent, Response } from 'ask-sdk-model';
import { t } from './prompts';
import { ctx } from './requestContext';
import type { Trip } from './rides/types';
import { fareText, minutes, rideTypeName } from './speech';

/**
 * The fare for a trip and "Shall I book it?", with Dialog.ConfirmIntent on `intent`: the next yes or no comes
 * back as that intent, CONFIRMED or DENIED, with its slots.
 * @see https://developer.amazon.com/docs/custom-skills/dialog-interface-reference.html#confirmintent
 */
export async function quoteOrder(
  input: HandlerInput,
  intent: Intent,
  trip: Trip,
  key: 'order.confirm' | 'order.confirmAfterLink' = 'order.confirm',
): Promise<Response> {
  const { locale, rides } = ctx(input);
  const fare = await rides.estimateFare(trip);
  const vars = {
    destination: trip.destination,
    rideType: rideTypeName(locale, trip.rideType),
    fare: fareText(locale, fare),
    eta: minutes(locale, fare.etaMinutes),
  };
  return input.responseBuilder
    .speak(t(locale, key, vars))
    .reprompt(t(locale, 'order.confirmReprompt'))
    .addConfirmIntentDirective(intent)
    .getResponse();
}
