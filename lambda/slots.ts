import type { Intent, Slot } from 'ask-sdk-model';
import { isRideType, RIDE_TYPES, type RideType } from './rides/types';

/** Longest destination we pass on, in code points; Alexa slot values are short, anything longer is noise. */
const MAX_DESTINATION_LENGTH = 200;

/** The first `max` code points of `text`: a cut never splits a surrogate pair (an emoji, say) in two. */
function firstCodePoints(text: string, max: number): string {
  if (text.length <= max) return text;
  let kept = '';
  let count = 0;
  for (const codePoint of text) {
    if (count === max) break;
    kept += codePoint;
    count += 1;
  }
  return kept.trimEnd();
}

/** The value of the first entity-resolution match (`ER_SUCCESS_MATCH`), if any. */
function resolvedId(slot: Slot | undefined): string | undefined {
  const authorities = slot?.resolutions?.resolutionsPerAuthority;
  for (const authority of Array.isArray(authorities) ? authorities : []) {
    if (authority.status?.code === 'ER_SUCCESS_MATCH') return authority.values?.[0]?.value?.id;
  }
  return undefined;
}

/** What the user said for a slot, trimmed; undefined when it is not text (hand-made envelopes send numbers). */
function spoken(slot: Slot | undefined): string | undefined {
  const value: unknown = slot?.value;
  return typeof value === 'string' ? value.trim() : undefined;
}

/** The spoken value of a slot, trimmed; undefined when empty. */
export function slotText(intent: Intent, name: string): string | undefined {
  const value = spoken(intent.slots?.[name]);
  return value ? firstCodePoints(value, MAX_DESTINATION_LENGTH) : undefined;
}

/**
 * The ride type the user asked for: the resolved RIDE_TYPE id (synonyms included), else a spoken value
 * that is itself an id, else undefined.
 */
export function rideTypeSlot(intent: Intent): RideType | undefined {
  const slot = intent.slots?.rideType;
  const id = resolvedId(slot);
  if (isRideType(id)) return id;
  const said = spoken(slot)?.toLowerCase();
  return RIDE_TYPES.find((type) => type === said);
}

/**
 * The canonical place the destination resolved to (its DESTINATION slot id, e.g. "the station" →
 * `train_station`), undefined when Alexa resolved none. Fares follow this id, never the wording.
 * @see https://developer.amazon.com/docs/custom-skills/entity-resolution.html
 */
export function destinationPlace(intent: Intent): string | undefined {
  return resolvedId(intent.slots?.destination);
}

/** The destination the user said, as they said it. */
export function destinationSlot(intent: Intent): string | undefined {
  return slotText(intent, 'destination');
}
