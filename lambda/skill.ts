import { SkillBuilders } from 'ask-sdk-core';
import type { SkillDeps } from './deps';
import { CancelRideIntentHandler } from './handlers/CancelRideIntentHandler';
import { errorHandler } from './handlers/ErrorHandler';
import { ExceptionEncounteredHandler } from './handlers/ExceptionEncounteredHandler';
import { ExitIntentHandler } from './handlers/ExitIntentHandler';
import { FallbackIntentHandler } from './handlers/FallbackIntentHandler';
import { FareEstimateIntentHandler } from './handlers/FareEstimateIntentHandler';
import { HelpIntentHandler } from './handlers/HelpIntentHandler';
import { HomeAsDestinationHandler } from './handlers/HomeAsDestinationHandler';
import { LaunchRequestHandler } from './handlers/LaunchRequestHandler';
import { LinkAccountIntentHandler } from './handlers/LinkAccountIntentHandler';
import { LinkGateHandler } from './handlers/LinkGateHandler';
import { LinkOfferReplyHandler } from './handlers/LinkOfferReplyHandler';
import { OrderRideIntentHandler } from './handlers/OrderRideIntentHandler';
import { RideStatusIntentHandler } from './handlers/RideStatusIntentHandler';
import { SessionEndedRequestHandler } from './handlers/SessionEndedRequestHandler';
import { SessionResumedRequestHandler } from './handlers/SessionResumedRequestHandler';
import { SkillAccountLinkedHandler, SkillDisabledHandler, SkillEnabledHandler } from './handlers/SkillEventHandlers';
import { UnhandledRequestHandler } from './handlers/UnhandledRequestHandler';
import { pendingDestinationInterceptor } from './pendingDestination';
import { contextInterceptor } from './requestContext';

/** The routing table: the first handler whose canHandle is true answers. The gate comes first. */
export const HANDLERS = [
  LinkGateHandler,
  LaunchRequestHandler,
  OrderRideIntentHandler,
  RideStatusIntentHandler,
  CancelRideIntentHandler,
  FareEstimateIntentHandler,
  LinkAccountIntentHandler,
  LinkOfferReplyHandler,
  HelpIntentHandler,
  HomeAsDestinationHandler,
  ExitIntentHandler,
  FallbackIntentHandler,
  SessionEndedRequestHandler,
  SessionResumedRequestHandler,
  SkillAccountLinkedHandler,
  SkillEnabledHandler,
  SkillDisabledHandler,
  ExceptionEncounteredHandler,
  UnhandledRequestHandler,
];

/** The skill object `SkillBuilders.custom().create()` returns. */
export type RideHailerSkill = ReturnType<ReturnType<typeof SkillBuilders.custom>['create']>;

/** The composition root: wires handlers, interceptor, error handler, persistence and the skill-id check. */
export function buildSkill(deps: SkillDeps): RideHailerSkill {
  const builder = SkillBuilders.custom()
    .addRequestHandlers(...HANDLERS)
    .addRequestInterceptors(contextInterceptor(deps))
    .addResponseInterceptors(pendingDestinationInterceptor)
    .addErrorHandlers(errorHandler(deps))
    .withCustomUserAgent('ride-hailer');
  if (deps.persistence !== undefined) builder.withPersistenceAdapter(deps.persistence);
  if (deps.config.skillId !== undefined) builder.withSkillId(deps.config.skillId);
  return builder.create();
}
