import type { RequestHandler } from 'ask-sdk-core';
import { findAccessToken, requiresLink } from '../accountLinking';
import { linkOrOffer } from '../linkingPolicy';

/**
 * The gate: any request that needs a linked account but carries no token gets the link response, or, where
 * Alexa can link by voice, the offer to do so (the request is kept and resumed once linked).
 */
export const LinkGateHandler: RequestHandler = {
  canHandle: (input) => requiresLink(input.requestEnvelope) && findAccessToken(input.requestEnvelope) === undefined,
  handle: (input) => linkOrOffer(input),
};
