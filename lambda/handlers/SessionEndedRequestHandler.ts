import type { RequestHandler } from 'ask-sdk-core';
import type { SessionEndedRequest } from 'ask-sdk-model';
import { ctx } from '../requestContext';
import { isRequestType } from '../requestMatch';

/** The session ended (user quiet, said stop, or an error on Alexa's side): log why; no speech is allowed. */
export const SessionEndedRequestHandler: RequestHandler = {
  canHandle: (input) => isRequestType(input, 'SessionEndedRequest'),
  handle(input) {
    const { reason, error } = input.requestEnvelope.request as SessionEndedRequest;
    ctx(input).logger.info('session ended', { reason, errorType: error?.type });
    return input.responseBuilder.getResponse();
  },
};
