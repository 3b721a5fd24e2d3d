// A minimal account-linked skill, built from ask-sdk-core alone: it asks for a link when the request carries no
// access token, and otherwise uses the token to ask the authorization server who the user is (OpenID userinfo).
import * as Alexa from 'ask-sdk-core';

/** Where the example authorization server runs (authServer.mjs reads the same variable). */
const AUTH_URL = process.env.EXAMPLE_AUTH_URL ?? 'http://127.0.0.1:3300';

const isType = (input, type) => Alexa.getRequestType(input.requestEnvelope) === type;
const isIntent = (input, name) => isType(input, 'IntentRequest') && Alexa.getIntentName(input.requestEnvelope) === name;

/** The one link response: say why, send the LinkAccount card, end the session. */
function askToLink(input) {
  return input.responseBuilder
    .speak('To hear your name, link your account. I sent a card to your Alexa app.')
    .withLinkAccountCard()
    .withShouldEndSession(true)
    .getResponse();
}

/** The user's name from the server's userinfo endpoint, or undefined when the token is refused. */
async function nameOf(accessToken) {
  const response = await fetch(`${AUTH_URL}/me`, { headers: { Authorization: `Bearer ${accessToken}` } });
  if (response.status === 401) return undefined;
  if (!response.ok) throw new Error(`userinfo answered HTTP ${response.status}`);
  return (await response.json()).name;
}

const LaunchHandler = {
  canHandle: (input) => isType(input, 'LaunchRequest'),
  handle: (input) =>
    input.responseBuilder.speak('Hello! Ask me who you are.').reprompt('Ask me: who am I?').getResponse(),
};

const WhoAmIHandler = {
  canHandle: (input) => isIntent(input, 'WhoAmIIntent'),
  async handle(input) {
    const token = Alexa.getAccountLinkingAccessToken(input.requestEnvelope);
    if (!token) return askToLink(input);
    const name = await nameOf(token);
    if (name === undefined) return askToLink(input);
    return input.responseBuilder.speak(`You are ${name}.`).withShouldEndSession(true).getResponse();
  },
};

const StopHandler = {
  canHandle: (input) => isIntent(input, 'AMAZON.StopIntent') || isIntent(input, 'AMAZON.CancelIntent'),
  handle: (input) => input.responseBuilder.speak('Goodbye.').withShouldEndSession(true).getResponse(),
};

const HelpOrFallbackHandler = {
  canHandle: (input) => isIntent(input, 'AMAZON.HelpIntent') || isIntent(input, 'AMAZON.FallbackIntent'),
  handle: (input) => input.responseBuilder.speak('Ask me: who am I?').reprompt('Ask me: who am I?').getResponse(),
};

/** Skill events (enabled, account linked, disabled) and session ends need no answer. */
const QuietHandler = {
  canHandle: (input) =>
    isType(input, 'SessionEndedRequest') || Alexa.getRequestType(input.requestEnvelope).startsWith('AlexaSkillEvent.'),
  handle: (input) => input.responseBuilder.getResponse(),
};

const ErrorHandler = {
  canHandle: () => true,
  handle: (input) => input.responseBuilder.speak('Sorry, something went wrong.').getResponse(),
};

const skill = Alexa.SkillBuilders.custom()
  .addRequestHandlers(LaunchHandler, WhoAmIHandler, StopHandler, HelpOrFallbackHandler, QuietHandler)
  .addErrorHandlers(ErrorHandler)
  .create();

/** The Lambda handler: `--skill-handler emulator/examples/linked-skill/skill.mjs` (export `handler`). */
export const handler = async (event, context) => skill.invoke(event, context);
