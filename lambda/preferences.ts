import type { HandlerInput } from 'ask-sdk-core';
import { describeError } from './logger';
import { ctx } from './requestContext';
import { DEFAULT_RIDE_TYPE, isRideType, type RideType } from './rides/types';

/** Persistent attribute: the usual ride type of each person served with their own link, as `{personId: type}`. */
const PEOPLE = 'preferredRideTypeByPerson';

/**
 * Where the rider's preference lives in the (per Alexa account) persistent attributes: under the recognized
 * speaker when they are served with their own link, so one person's rides do not shape another's; else at the top.
 */
function read(input: HandlerInput, attributes: Record<string, unknown>): unknown {
  const personId = personalSpeaker(input);
  if (personId === undefined) return attributes.preferredRideType;
  return (attributes[PEOPLE] as Record<string, unknown> | undefined)?.[personId];
}

function write(input: HandlerInput, attributes: Record<string, unknown>, rideType: RideType): Record<string, unknown> {
  const personId = personalSpeaker(input);
  if (personId === undefined) return { ...attributes, preferredRideType: rideType };
  const people = (attributes[PEOPLE] as Record<string, unknown> | undefined) ?? {};
  return { ...attributes, [PEOPLE]: { ...people, [personId]: rideType } };
}

function personalSpeaker(input: HandlerInput): string | undefined {
  if (ctx(input).linkLevel !== 'person') return undefined;
  return input.requestEnvelope.context?.System?.person?.personId;
}

/**
 * The rider's usual ride type, from persistent attributes. Preferences are a convenience: when DynamoDB
 * fails the skill carries on with the default and logs the failure.
 */
export async function preferredRideType(input: HandlerInput): Promise<RideType> {
  if (ctx(input).deps.persistence === undefined) return DEFAULT_RIDE_TYPE;
  try {
    const stored = read(input, await input.attributesManager.getPersistentAttributes());
    return isRideType(stored) ? stored : DEFAULT_RIDE_TYPE;
  } catch (error) {
    ctx(input).logger.warn('could not read preferences', { error: describeError(error) });
    return DEFAULT_RIDE_TYPE;
  }
}

/** Remembers the ride type the rider just booked (best effort). */
export async function rememberRideType(input: HandlerInput, rideType: RideType): Promise<void> {
  if (ctx(input).deps.persistence === undefined) return;
  try {
    const attributes = await input.attributesManager.getPersistentAttributes();
    input.attributesManager.setPersistentAttributes(write(input, attributes, rideType));
    await input.attributesManager.savePersistentAttributes();
  } catch (error) {
    ctx(input).logger.warn('could not save preferences', { error: describeError(error) });
  }
}
