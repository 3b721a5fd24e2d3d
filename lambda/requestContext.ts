import type { HandlerInput, RequestInterceptor } from 'ask-sdk-core';
import type { SkillDeps } from './deps';
import { chooseAccessToken, type LinkLevel } from './linkingPolicy';
import type { Logger } from './logger';
import { resolveLocale, type SupportedLocale } from './prompts';
import { startRequestBudget } from './requestBudget';
import type { AccountLinks } from './rides/AccountLinks';
import type { RidesGateway } from './rides/RidesGateway';

/** What every handler gets for the request it handles. */
export interface RequestContext {
  locale: SupportedLocale;
  accessToken: string | undefined;
  /** Whose link `accessToken` belongs to: the recognized speaker's own, or the account's. */
  linkLevel: LinkLevel | undefined;
  rides: RidesGateway;
  links: AccountLinks;
  logger: Logger;
  deps: SkillDeps;
}

const KEY = 'rideHailer.context';

/** Builds the request context (locale, token, budgeted gateway, request-scoped logger) before any handler runs. */
export function contextInterceptor(deps: SkillDeps): RequestInterceptor {
  return {
    process(input) {
      const { request, session } = input.requestEnvelope;
      const chosen = chooseAccessToken(input.requestEnvelope, deps.config.speakerTokens);
      const accessToken = chosen?.token;
      const logger = deps.logger.child({ requestId: request.requestId });
      const budget = startRequestBudget(input.requestEnvelope, deps.config.linkedServiceBudgetMs, deps.now);
      const context: RequestContext = {
        locale: resolveLocale(request.locale),
        accessToken,
        linkLevel: chosen?.level,
        rides: deps.ridesFor(budget),
        links: deps.accountLinksFor(budget),
        logger,
        deps,
      };
      input.attributesManager.getRequestAttributes()[KEY] = context;
      logger.info('request', {
        type: request.type,
        intent: request.type === 'IntentRequest' ? request.intent.name : undefined,
        locale: request.locale,
        newSession: session?.new,
        linked: accessToken !== undefined,
        linkLevel: chosen?.level,
      });
    },
  };
}

/** The context attached to this request, if the interceptor got that far. */
export function findCtx(input: HandlerInput): RequestContext | undefined {
  return input.attributesManager.getRequestAttributes()[KEY] as RequestContext | undefined;
}

/** The context the interceptor attached to this request. */
export function ctx(input: HandlerInput): RequestContext {
  const context = findCtx(input);
  if (context === undefined) throw new Error('request context missing: contextInterceptor must run first');
  return context;
}
