import type { RequestHandler } from 'ask-sdk-core';
import type { interfaces } from 'ask-sdk-model';
import { ctx } from '../requestContext';
import { isRequestType } from '../requestMatch';

/**
 * System.ExceptionEncountered: Alexa could not use the skill's previous response. Alexa accepts no output for
 * this request, so it is logged and answered with an empty response, session or not.
 * @see https://developer.amazon.com/docs/custom-skills/request-types-reference.html#systemexceptionencountered
 */
export const ExceptionEncounteredHandler: RequestHandler = {
  canHandle: (input) => isRequestType(input, 'System.ExceptionEncountered'),
  handle(input) {
    const { error, cause } = input.requestEnvelope.request as interfaces.system.ExceptionEncounteredRequest;
    ctx(input).logger.warn('Alexa could not use the previous response', {
      errorType: error?.type,
      errorMessage: error?.message,
      causeRequestId: cause?.requestId,
    });
    return input.responseBuilder.getResponse();
  },
};
