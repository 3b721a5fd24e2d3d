import { AccountNotLinkedError, LinkedServiceUnavailableError, RideConflictError } from '../errors';
import type { Budget } from './Budget';
import { driverFor, estimateFromTable } from './fareTable';
import { requestJson } from './httpJson';
import { parseRider } from './parse';
import type { RideStore } from './RideStore';
import type { RidesGateway } from './RidesGateway';
import { type FareEstimate, isActive, type Ride, type Rider, type Trip } from './types';

/**
 * Login with Amazon mode: identity from the LWA profile API (`user_id`), fares from the local table,
 * rides in the skill's own table.
 * @see https://developer.amazon.com/docs/login-with-amazon/obtain-customer-profile.html
 */
export class LwaRides implements RidesGateway {
  private readonly riders = new Map<string, Promise<Rider>>();

  constructor(
    private readonly lwaApiUrl: string,
    private readonly store: RideStore,
    private readonly budget: Budget,
  ) {}

  profile(accessToken: string): Promise<Rider> {
    let rider = this.riders.get(accessToken);
    if (rider === undefined) {
      rider = this.fetchProfile(accessToken);
      this.riders.set(accessToken, rider);
    }
    return rider;
  }

  private async fetchProfile(accessToken: string): Promise<Rider> {
    let response: Awaited<ReturnType<typeof requestJson>>;
    try {
      response = await requestJson({ method: 'GET', url: `${this.lwaApiUrl}/user/profile`, accessToken }, this.budget);
    } catch (error) {
      throw new LinkedServiceUnavailableError('LWA profile: no answer', { cause: error });
    }
    // LWA answers an expired or revoked token with 400 invalid_token (sometimes 401).
    if (response.status === 400 || response.status === 401) {
      throw new AccountNotLinkedError(`LWA profile: token rejected with ${response.status}`);
    }
    try {
      if (response.status !== 200) throw new Error(`status ${response.status}`);
      const { id, name, email } = parseRider(response.body, 'user_id');
      return { id, name, email };
    } catch (error) {
      throw new LinkedServiceUnavailableError('LWA profile: unusable answer', { cause: error });
    }
  }

  async estimateFare(trip: Trip): Promise<FareEstimate> {
    return estimateFromTable(trip);
  }

  async book(accessToken: string, trip: Trip, idempotencyKey: string): Promise<Ride> {
    const rider = await this.profile(accessToken);
    const latest = await this.store.latest(rider.id);
    const { createHash } = await import('node:crypto');
    const id = `ride-${createHash('sha256').update(`${rider.id}|${idempotencyKey}`).digest('hex').slice(0, 16)}`;
    if (latest !== null && isActive(latest) && latest.id !== id) {
      throw new RideConflictError('rider already has an active ride');
    }
    const estimate = estimateFromTable(trip);
    const ride: Ride = {
      id,
      status: 'booked',
      destination: trip.destination,
      rideType: trip.rideType,
      etaMinutes: estimate.etaMinutes,
      fare: { amount: estimate.amount, currency: estimate.currency },
      driver: driverFor(id, trip.rideType),
    };
    return this.store.saveOnce(rider.id, idempotencyKey, ride);
  }

  async currentRide(accessToken: string): Promise<Ride | null> {
    const rider = await this.profile(accessToken);
    const latest = await this.store.latest(rider.id);
    return latest !== null && isActive(latest) ? latest : null;
  }

  async cancel(accessToken: string, rideId: string): Promise<Ride | null> {
    const rider = await this.profile(accessToken);
    const latest = await this.store.latest(rider.id);
    if (latest === null || latest.id !== rideId) return null;
    if (latest.status === 'cancelled') return latest;
    const cancelled: Ride = { ...latest, status: 'cancelled', etaMinutes: 0 };
    await this.store.update(rider.id, cancelled);
    return cancelled;
  }
}
