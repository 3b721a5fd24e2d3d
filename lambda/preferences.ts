import type { HandlerInput } from 'ask-sdk-core';
import { describeError } from './logger';
import { ctx } from './requestContext';
import { DEFAULT_RIDE_TYPE, isRideType, type RideType } from './rides/types';

/**
 * The rider's usual ride type, from persistent attributes. Preferences are a convenience: when DynamoDB
 * fails the skill carries on with the default and logs the failure.
 */
export async function preferredRideType(input: HandlerInput): Promise<RideType> {
  if (ctx(input).deps.persistence === undefined) return DEFAULT_RIDE_TYPE;
  try {
    const attributes = await input.attributesManager.getPersistentAttributes();
    return isRideType(attributes.preferredRideType) ? attributes.preferredRideType : DEFAULT_RIDE_TYPE;
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
    input.attributesManager.setPersistentAttributes({ ...attributes, preferredRideType: rideType });
    await input.attributesManager.savePersistentAttributes();
  } catch (error) {
    ctx(input).logger.warn('could not save preferences', { error: describeError(error) });
  }
}
