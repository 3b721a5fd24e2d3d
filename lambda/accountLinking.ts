import type { HandlerInput } from 'ask-sdk-core';
import type { RequestEnvelope, Response } from 'ask-sdk-model';
import { AccountNotLinkedError } from './errors';
import { t } from './prompts';
import { hasScreen } from './screen';

/**
 * Requests that need a linked Ride Hailer account. Everything else — opening the skill, fare estimates, help,
 * stop, "link my account" — works without one (optional linking, `skipOnEnablement: true`).
 */
export const LINK_REQUIRED = {
  requestTypes: new Set<string>([]),
  intents: new Set<string>(['OrderRideIntent', 'RideStatusIntent', 'CancelRideIntent']),
} as const;

/** Whether this request may only be served to a linked account. */
export function requiresLink(envelope: RequestEnvelope): boolean {
  const { request } = envelope;
  if (request.type === 'IntentRequest') return LINK_REQUIRED.intents.has(request.intent.name);
  return LINK_REQUIRED.requestTypes.has(request.type);
}

function usable(token: string | undefined | null): string | undefined {
  return typeof token === 'string' && token.trim() !== '' ? token : undefined;
}

/**
 * The account-level token: `context.System.user.accessToken`, else `session.user.accessToken` (older envelopes).
 * @see https://developer.amazon.com/docs/account-linking/add-account-linking-logic-custom-skill.html
 */
export function accountAccessToken(envelope: RequestEnvelope): string | undefined {
  return usable(envelope.context?.System?.user?.accessToken) ?? usable(envelope.session?.user?.accessToken);
}

/**
 * The recognized speaker's own token, `context.System.person.accessToken`, present when that person linked their
 * profile (personal account linking). Which of the two a request uses is the linking policy's choice.
 * @see https://developer.amazon.com/docs/custom-skills/personalization-and-account-linking.html
 */
export function personAccessToken(envelope: RequestEnvelope): string | undefined {
  return usable(envelope.context?.System?.person?.accessToken);
}

/** The token, or AccountNotLinkedError when there is none. */
export function requireAccessToken(token: string | undefined): string {
  if (token === undefined) throw new AccountNotLinkedError('no access token in request');
  return token;
}

/**
 * The one link response: localized speech that says a card was sent to the Alexa app, a LinkAccount
 * card, and the end of the session. Used for a missing token and for a rejected one alike. On a device with a
 * screen Alexa shows the card as a QR code, so the speech says to scan it too.
 * @see https://developer.amazon.com/docs/custom-skills/include-a-card-in-your-skills-response.html
 */
export function linkResponse(input: HandlerInput, locale: string | undefined): Response {
  return input.responseBuilder
    .speak(t(locale, hasScreen(input.requestEnvelope) ? 'link.promptScreen' : 'link.prompt'))
    .withLinkAccountCard()
    .withShouldEndSession(true)
    .getResponse();
}
