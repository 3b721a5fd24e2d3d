import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import { describeError } from '../logger';
import { ctx } from '../requestContext';
import { isRequestType } from '../requestMatch';

/**
 * Skill events arrive without a session and without a listener: they update the skill's own records and
 * answer with an empty response. The ask-sdk-model types omit `body` on SkillDisabled, hence this type.
 * @see https://developer.amazon.com/docs/smapi/skill-events-in-alexa-skills.html
 */
interface SkillDisabledBody {
  userInformationPersistenceStatus?: 'PERSISTED' | 'NOT_PERSISTED';
}

async function bestEffort(input: HandlerInput, what: string, action: () => Promise<void>): Promise<void> {
  if (ctx(input).deps.persistence === undefined) return;
  try {
    await action();
  } catch (error) {
    ctx(input).logger.warn(`could not ${what}`, { error: describeError(error) });
  }
}

/** SkillAccountLinked: remembers when the account was linked. */
export const SkillAccountLinkedHandler: RequestHandler = {
  canHandle: (input) => isRequestType(input, 'AlexaSkillEvent.SkillAccountLinked'),
  async handle(input) {
    ctx(input).logger.info('account linked');
    await bestEffort(input, 'record the link', async () => {
      const attributes = await input.attributesManager.getPersistentAttributes();
      input.attributesManager.setPersistentAttributes({
        ...attributes,
        linkedAt: new Date(ctx(input).deps.now()).toISOString(),
      });
      await input.attributesManager.savePersistentAttributes();
    });
    return input.responseBuilder.getResponse();
  },
};

/** SkillDisabled: forgets the user's data unless Alexa says the user id will persist. */
export const SkillDisabledHandler: RequestHandler = {
  canHandle: (input) => isRequestType(input, 'AlexaSkillEvent.SkillDisabled'),
  async handle(input) {
    const { body } = input.requestEnvelope.request as { body?: SkillDisabledBody };
    const persisted = body?.userInformationPersistenceStatus === 'PERSISTED';
    ctx(input).logger.info('skill disabled', { persisted });
    if (!persisted) {
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
