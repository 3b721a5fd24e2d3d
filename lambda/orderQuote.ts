import type { HandlerInput } from 'ask-sdk-core';
import type { Intent, Response } from 'ask-sdk-model';
import { t } from './prompts';
import { ctx } from './requestContext';
import type { FareEstimate, Trip } from './rides/types';
import { fareText, minutes, rideTypeName } from './speech';

/** A trip and what it costs. */
export interface Quote {
  trip: Trip;
  fare: FareEstimate;
}

/**
 * Whether the rider already has an active ride, and otherwise the quote for the trip. Both calls go out at once
 * and share the request's time budget, so the first turn of a session waits for one round trip to the linked
 * service, not two. The ride check decides as if it had gone first: a rejected token or an active ride wins over
 * whatever the fare call did.
 */
export async function quoteUnlessBusy(
  input: HandlerInput,
  token: string,
  trip: () => Promise<Trip>,
): Promise<{ busy: true } | { busy: false; quote: Quote }> {
  const { rides } = ctx(input);
  const quote = trip().then(async (planned) => ({ trip: planned, fare: await rides.estimateFare(planned) }));
  // Its failure matters only once the ride check has passed; until then nothing may go unhandled.
  quote.catch(() => undefined);
  if ((await rides.currentRide(token)) !== null) return { busy: true };
  return { busy: false, quote: await quote };
}

/**
 * The fare for a trip and "Shall I book it?", with Dialog.ConfirmIntent on `intent`: the next yes or no comes
 * back as that intent, CONFIRMED or DENIED, with its slots.
 * @see https://developer.amazon.com/docs/custom-skills/dialog-interface-reference.html#confirmintent
 */
export function quoteResponse(
  input: HandlerInput,
  intent: Intent,
  { trip, fare }: Quote,
  key: 'order.confirm' | 'order.confirmAfterLink' = 'order.confirm',
): Response {
  const { locale } = ctx(input);
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
