/** Ride types the API accepts (openapi.yaml `RideType`). */
export const RIDE_TYPES = ['standard', 'xl', 'premium', 'shared'] as const;

/** One ride type. */
export type RideType = (typeof RIDE_TYPES)[number];

/** Money in major units with an ISO 4217 currency. */
export interface Money {
  amount: number;
  currency: string;
}

/** The driver the simulation assigned. */
export interface Driver {
  name: string;
  car: string;
  plate: string;
}

/** A booked ride as stored; its status is derived from the clock when read (see simulation.ts). */
export interface RideRecord {
  id: string;
  riderId: string;
  destination: string;
  rideType: RideType;
  fare: Money;
  driver: Driver;
  /** Minutes from booking until pickup. */
  pickupMinutes: number;
  /** Minutes from pickup until drop-off. */
  tripMinutes: number;
  createdAt: string;
  cancelledAt?: string;
  /** Fingerprint of the booking request, to detect an Idempotency-Key reused for a different request. */
  requestHash: string;
}

/** The ride as the API returns it (openapi.yaml `Ride`). */
export interface RideView {
  id: string;
  status: 'booked' | 'arriving' | 'in_progress' | 'completed' | 'cancelled';
  destination: string;
  rideType: RideType;
  etaMinutes: number;
  fare: Money;
  driver: Driver;
  createdAt: string;
}

/** Storage for rides; the DynamoDB implementation is in service/store/rides.ts. */
export interface RideRepository {
  find(id: string): Promise<RideRecord | undefined>;
  /** Stores the ride unless one with the same id exists; returns whichever is stored. */
  putIfAbsent(ride: RideRecord): Promise<RideRecord>;
  currentRideId(riderId: string): Promise<string | undefined>;
  /** Points the rider's current ride at `rideId` if it still points at `expected`; false if it moved meanwhile. */
  setCurrent(riderId: string, rideId: string, expected: string | undefined): Promise<boolean>;
  /** Sets `cancelledAt` once; returns the stored ride. */
  markCancelled(id: string, at: string): Promise<RideRecord | undefined>;
  /** Lets the rider's current-ride pointer (and the rides `rideIds`) come with the request's next read. */
  readAhead?(riderId: string, rideIds?: string[]): void;
}
