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

/** The POST /v1/rides body: `destination` and optional `rideType`, nothing else. */
export function parseBookingBody(body: Record<string, unknown>): { destination: string; rideType: RideType } {
  const extra = Object.keys(body).filter((key) => key !== 'destination' && key !== 'rideType');
  if (extra.length > 0) throw new InvalidRequestError(`unexpected properties: ${extra.join(', ')}`);
  return { destination: parseDestination(body.destination), rideType: parseRideType(body.rideType) };
}

/**
 * A ride id from a path. Anything that is not the shape of an issued id names no ride (404), and is refused before
 * it becomes a DynamoDB key, which may not exceed 2048 bytes.
 */
export function parseRideId(value: string | undefined): string {
  if (value === undefined || !RIDE_ID.test(value)) throw new NotFoundError('no such ride');
  return value;
}
