import type { Market } from '../../shared/fares';

/** Ride types the rides API knows (service/openapi.yaml `RideType`). */
export const RIDE_TYPES = ['standard', 'xl', 'premium', 'shared'] as const;
export type RideType = (typeof RIDE_TYPES)[number];
export const DEFAULT_RIDE_TYPE: RideType = 'standard';

export function isRideType(value: unknown): value is RideType {
  return typeof value === 'string' && (RIDE_TYPES as readonly string[]).includes(value);
}

export interface Money {
  amount: number;
  currency: string;
}

export interface FareEstimate extends Money {
  etaMinutes: number;
}

export interface Rider {
  id: string;
  name: string | undefined;
  email: string | undefined;
}

export interface Driver {
  name: string;
  car: string;
  plate: string;
}

export type RideStatus = 'booked' | 'arriving' | 'in_progress' | 'completed' | 'cancelled';

export interface Ride {
  id: string;
  status: RideStatus;
  destination: string;
  rideType: RideType;
  etaMinutes: number;
  fare: Money;
  driver: Driver;
}

/** What the rider asked for. */
export interface Trip {
  /** The destination as the rider said it, for speech and the ride record. */
  destination: string;
  /** The canonical place it resolved to (entity resolution), undefined when none; the fare follows it. */
  place?: string;
  rideType: RideType;
  /** Where the trip is priced: the country of the request's locale. */
  market: Market;
}

/** Whether a ride still needs the rider's attention (can be tracked or cancelled). */
export function isActive(ride: Ride): boolean {
  return ride.status === 'booked' || ride.status === 'arriving' || ride.status === 'in_progress';
}
