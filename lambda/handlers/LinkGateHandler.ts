import type { RequestHandler } from 'ask-sdk-core';
import { requiresLink } from '../accountLinking';
import { linkOrOffer } from '../linkingPolicy';
import { ctx } from '../requestContext';

/**
 * The gate: any request that needs a linked account but has no token to serve it with (see chooseAccessToken)
 * gets the link response, or, where Alexa can link by voice, the offer to do so (the request is kept and resumed
 * once linked). The context interceptor has run by the time handlers are asked.
 */
export const LinkGateHandler: RequestHandler = {
  canHandle: (input) => requiresLink(input.requestEnvelope) && ctx(input).accessToken === undefined,
  handle: (input) => linkOrOffer(input),
};
