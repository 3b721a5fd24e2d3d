import type { RequestHandler } from 'ask-sdk-core';
import { findAccessToken, linkResponse, requiresLink } from '../accountLinking';

/** The gate: any request that needs a linked account but carries no token gets the link response. */
export const LinkGateHandler: RequestHandler = {
  canHandle: (input) => requiresLink(input.requestEnvelope) && findAccessToken(input.requestEnvelope) === undefined,
  handle: (input) => linkResponse(input, input.requestEnvelope.request.locale),
};
