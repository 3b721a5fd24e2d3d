import type { HandlerInput } from 'ask-sdk-core';
import type { IntentRequest, interfaces, RequestEnvelope, Response, SessionResumedRequest } from 'ask-sdk-model';
import { accountAccessToken, linkResponse, personAccessToken } from './accountLinking';
import type { SpeakerTokens } from './config';
import { declinedRecently, rememberDeclined } from './linkOfferMemory';
import { t } from './prompts';
import { ctx } from './requestContext';
import type { RideType } from './rides/types';
import { destinationPlace, destinationSlot, rideTypeSlot } from './slots';

/**
 * How an unlinked user is asked to link: by voice (voice-forward account linking) where Alexa can do it, else
 * with the LinkAccount card. Voice needs Login with Amazon mode, the setting on, and a recognized speaker
 * (`context.System.person`); the skill offers it until the speaker says no (then not again in that session,
 * nor for LINK_OFFER_PAUSE_DAYS), and resumes the request that needed the link once Alexa has linked.
 * @see https://developer.amazon.com/docs/account-linking/voice-forward-account-linking-implementation-details.html
 */

/** Whose link a request is served with: the recognized speaker's own, or the account's. */
export type LinkLevel = 'person' | 'account';

/** The token a request is served with, and whose link it belongs to. */
export interface ChosenToken {
  token: string;
  level: LinkLevel;
}

/**
 * Person before account: a recognized speaker who linked their own profile is served with
 * `context.System.person.accessToken`, even when the account is linked too, so each person greets, books and
 * sees rides as themselves. Anyone else — a recognized speaker without a personal link, or a voice Alexa does
 * not recognize — is served with the account's token, unless `PERSON_ONLY` asks recognized speakers for a link of
 * their own (then they get the link response, and an unrecognized voice still uses the account's link).
 * @see https://developer.amazon.com/docs/custom-skills/personalization-and-account-linking.html
 */
export function chooseAccessToken(envelope: RequestEnvelope, speakerTokens: SpeakerTokens): ChosenToken | undefined {
  const own = personAccessToken(envelope);
  if (own !== undefined) return { token: own, level: 'person' };
  const recognized = typeof envelope.context?.System?.person?.personId === 'string';
  if (recognized && speakerTokens === 'PERSON_ONLY') return undefined;
  const account = accountAccessToken(envelope);
  return account === undefined ? undefined : { token: account, level: 'account' };
}

/** Our token on the StartConnection; Alexa echoes it in `SessionResumedRequest.cause.token`. */
export const VOICE_LINKING_TOKEN = 'ride-hailer.voice-linking';
/** The skill connection Amazon's voice-forward account linking answers to. */
export const ASK_FOR_ACCOUNT_LINKING_URI = 'connection://AMAZON.AskForAccountLinking/1';

/** What the user asked for before linking, kept in the session and served once linked. */
export interface PendingRequest {
  intent: string;
  destination?: string;
  /** The canonical place the destination resolved to, so the fare after linking is the same. */
  place?: string;
  rideType?: RideType;
}

/** The voice-linking state of one session. */
interface VoiceLinking {
  /** The skill asked "would you like to link now?" and waits for the answer. */
  offered?: boolean;
  /** The user said no in this session: gated requests get the card from now on. */
  declined?: boolean;
  pending?: PendingRequest;
}

const STATE = 'voiceLinking';

function read(input: HandlerInput): VoiceLinking {
  if (input.requestEnvelope.session === undefined) return {};
  return (input.attributesManager.getSessionAttributes()[STATE] as VoiceLinking | undefined) ?? {};
}

function write(input: HandlerInput, state: VoiceLinking): void {
  if (input.requestEnvelope.session === undefined) return;
  const attributes = input.attributesManager.getSessionAttributes();
  input.attributesManager.setSessionAttributes({ ...attributes, [STATE]: state });
}

/** Whether Alexa can link this speaker by voice: LWA mode with the setting on, and a recognized speaker. */
export function canLinkByVoice(input: HandlerInput): boolean {
  const { config } = ctx(input).deps;
  const person = input.requestEnvelope.context?.System?.person;
  return config.linkedService === 'lwa' && config.voiceForwardLinking && typeof person?.personId === 'string';
}

async function mayOfferByVoice(input: HandlerInput): Promise<boolean> {
  return canLinkByVoice(input) && read(input).declined !== true && !(await declinedRecently(input));
}

function offer(input: HandlerInput, key: 'link.offer' | 'link.offerForRequest', pending?: PendingRequest): Response {
  const { locale } = ctx(input);
  write(input, { offered: true, ...(pending ? { pending } : {}) });
  return input.responseBuilder.speak(t(locale, key)).reprompt(t(locale, 'link.offerReprompt')).getResponse();
}

function pendingFrom(input: HandlerInput): PendingRequest | undefined {
  const { request } = input.requestEnvelope;
  if (request.type !== 'IntentRequest') return undefined;
  const { intent } = request as IntentRequest;
  const destination = destinationSlot(intent);
  const rideType = rideTypeSlot(intent);
  const place = destinationPlace(intent);
  return {
    intent: intent.name,
    ...(destination ? { destination } : {}),
    ...(place ? { place } : {}),
    ...(rideType ? { rideType } : {}),
  };
}

/** The gate's answer to a request that needs a link: the offer by voice (keeping the request), or the card. */
export async function linkOrOffer(input: HandlerInput): Promise<Response> {
  if (await mayOfferByVoice(input)) return offer(input, 'link.offerForRequest', pendingFrom(input));
  return linkResponse(input, ctx(input).locale);
}

/** An unlinked launch: the offer by voice, or what works without an account and how to link; stays open. */
export async function unlinkedWelcome(input: HandlerInput): Promise<Response> {
  if (await mayOfferByVoice(input)) return offer(input, 'link.offer');
  const { locale } = ctx(input);
  return input.responseBuilder
    .speak(t(locale, 'launch.unlinked'))
    .reprompt(t(locale, 'launch.unlinkedReprompt'))
    .getResponse();
}

/**
 * "Link my account" (or yes to the offer): hands over to Alexa's voice linking where possible — speech, the
 * StartConnection directive, and no shouldEndSession, as Alexa requires — else the card.
 */
export function startLinking(input: HandlerInput): Response {
  if (!canLinkByVoice(input)) return linkResponse(input, ctx(input).locale);
  write(input, { pending: read(input).pending });
  const directive: interfaces.connections.V1.StartConnectionDirective = {
    type: 'Connections.StartConnection',
    uri: ASK_FOR_ACCOUNT_LINKING_URI,
    input: { '@type': 'AskForAccountLinking', '@version': '1' },
    onCompletion: 'RESUME_SESSION',
    token: VOICE_LINKING_TOKEN,
  };
  return input.responseBuilder
    .speak(t(ctx(input).locale, 'link.starting'))
    .addDirective(directive)
    .getResponse();
}

/** Whether the skill just asked "would you like to link now?". */
export function offerOpen(input: HandlerInput): boolean {
  return read(input).offered === true;
}

/** The user declined (the skill's offer, or Alexa's consent): not again this session, nor for a while. */
export async function declineLinking(input: HandlerInput): Promise<void> {
  write(input, { declined: true });
  await rememberDeclined(input);
}

/** The request kept while linking, removed from the session. */
export function takePending(input: HandlerInput): PendingRequest | undefined {
  const { pending } = read(input);
  write(input, {});
  return pending;
}

/** What a SessionResumedRequest says about our voice linking. */
export type LinkingOutcome = 'linked' | 'denied' | 'failed' | 'notOurs';

/**
 * Reads `cause`: our token and status 200 with LINKED or DENIED; any other code or result (for example
 * USER_REQUIREMENTS_NOT_MET) is a failure that falls back to the card.
 */
export function linkingOutcome(request: SessionResumedRequest): LinkingOutcome {
  const cause = request.cause;
  if (cause?.type !== 'ConnectionCompleted' || cause.token !== VOICE_LINKING_TOKEN) return 'notOurs';
  if (cause.status?.code !== '200') return 'failed';
  const status = (cause.result as { status?: unknown } | undefined)?.status;
  if (status === 'LINKED') return 'linked';
  return status === 'DENIED' ? 'denied' : 'failed';
}
