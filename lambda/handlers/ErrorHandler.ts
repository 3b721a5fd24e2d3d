import type { ErrorHandler } from 'ask-sdk-core';
import { linkResponse } from '../accountLinking';
import type { SkillDeps } from '../deps';
import { AccountNotLinkedError, LinkedServiceUnavailableError, PersistenceError, RideConflictError } from '../errors';
import { describeError } from '../logger';
import { resolveLocale, t } from '../prompts';
import { findCtx } from '../requestContext';

/**
 * The one error handler: maps error class → response. A rejected token gets the same link response as a
 * missing one; everything else gets a localized apology and a clean end of session — never raw error text.
 */
export function errorHandler(deps: SkillDeps): ErrorHandler {
  return {
    canHandle: () => true,
    handle(input, error) {
      const locale = resolveLocale(input.requestEnvelope.request.locale);
      const logger = findCtx(input)?.logger ?? deps.logger;
      const builder = input.responseBuilder;
      if (error instanceof AccountNotLinkedError) {
        logger.info('token missing or rejected', { error: describeError(error) });
        return linkResponse(input, locale);
      }
      if (input.requestEnvelope.session === undefined) {
        logger.error('event failed', { error: describeError(error) });
        return builder.getResponse();
      }
      if (error instanceof RideConflictError) {
        return builder.speak(t(locale, 'order.conflict')).withShouldEndSession(true).getResponse();
      }
      const unavailable = error instanceof LinkedServiceUnavailableError || error instanceof PersistenceError;
      logger.error('request failed', { error: describeError(error) });
      return builder
        .speak(t(locale, unavailable ? 'error.serviceUnavailable' : 'error.generic'))
        .withShouldEndSession(true)
        .getResponse();
    },
  };
}
