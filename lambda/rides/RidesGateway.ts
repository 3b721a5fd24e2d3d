import type { FareEstimate, Ride, Rider, Trip } from './types';

/**
 * What the skill needs from the linked service, whichever it is (Ride Hailer API or LWA + own table).
 * Implementations throw AccountNotLinkedError when the token is rejected and
 * LinkedServiceUnavailableError when the service cannot answer in time.
 */
export interface RidesGateway {
  profile(accessToken: string): Promise<Rider>;
  estimateFare(trip: Trip): Promise<FareEstimate>;
  /** Books once per idempotency key: a repeated key returns the first booking. */
  book(accessToken: string, trip: Trip, idempotencyKey: string): Promise<Ride>;
  /** The rider's active ride, or null. */
  currentRide(accessToken: string): Promise<Ride | null>;
  /** Cancels the ride; null when the ride is unknown to the service. */
  cancel(accessToken: string, rideId: string): Promise<Ride | null>;
}
