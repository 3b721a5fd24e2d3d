import { type Fare, fareFor, type Market } from '../../shared/fares';
import type { RideType } from './ride';

/** A fare estimate (openapi.yaml `FareEstimate`). */
export type FareEstimate = Fare;

/** What a fare depends on: the canonical place (if the caller resolved one), the ride type and the market. */
export interface FareRequest {
  place: string | undefined;
  rideType: RideType;
  market: Market;
}

/** Normalizes a destination for the booking fingerprint, so "Airport " and "airport" are one request. */
export function normalizeDestination(destination: string): string {
  return destination.trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * The fare of a trip from the shared fare table (shared/fares), in the market's currency. The price follows the
 * canonical place, never the wording, so every phrasing of one place costs the same.
 */
export function estimateFare(request: FareRequest): FareEstimate {
  return fareFor(request);
}
