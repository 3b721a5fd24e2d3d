import type { RequestHandler } from 'ask-sdk-core';
import type { IntentRequest } from 'ask-sdk-model';
import { pendingDestinationIntent } from '../pendingDestination';
import { t } from '../prompts';
import { ctx } from '../requestContext';
import { isIntent } from '../requestMatch';
import { FareEstimateIntentHandler } from './FareEstimateIntentHandler';
import { OrderRideIntentHandler } from './OrderRideIntentHandler';

const ANSWERED_BY = { OrderRideIntent: OrderRideIntentHandler, FareEstimateIntent: FareEstimateIntentHandler };

/**
 * "Home" said in answer to "where to?": while the skill elicits a destination, Alexa fills the slot with the
 * value, but should NavigateHomeIntent reach the skill anyway, it is taken as the destination home (the
 * canonical place `home`) and the elicited intent goes on, instead of ending the session.
 */
export const HomeAsDestinationHandler: RequestHandler = {
  canHandle: (input) => {
    if (!isIntent(input, 'AMAZON.NavigateHomeIntent')) return false;
    const pending = pendingDestinationIntent(input);
    return pending === 'OrderRideIntent' || pending === 'FareEstimateIntent';
  },
  handle(input) {
    const name = pendingDestinationIntent(input) as keyof typeof ANSWERED_BY;
    const request = input.requestEnvelope.request as IntentRequest;
    const value = t(ctx(input).locale, 'place.home');
    const destination = {
      name: 'destination',
      value,
      confirmationStatus: 'NONE' as const,
      resolutions: {
        resolutionsPerAuthority: [
          {
            authority: 'ride-hailer.home-answer',
            status: { code: 'ER_SUCCESS_MATCH' as const },
            values: [{ value: { name: value, id: 'home' } }],
          },
        ],
      },
    };
    input.requestEnvelope.request = {
      ...request,
      dialogState: 'IN_PROGRESS',
      intent: { name, confirmationStatus: 'NONE', slots: { destination } },
    };
    return ANSWERED_BY[name].handle(input);
  },
};
