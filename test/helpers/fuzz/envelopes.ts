import type { RequestEnvelope } from 'ask-sdk-model';
import fc from 'fast-check';
import { SUPPORTED_LOCALES } from '../../../lambda/prompts';
import { BUILT_IN_INTENTS, CUSTOM_INTENTS } from '../../consistency/skillPackage';
import { type FixtureName, fixture } from '../requests';
import { hostileString } from './settings';

const FIXTURES: FixtureName[] = [
  'launch',
  'order-ride',
  'session-ended',
  'session-resumed',
  'skill-disabled',
  'skill-account-linked',
];
/** Every intent the interaction models declare, custom and built-in. */
const INTENTS = [...CUSTOM_INTENTS, ...BUILT_IN_INTENTS];
const REQUEST_TYPES = [
  'LaunchRequest',
  'IntentRequest',
  'SessionEndedRequest',
  'SessionResumedRequest',
  'System.ExceptionEncountered',
  'AlexaSkillEvent.SkillEnabled',
  'AlexaSkillEvent.SkillDisabled',
  'AlexaSkillEvent.SkillAccountLinked',
  'Display.ElementSelected',
];
/** Places in an envelope that a broken or hostile sender may drop or fill with the wrong type. */
const PATHS = [
  'request.locale',
  'request.intent',
  'request.intent.slots',
  'request.intent.confirmationStatus',
  'request.dialogState',
  'request.timestamp',
  'request.body',
  'request.status',
  'request.cause',
  'request.error',
  'session',
  'session.attributes',
  'session.user',
  'session.application',
  'context',
  'context.System',
  'context.System.user',
  'context.System.person',
  'context.System.apiEndpoint',
  'context.System.application',
];

/** A value of the wrong kind for any field. */
const wrongValue = fc.oneof(
  fc.constant(null),
  fc.integer(),
  fc.boolean(),
  fc.constant([]),
  fc.constant({}),
  hostileString,
  fc.jsonValue({ maxDepth: 2 }),
);

const slot = fc.oneof(
  fc.record({ name: fc.constantFrom('destination', 'rideType'), value: hostileString }, { requiredKeys: ['name'] }),
  fc.record({
    name: fc.constantFrom('destination', 'rideType'),
    value: hostileString,
    resolutions: fc.constant({
      resolutionsPerAuthority: [
        { status: { code: 'ER_SUCCESS_MATCH' }, values: [{ value: { id: 'xl', name: 'XL' } }] },
      ],
    }),
  }),
  wrongValue,
);

/** Session attributes the skill itself writes, filled with anything. */
const attributes = fc.dictionary(
  fc.constantFrom('voiceLinking', 'pendingCancel', 'anything'),
  fc.oneof(
    fc.record(
      {
        offered: fc.boolean(),
        declined: fc.boolean(),
        pending: fc.oneof(
          fc.record({ intent: fc.constantFrom(...INTENTS), destination: hostileString, rideType: hostileString }),
          wrongValue,
        ),
        rideId: hostileString,
      },
      { requiredKeys: [] },
    ),
    wrongValue,
  ),
);

function setPath(target: Record<string, unknown>, path: string, value: unknown, remove: boolean): void {
  const parts = path.split('.');
  let node: unknown = target;
  for (const part of parts.slice(0, -1)) {
    if (typeof node !== 'object' || node === null) return;
    node = (node as Record<string, unknown>)[part];
  }
  if (typeof node !== 'object' || node === null) return;
  const last = parts[parts.length - 1] as string;
  if (remove) delete (node as Record<string, unknown>)[last];
  else (node as Record<string, unknown>)[last] = value;
}

/** How one generated event differs from its real-format fixture. */
export interface EnvelopeChanges {
  base: FixtureName;
  type: string | undefined;
  intent: string;
  locale: unknown;
  slots: Record<string, unknown>;
  confirmation: unknown;
  dialogState: unknown;
  attributes: Record<string, unknown> | undefined;
  token: 'valid' | 'other' | 'none';
  removed: string[];
  replaced: [string, unknown][];
}

/** Request envelopes derived from the fixtures: unknown locales, missing fields, wrong types, hostile slots. */
export const envelopeChanges: fc.Arbitrary<EnvelopeChanges> = fc.record({
  // Mostly intent requests, where slots and dialog state matter; every other fixture and type now and then.
  base: fc.oneof(
    { weight: 3, arbitrary: fc.constant<FixtureName>('order-ride') },
    { weight: 2, arbitrary: fc.constantFrom(...FIXTURES) },
  ),
  type: fc.oneof(
    { weight: 8, arbitrary: fc.constant(undefined) },
    { weight: 1, arbitrary: fc.constantFrom(...REQUEST_TYPES) },
    { weight: 1, arbitrary: hostileString },
  ),
  // The intents that speak slot values back come up most.
  intent: fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom('FareEstimateIntent', 'OrderRideIntent') },
    { weight: 3, arbitrary: fc.constantFrom(...INTENTS) },
    { weight: 1, arbitrary: hostileString },
  ),
  locale: fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom<unknown>(...SUPPORTED_LOCALES) },
    { weight: 2, arbitrary: fc.constantFrom<unknown>('xx-YY', 'en', 'EN-us', 'de_DE', 'zh-CN', '', undefined) },
    { weight: 1, arbitrary: wrongValue },
  ),
  slots: fc.record({ destination: slot, rideType: slot, other: slot }, { requiredKeys: [] }),
  confirmation: fc.constantFrom<unknown>('NONE', 'CONFIRMED', 'DENIED', 'MAYBE', undefined, 7),
  dialogState: fc.constantFrom<unknown>('STARTED', 'IN_PROGRESS', 'COMPLETED', 'DONE', undefined, null),
  attributes: fc.option(attributes, { nil: undefined }),
  token: fc.constantFrom('valid', 'other', 'none'),
  removed: fc.subarray(PATHS, { maxLength: 3 }),
  replaced: fc.array(fc.tuple(fc.constantFrom(...PATHS), wrongValue), { maxLength: 2 }),
});

/** Applies generated changes to a fresh copy of the fixture; `validToken` is what the linked service accepts. */
export function envelopeFrom(generated: EnvelopeChanges, validToken: string): RequestEnvelope {
  // Alexa sends JSON: no shared objects, nothing undefined. (Generated values are also never mutated.)
  const changes = JSON.parse(JSON.stringify(generated)) as EnvelopeChanges;
  const envelope = fixture(changes.base) as unknown as Record<string, unknown> & RequestEnvelope;
  const request = envelope.request as unknown as Record<string, unknown>;
  if (changes.type !== undefined) request.type = changes.type;
  if (request.type === 'IntentRequest') {
    request.intent = {
      name: changes.intent,
      confirmationStatus: changes.confirmation,
      slots: Object.fromEntries(Object.entries(changes.slots)),
    };
    request.dialogState = changes.dialogState;
  }
  request.locale = changes.locale;
  if (changes.attributes !== undefined && envelope.session) envelope.session.attributes = changes.attributes;
  const token = changes.token === 'valid' ? validToken : changes.token === 'other' ? 'Atza|not-ours' : undefined;
  if (envelope.context?.System?.user) envelope.context.System.user.accessToken = token;
  if (envelope.session?.user) envelope.session.user.accessToken = token;
  for (const path of changes.removed) setPath(envelope, path, undefined, true);
  for (const [path, value] of changes.replaced) setPath(envelope, path, value, false);
  return JSON.parse(JSON.stringify(envelope)) as RequestEnvelope;
}
