import { AccountNotLinkedError, LinkedServiceUnavailableError } from '../../lambda/errors';
import type { RidesGateway } from '../../lambda/rides/RidesGateway';
import type { FareEstimate, Ride, Rider, Trip } from '../../lambda/rides/types';

/**
 * An in-memory RidesGateway for handler unit tests: behaves like the contract, and can be told to reject
 * the token or to be unavailable. (The HTTP clients are tested against real servers elsewhere.)
 */
export class MemoryGateway implements RidesGateway {
  validToken = 'unit-token';
  failure: 'none' | 'rejected' | 'unavailable' = 'none';
  rider: Rider = { id: 'rider-1', name: 'Alex Rider', email: 'rider@example.com' };
  current: Ride | null = null;
  bookings = new Map<string, Ride>();
  calls: string[] = [];
  /** Every trip priced or booked, as the skill passed it. */
  trips: Trip[] = [];

  private check(token?: string): void {
    if (this.failure === 'unavailable') throw new LinkedServiceUnavailableError('down');
    if (token !== undefined && (this.failure === 'rejected' || token !== this.validToken)) {
      throw new AccountNotLinkedError('rejected');
    }
  }

  async profile(token: string): Promise<Rider> {
    this.calls.push('profile');
    this.check(token);
    return this.rider;
  }

  async estimateFare(trip: Trip): Promise<FareEstimate> {
    this.calls.push(`fare ${trip.destination} ${trip.rideType}`);
    this.trips.push(trip);
    this.check();
    return { amount: 12, currency: 'USD', etaMinutes: 1 };
  }

  async book(token: string, trip: Trip, key: string): Promise<Ride> {
    this.calls.push(`book ${key}`);
    this.check(token);
    const existing = this.bookings.get(key);
    if (existing) return existing;
    const ride: Ride = {
      id: `ride-${this.bookings.size + 1}`,
      status: 'booked',
      ...trip,
      etaMinutes: 3,
      fare: { amount: 12, currency: 'USD' },
      driver: { name: 'Sam', car: 'white Kia Niro', plate: 'AB 1234' },
    };
    this.bookings.set(key, ride);
    this.current = ride;
    return ride;
  }

  async currentRide(token: string): Promise<Ride | null> {
    this.calls.push('current');
    this.check(token);
    return this.current;
  }

  async cancel(token: string, rideId: string): Promise<Ride | null> {
    this.calls.push(`cancel ${rideId}`);
    this.check(token);
    if (this.current?.id !== rideId) return null;
    const cancelled: Ride = { ...this.current, status: 'cancelled' };
    this.current = null;
    return cancelled;
  }
}
