import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  getAccountLinkingAccessToken,
  getIntentName,
  getRequestType,
  type HandlerInput,
  SkillBuilders,
} from 'ask-sdk-core';
import type { RequestEnvelope } from 'ask-sdk-model';

/**
 * A minimal account-linked skill from ask-sdk-core alone, nothing of Ride Hailer's: without an access token it
 * answers with the LinkAccount card; with one, it asks the authorization server's userinfo endpoint (or Login with
 * Amazon's profile) who the user is. It keeps every request it was sent, so tests can see what Alexa delivered.
 */
export function nameSkill(userinfoUrl: string | (() => string)) {
  const userinfo = typeof userinfoUrl === 'string' ? () => userinfoUrl : userinfoUrl;
  const received: RequestEnvelope[] = [];
  const linkFirst = (input: HandlerInput) =>
    input.responseBuilder
      .speak('Please link your account first.')
      .withLinkAccountCard()
      .withShouldEndSession(true)
      .getResponse();
  const builder = SkillBuilders.custom()
    .addRequestInterceptors((input) => {
      received.push(input.requestEnvelope);
    })
    .addRequestHandlers(
      {
        canHandle: (input) =>
          getRequestType(input.requestEnvelope) === 'IntentRequest' &&
          getIntentName(input.requestEnvelope) === 'WhoAmIIntent',
        async handle(input) {
          const token = getAccountLinkingAccessToken(input.requestEnvelope);
          if (!token) return linkFirst(input);
          const answer = await fetch(userinfo(), { headers: { Authorization: `Bearer ${token}` } });
          if (answer.status === 401) return linkFirst(input);
          const { name } = (await answer.json()) as { name: string };
          return input.responseBuilder.speak(`You are ${name}.`).withShouldEndSession(true).getResponse();
        },
      },
      {
        canHandle: () => true,
        handle: (input) => input.responseBuilder.speak('Ask me who you are.').getResponse(),
      },
    );
  return { skill: builder.create(), lambda: builder.lambda(), received };
}

/** Writes the skill's package (skill.json and an en-US model) to a fresh temporary folder; returns the folder. */
export async function writeNameSkillPackage(events = ['SKILL_ENABLED', 'SKILL_ACCOUNT_LINKED']): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'name-skill-'));
  await mkdir(join(dir, 'interactionModels', 'custom'), { recursive: true });
  const manifest = {
    manifest: {
      publishingInformation: { locales: { 'en-US': { name: 'Name Teller' } } },
      events: { subscriptions: events.map((eventName) => ({ eventName })) },
    },
  };
  const model = {
    interactionModel: {
      languageModel: {
        invocationName: 'name teller',
        intents: [{ name: 'WhoAmIIntent', samples: ['who am i', 'what is my name'] }],
      },
    },
  };
  await writeFile(join(dir, 'skill.json'), JSON.stringify(manifest));
  await writeFile(join(dir, 'interactionModels', 'custom', 'en-US.json'), JSON.stringify(model));
  return dir;
}
