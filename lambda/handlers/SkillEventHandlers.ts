import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import { describeError } from '../logger';
import { ctx } from '../requestContext';
import { isRequestType } from '../requestMatch';

/**
 * Skill events arrive without a session and without a listener: they update our records and the linked
 * service, then answer with an empty response. Each step is best effort and logged, because Alexa does not
 * retry events. The ask-sdk-model types omit `body` on SkillDisabled, hence the local type.
 * @see https://developer.amazon.com/docs/smapi/skill-events-in-alexa-skills.html
 */
interface SkillEventBody {
  accessToken?: string;
  userInformationPersistenceStatus?: 'PERSISTED' | 'NOT_PERSISTED';
}

function eventBody(input: HandlerInput): SkillEventBody {
  return (input.requestEnvelope.request as { body?: SkillEventBody }).body ?? {};
}

function alexaUserId(input: HandlerInput): string {
  return input.requestEnvelope.context.System.user.userId;
}

async function bestEffort(input: HandlerInput, what: string, action: () => Promise<void>): Promise<void> {
  try {
    await action();
  } catch (error) {
    ctx(input).logger.warn(`could not ${what}`, { error: describeError(error) });
  }
}

/**
 * SkillAccountLinked: binds the new grant to the Alexa user at the service and remembers when. The two do not
 * depend on each other, so they run side by side within the request's budget.
 */
export const SkillAccountLinkedHandler: RequestHandler = {
  canHandle: (input) => isRequestType(input, 'AlexaSkillEvent.SkillAccountLinked'),
  async handle(input) {
    const { logger, links, deps, accessToken } = ctx(input);
    logger.info('account linked');
    const token = eventBody(input).accessToken ?? accessToken;
    await Promise.all([
      token === undefined
        ? undefined
        : bestEffort(input, 'bind the Alexa user', () => links.bind(token, alexaUserId(input))),
      deps.persistence === undefined
        ? undefined
        : bestEffort(input, 'record the link', async () => {
            const attributes = await input.attributesManager.getPersistentAttributes();
            input.attributesManager.setPersistentAttributes({
              ...attributes,
              linkedAt: new Date(deps.now()).toISOString(),
            });
            await input.attributesManager.savePersistentAttributes();
          }),
    ]);
    return input.responseBuilder.getResponse();
  },
};

/** SkillDisabled (which also unlinks): revokes the grant at the service; forgets our data unless it persists. */
export const SkillDisabledHandler: RequestHandler = {
  canHandle: (input) => isRequestType(input, 'AlexaSkillEvent.SkillDisabled'),
  async handle(input) {
    const { logger, links, deps } = ctx(input);
    const persisted = eventBody(input).userInformationPersistenceStatus === 'PERSISTED';
    logger.info('skill disabled', { persisted });
    await bestEffort(input, 'revoke the grant', () => links.revoke(alexaUserId(input)));
    if (!persisted && deps.persistence !== undefined) {
      await bestEffort(input, 'delete user data', async () => {
        await input.attributesManager.deletePersistentAttributes?.();
      });
    }
    return input.responseBuilder.getResponse();
  },
};

/** SkillEnabled: nothing to store yet; logged for the audit trail. */
export const SkillEnabledHandler: RequestHandler = {
  canHandle: (input) => isRequestType(input, 'AlexaSkillEvent.SkillEnabled'),
  handle(input) {
    ctx(input).logger.info('skill enabled');
    return input.responseBuilder.getResponse();
  },
};
