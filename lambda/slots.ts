import type { Intent, Slot } from 'ask-sdk-model';
import { isRideType, RIDE_TYPES, type RideType } from './rides/types';

/** Longest destination we pass on; Alexa slot values are short, anything longer is noise. */
const MAX_DESTINATION_LENGTH = 200;

/** The value of the first entity-resolution match (`ER_SUCCESS_MATCH`), if any. */
function resolvedId(slot: Slot | undefined): string | undefined {
  for (const authority of slot?.resolutions?.resolutionsPerAuthority ?? []) {
    if (authority.status?.code === 'ER_SUCCESS_MATCH') return authority.values?.[0]?.value?.id;
  }
  return undefined;
}

/** The spoken value of a slot, trimmed; undefined when empty. */
export function slotText(intent: Intent, name: string): string | undefined {
  const value = intent.slots?.[name]?.value?.trim();
  return value ? value.slice(0, MAX_DESTINATION_LENGTH) : undefined;
}

/**
 * The ride type the user asked for: the resolved RIDE_TYPE id (synonyms included), else a spoken value
 * that is itself an id, else undefined.
 */
export function rideTypeSlot(intent: Intent): RideType | undefined {
  const slot = intent.slots?.rideType;
  const id = resolvedId(slot);
  if (isRideType(id)) return id;
  const spoken = slot?.value?.trim().toLowerCase();
  return RIDE_TYPES.find((type) => type === spoken);
}

/** The destination the user said, as they said it. */
export function destinationSlot(intent: Intent): string | undefined {
  return slotText(intent, 'destination');
}
