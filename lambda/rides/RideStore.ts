import type { Ride } from './types';

/** Where rides live when the skill keeps them itself (LWA mode). Implemented over DynamoDB in persistence/. */
export interface RideStore {
  /** The rider's latest ride, or null. */
  latest(riderId: string): Promise<Ride | null>;
  /** Stores `ride` under `idempotencyKey` unless that key was used already; returns the ride stored for the key. */
  saveOnce(riderId: string, idempotencyKey: string, ride: Ride): Promise<Ride>;
  /** Replaces the rider's latest ride. */
  update(riderId: string, ride: Ride): Promise<void>;
}
