// The baseline for scripts/bench/skill.mjs: the smallest account-linked skill ask-sdk-core allows
// (a LaunchRequest handler that sends the LinkAccount card when there is no token). Never deployed.
import { SkillBuilders } from 'ask-sdk-core';
import type { RequestEnvelope } from 'ask-sdk-model';

const skill = SkillBuilders.custom()
  .addRequestHandlers({
    canHandle: (input) => input.requestEnvelope.request.type === 'LaunchRequest',
    handle: (input) => {
      if (!input.requestEnvelope.context.System.user.accessToken) {
        return input.responseBuilder
          .speak('Please link your account.')
          .withLinkAccountCard()
          .withShouldEndSession(true)
          .getResponse();
      }
      return input.responseBuilder.speak('Welcome back.').reprompt('What now?').getResponse();
    },
  })
  .addRequestHandlers({
    canHandle: () => true,
    handle: (input) => input.responseBuilder.speak('You can ask me for help.').reprompt('What now?').getResponse(),
  })
  .create();

export const handler = async (event: RequestEnvelope) => skill.invoke(event);
