import { DEFAULT_MARKET, isMarket, MARKETS, type Market } from '../../shared/fares';
import { InvalidRequestError, NotFoundError } from '../errors';
import { RIDE_TYPES, type RideType } from './ride';
import { RIDE_ID } from './rideService';

/** A destination: 1-200 characters after trimming (openapi.yaml). */
export function parseDestination(value: unknown): string {
  if (typeof value !== 'string' || value.trim().length === 0 || value.length > 200) {
    throw new InvalidRequestError('destination must be a string of 1-200 characters');
  }
  return value.trim();
}

/** A ride type, `standard` when absent (openapi.yaml `RideType`). */
export function parseRideType(value: unknown): RideType {
  if (value === undefined || value === null) return 'standard';
  const match = RIDE_TYPES.find((type) => type === value);
  if (!match) throw new InvalidRequestError(`rideType must be one of ${RIDE_TYPES.join(', ')}`);
  return match;
}

/** The `Idempotency-Key` header: required, 1-255 characters. */
export function parseIdempotencyKey(value: string | string[] | undefined): string {
  if (typeof value !== 'string' || value.length === 0 || value.length > 255) {
    throw new InvalidRequestError('the Idempotency-Key header is required (1-255 characters)');
  }
  return value;
}

/** A market (openapi.yaml `Market`), the US when absent. */
export function parseMarket(value: unknown): Market {
  if (value === undefined || value === null) return DEFAULT_MARKET;
  if (!isMarket(value)) throw new InvalidRequestError(`market must be one of ${MARKETS.join(', ')}`);
  return value;
}

/** The canonical place id of the destination (openapi.yaml `PlaceId`), undefined when absent. */
export function parsePlace(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string' || !/^[a-z0-9_]{1,64}$/.test(value)) {
    throw new InvalidRequestError('place must be a place id: 1-64 lowercase letters, digits or underscores');
  }
  return value;
}

const BOOKING_FIELDS = ['destination', 'rideType', 'market', 'place'];

/** The POST /v1/rides body: `destination`, optional `rideType`, `market` and `place`, nothing else. */
export function parseBookingBody(body: Record<string, unknown>): {
  destination: string;
  rideType: RideType;
  market: Market;
  place: string | undefined;
} {
  const extra = Object.keys(body).filter((key) => !BOOKING_FIELDS.includes(key));
  if (extra.length > 0) throw new InvalidRequestError(`unexpected properties: ${extra.join(', ')}`);
  return {
    destination: parseDestination(body.destination),
    rideType: parseRideType(body.rideType),
    market: parseMarket(body.market),
    place: parsePlace(body.place),
  };
}

/**
 * A ride id from a path. Anything that is not the shape of an issued id names no ride (404), and is refused before
 * it becomes a DynamoDB key, which may not exceed 2048 bytes.
 */
export function parseRideId(value: string | undefined): string {
  if (value === undefined || !RIDE_ID.test(value)) throw new NotFoundError('no such ride');
  return value;
}
