import { stableNumber } from './hash';
import type { Money, RideType } from './ride';

/** A fare estimate (openapi.yaml `FareEstimate`). */
export interface FareEstimate extends Money {
  etaMinutes: number;
}

const MULTIPLIER: Record<RideType, number> = { standard: 1, xl: 1.5, premium: 2.2, shared: 0.7 };

/** Normalizes a destination for pricing, so "Airport " and "airport" cost the same. */
export function normalizeDestination(destination: string): string {
  return destination.trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * Deterministic fare: a trip length derived from the destination (3-27 miles), a base fare and a per-mile price,
 * scaled by ride type. The same destination and ride type always give the same estimate.
 */
export function estimateFare(destination: string, rideType: RideType): FareEstimate {
  const place = normalizeDestination(destination);
  const miles = 3 + (stableNumber('distance', place) % 25);
  const amount = Math.round((2.5 + 1.35 * miles) * MULTIPLIER[rideType] * 100) / 100;
  const etaMinutes = 2 + (stableNumber('pickup', place, rideType) % 9);
  return { amount, currency: 'USD', etaMinutes };
}
