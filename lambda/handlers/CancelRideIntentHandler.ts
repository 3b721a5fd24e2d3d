import type { RequestHandler } from 'ask-sdk-core';
import type { IntentRequest } from 'ask-sdk-model';
import { requireAccessToken } from '../accountLinking';
import { t } from '../prompts';
import { ctx } from '../requestContext';
import { isIntent } from '../requestMatch';

/** The ride the user was asked about, kept in the session between the question and the answer. */
interface PendingCancel {
  rideId: string;
  destination: string;
}
const PENDING = 'pendingCancel';

/** "Cancel my ride": confirms first, then cancels exactly the ride the user confirmed. */
export const CancelRideIntentHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, 'CancelRideIntent'),
  async handle(input) {
    const { locale, accessToken, rides } = ctx(input);
    const { intent } = input.requestEnvelope.request as IntentRequest;
    const token = requireAccessToken(accessToken);
    const session = input.attributesManager.getSessionAttributes();
    const builder = input.responseBuilder;
    const pending = session[PENDING] as PendingCancel | undefined;
    delete session[PENDING];

    if (intent.confirmationStatus === 'DENIED') {
      return builder.speak(t(locale, 'cancel.kept')).withShouldEndSession(true).getResponse();
    }
    if (intent.confirmationStatus === 'CONFIRMED') {
      const rideId = pending?.rideId ?? (await rides.currentRide(token))?.id;
      const cancelled = rideId === undefined ? null : await rides.cancel(token, rideId);
      const speech =
        cancelled === null
          ? t(locale, 'cancel.none')
          : t(locale, 'cancel.done', { destination: cancelled.destination });
      return builder.speak(speech).withShouldEndSession(true).getResponse();
    }
    const ride = await rides.currentRide(token);
    if (ride === null) return builder.speak(t(locale, 'cancel.none')).withShouldEndSession(true).getResponse();
    session[PENDING] = { rideId: ride.id, destination: ride.destination } satisfies PendingCancel;
    return builder
      .speak(t(locale, 'cancel.confirm', { destination: ride.destination }))
      .reprompt(t(locale, 'cancel.confirmReprompt'))
      .addConfirmIntentDirective(intent)
      .getResponse();
  },
};
