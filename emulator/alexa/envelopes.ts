import { randomUUID } from 'node:crypto';
import type { Intent, interfaces, RequestEnvelope, Slot, SupportedInterfaces } from 'ask-sdk-model';

/** Who is talking to the skill, and on which device: the fixed parts of every envelope. */
export interface AlexaIdentity {
  skillId: string;
  userId: string;
  deviceId: string;
  /** The account-linking token; omitted from the envelope entirely when undefined (as Alexa does). */
  accessToken?: string;
  apiEndpoint?: string;
  /**
   * The recognized speaker (a voice ID in the household), with their own token when they linked their profile
   * (personal account linking); omitted from the envelope when nobody is recognized.
   */
  person?: { personId: string; accessToken?: string };
  /** What the device supports (`context.System.device.supportedInterfaces`); `{}` when undefined. */
  supportedInterfaces?: SupportedInterfaces;
  /** `context.Viewport`, for a device with a screen. */
  viewport?: interfaces.viewport.ViewportState;
}

/** The session the request belongs to; undefined for out-of-session requests (skill events). */
export interface AlexaSession {
  sessionId: string;
  isNew: boolean;
  attributes: Record<string, unknown>;
}

export interface SlotInput {
  value: string;
  /** Entity-resolution match (custom slot types): canonical id and name. */
  resolved?: { id: string; name: string };
  /** Name of the slot type, used for the resolution authority string. */
  type?: string;
  /** Built-in types (AMAZON.SearchQuery, AMAZON.NUMBER, …) carry no `resolutions` block; set this for them. */
  withoutResolutions?: boolean;
}

export type DialogState = 'STARTED' | 'IN_PROGRESS' | 'COMPLETED';
export type ConfirmationStatus = 'NONE' | 'CONFIRMED' | 'DENIED';

export interface IntentInput {
  name: string;
  slots?: Record<string, SlotInput | undefined>;
  confirmationStatus?: ConfirmationStatus;
  dialogState?: DialogState;
  /** Slot names the model declares for the intent; declared but unfilled slots appear without a value. */
  declaredSlots?: readonly string[];
}

export const EXAMPLE_SKILL_ID = 'amzn1.ask.skill.00000000-0000-4000-8000-00000000ride';

/** A fresh identity with fake, well-formed ids. */
export function newIdentity(overrides: Partial<AlexaIdentity> = {}): AlexaIdentity {
  return {
    skillId: EXAMPLE_SKILL_ID,
    userId: `amzn1.ask.account.EMULATED${randomUUID().replace(/-/g, '').toUpperCase()}`,
    deviceId: `amzn1.ask.device.EMULATED${randomUUID().replace(/-/g, '').toUpperCase()}`,
    apiEndpoint: 'https://api.amazonalexa.com',
    ...overrides,
  };
}

export function newSession(): AlexaSession {
  return { sessionId: `amzn1.echo-api.session.${randomUUID()}`, isNew: true, attributes: {} };
}

function toSlot(name: string, input: SlotInput | undefined, skillId: string): Slot {
  if (input === undefined) return { name, confirmationStatus: 'NONE' } as Slot;
  const authority = `amzn1.er-authority.echo-sdk.${skillId}.${input.type ?? name}`;
  if (input.withoutResolutions === true) {
    return { name, value: input.value, confirmationStatus: 'NONE', source: 'USER' } as Slot;
  }
  return {
    name,
    value: input.value,
    confirmationStatus: 'NONE',
    source: 'USER',
    resolutions: {
      resolutionsPerAuthority: [
        input.resolved === undefined
          ? { authority, status: { code: 'ER_SUCCESS_NO_MATCH' } }
          : { authority, status: { code: 'ER_SUCCESS_MATCH' }, values: [{ value: input.resolved }] },
      ],
    },
  } as Slot;
}

/** Builds the intent object Alexa sends, with every declared slot present and unfilled ones valueless. */
export function buildIntent(input: IntentInput, skillId = EXAMPLE_SKILL_ID): Intent {
  const names = new Set([...(input.declaredSlots ?? []), ...Object.keys(input.slots ?? {})]);
  const slots: Record<string, Slot> = {};
  for (const name of names) slots[name] = toSlot(name, input.slots?.[name], skillId);
  return { name: input.name, confirmationStatus: input.confirmationStatus ?? 'NONE', ...(names.size ? { slots } : {}) };
}

type Request = RequestEnvelope['request'];

/** `context.System.person`: the id, the person's own token exactly when they linked, and a voice-ID confidence. */
function personOf(person: NonNullable<AlexaIdentity['person']>) {
  return {
    personId: person.personId,
    ...(person.accessToken ? { accessToken: person.accessToken } : {}),
    authenticationConfidenceLevel: { level: 200 },
  };
}

/**
 * A complete request envelope in Alexa's format (version 1.0). The access token is set on both
 * `context.System.user` and `session.user` exactly when the identity has one.
 */
export function envelope(
  request: Omit<Request, 'requestId' | 'timestamp'> & Partial<Pick<Request, 'requestId' | 'timestamp'>>,
  identity: AlexaIdentity,
  session: AlexaSession | undefined,
): RequestEnvelope {
  const user = { userId: identity.userId, ...(identity.accessToken ? { accessToken: identity.accessToken } : {}) };
  const application = { applicationId: identity.skillId };
  return {
    version: '1.0',
    ...(session
      ? {
          session: {
            new: session.isNew,
            sessionId: session.sessionId,
            application,
            attributes: { ...session.attributes },
            user,
          },
        }
      : {}),
    context: {
      System: {
        application,
        user,
        ...(identity.person ? { person: personOf(identity.person) } : {}),
        device: { deviceId: identity.deviceId, supportedInterfaces: { ...identity.supportedInterfaces } },
        apiEndpoint: identity.apiEndpoint ?? 'https://api.amazonalexa.com',
        apiAccessToken: 'emulated-api-access-token',
      },
      ...(identity.viewport ? { Viewport: identity.viewport } : {}),
    },
    request: {
      requestId: `amzn1.echo-api.request.${randomUUID()}`,
      timestamp: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'),
      ...request,
    } as Request,
  } as RequestEnvelope;
}

export function launchRequest(locale: string): Omit<Request, 'requestId' | 'timestamp'> {
  return { type: 'LaunchRequest', locale, shouldLinkResultBeReturned: false } as Omit<
    Request,
    'requestId' | 'timestamp'
  >;
}

export function intentRequest(locale: string, intent: Intent, dialogState?: DialogState) {
  return { type: 'IntentRequest', locale, intent, ...(dialogState ? { dialogState } : {}) } as Omit<
    Request,
    'requestId' | 'timestamp'
  >;
}

export function sessionEndedRequest(locale: string, reason: 'USER_INITIATED' | 'EXCEEDED_MAX_REPROMPTS' | 'ERROR') {
  return { type: 'SessionEndedRequest', locale, reason } as Omit<Request, 'requestId' | 'timestamp'>;
}

/** What a connection task reports when it is over (`cause` of the SessionResumedRequest, without the token). */
export interface ConnectionOutcome {
  status: { code: string; message: string };
  result?: Record<string, unknown>;
}

/**
 * The request that hands the session back to the skill after a Connections.StartConnection with
 * `onCompletion: RESUME_SESSION`; `cause.token` echoes the skill's token.
 * @see https://developer.amazon.com/docs/custom-skills/request-types-reference.html
 */
export function sessionResumedRequest(locale: string, token: string | undefined, outcome: ConnectionOutcome) {
  return {
    type: 'SessionResumedRequest',
    locale,
    cause: { type: 'ConnectionCompleted', ...(token === undefined ? {} : { token }), ...outcome },
  } as Omit<Request, 'requestId' | 'timestamp'>;
}

/** AlexaSkillEvent.* requests: no session; `body` as Alexa sends it. */
export function skillEvent(
  type: 'SkillAccountLinked' | 'SkillEnabled' | 'SkillDisabled',
  locale: string,
  body?: Record<string, unknown>,
) {
  const now = new Date().toISOString();
  return {
    type: `AlexaSkillEvent.${type}`,
    locale,
    eventCreationTime: now,
    eventPublishingTime: now,
    ...(body ? { body } : {}),
  } as unknown as Omit<Request, 'requestId' | 'timestamp'>;
}
