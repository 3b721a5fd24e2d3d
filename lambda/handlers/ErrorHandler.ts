import { type ErrorHandler, type HandlerInput, ResponseFactory } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { linkResponse } from '../accountLinking';
import type { SkillDeps } from '../deps';
import { AccountNotLinkedError, LinkedServiceUnavailableError, PersistenceError, RideConflictError } from '../errors';
import { describeError } from '../logger';
import { FALLBACK_LOCALE, resolveLocale, t } from '../prompts';
import { findCtx } from '../requestContext';

function respond(deps: SkillDeps, input: HandlerInput, error: Error): Response {
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
}

/**
 * The answer when rendering the error itself failed (an error object or a log sink that throws): the English
 * apology on a fresh builder, nothing for a session-less event. Logging is attempted, never required.
 */
function lastResort(deps: SkillDeps, input: HandlerInput, failure: unknown): Response {
  try {
    deps.logger.error('error handler failed', { error: describeError(failure) });
  } catch {
    // The answer matters more than the log line.
  }
  if (input.requestEnvelope?.session === undefined) return {};
  return ResponseFactory.init().speak(t(FALLBACK_LOCALE, 'error.generic')).withShouldEndSession(true).getResponse();
}

/**
 * The one error handler: maps error class → response. A rejected token gets the same link response as a
 * missing one; everything else gets a localized apology and a clean end of session — never raw error text.
 * It never throws: a failure while rendering falls back to the English apology.
 */
export function errorHandler(deps: SkillDeps): ErrorHandler {
  return {
    canHandle: () => true,
    handle(input, error) {
      try {
        return respond(deps, input, error);
      } catch (failure) {
        return lastResort(deps, input, failure);
      }
    },
  };
}
