import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import type { Intent, Response, SessionResumedRequest } from 'ask-sdk-model';
import { linkResponse } from '../accountLinking';
import { declineLinking, linkingOutcome, type PendingRequest, takePending } from '../linkingPolicy';
import { quoteResponse, quoteUnlessBusy } from '../orderQuote';
import { preferredRideType } from '../preferences';
import { t } from '../prompts';
import { ctx } from '../requestContext';
import { isRequestType } from '../requestMatch';
import { tripFor } from '../trip';

/** The order intent as Alexa would send it, with the slots the user gave before linking. */
function orderIntent(pending: PendingRequest | undefined): Intent {
  const slot = (name: string, value: string | undefined) => ({
    name,
    confirmationStatus: 'NONE' as const,
    ...(value === undefined ? {} : { value }),
  });
  return {
    name: 'OrderRideIntent',
    confirmationStatus: 'NONE',
    slots: { destination: slot('destination', pending?.destination), rideType: slot('rideType', pending?.rideType) },
  };
}

/**
 * Continues what the user wanted before linking, now with the token: an order with a destination gets its fare
 * and "Shall I book it?" (intent chaining into OrderRideIntent, so the next yes books), an order without one
 * or a plain launch gets "where to?", anything else a short "you're linked".
 */
async function resume(input: HandlerInput, token: string, pending: PendingRequest | undefined): Promise<Response> {
  const { locale, rides } = ctx(input);
  const builder = input.responseBuilder;
  if (pending !== undefined && pending.intent !== 'OrderRideIntent') {
    return builder.speak(t(locale, 'link.linkedReady')).reprompt(t(locale, 'help.reprompt')).getResponse();
  }
  const conflict = () => builder.speak(t(locale, 'order.conflict')).withShouldEndSession(true).getResponse();
  const intent = orderIntent(pending);
  const destination = pending?.destination;
  if (destination === undefined) {
    if ((await rides.currentRide(token)) !== null) return conflict();
    return builder
      .speak(t(locale, 'order.askDestinationAfterLink'))
      .reprompt(t(locale, 'order.askDestinationReprompt'))
      .addElicitSlotDirective('destination', intent)
      .getResponse();
  }
  const checked = await quoteUnlessBusy(input, token, async () =>
    tripFor(locale, destination, pending?.place, pending?.rideType ?? (await preferredRideType(input))),
  );
  return checked.busy ? conflict() : quoteResponse(input, intent, checked.quote, 'order.confirmAfterLink');
}

/**
 * Alexa hands the session back after a Connections.StartConnection. For our voice linking: LINKED resumes the
 * kept request, DENIED continues unlinked (and is remembered), anything else falls back to the card. A resume
 * that is not ours gets a plain "what would you like to do?".
 * @see https://developer.amazon.com/docs/account-linking/voice-forward-account-linking-implementation-details.html
 */
export const SessionResumedRequestHandler: RequestHandler = {
  canHandle: (input) => isRequestType(input, 'SessionResumedRequest'),
  async handle(input) {
    const { locale, accessToken, logger } = ctx(input);
    const outcome = linkingOutcome(input.requestEnvelope.request as SessionResumedRequest);
    logger.info('session resumed', { outcome });
    const builder = input.responseBuilder;
    if (outcome === 'notOurs') {
      return builder.speak(t(locale, 'resume.lost')).reprompt(t(locale, 'fallback.reprompt')).getResponse();
    }
    const pending = takePending(input);
    if (outcome === 'denied') {
      await declineLinking(input);
      return builder.speak(t(locale, 'link.voiceDenied')).reprompt(t(locale, 'launch.unlinkedReprompt')).getResponse();
    }
    if (outcome === 'failed' || accessToken === undefined) return linkResponse(input, locale);
    return resume(input, accessToken, pending);
  },
};
