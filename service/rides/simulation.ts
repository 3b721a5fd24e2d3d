import { pick, stableNumber } from './hash';
import type { Driver, RideRecord, RideType, RideView } from './ride';

const DRIVERS = ['Priya', 'Jonas', 'Camille', 'Mateo', 'Sofia', 'Daan', 'Giulia', 'Rahul', 'Aiko', 'Lucas'];
const CARS: Record<RideType, readonly string[]> = {
  standard: ['Toyota Corolla', 'Honda Civic', 'Hyundai Elantra'],
  xl: ['Toyota Sienna', 'Honda Odyssey', 'Chrysler Pacifica'],
  premium: ['Mercedes E-Class', 'BMW 5 Series', 'Tesla Model S'],
  shared: ['Toyota Prius', 'Kia Niro', 'Nissan Leaf'],
};
const LETTERS = 'ABCDEFGHJKLMNPRSTUVWXYZ';

/** Driver, car and plate for a ride, derived from its id alone. */
export function assignDriver(rideId: string, rideType: RideType): Driver {
  const seed = stableNumber('driver', rideId);
  const plateSeed = stableNumber('plate', rideId);
  const letters = [0, 1, 2].map((i) => LETTERS[Math.floor(plateSeed / LETTERS.length ** i) % LETTERS.length]);
  const digits = String(plateSeed % 10_000).padStart(4, '0');
  return { name: pick(DRIVERS, seed), car: pick(CARS[rideType], seed >>> 8), plate: `${letters.join('')}-${digits}` };
}

/** Minutes the trip itself takes (8-30), derived from the ride id. */
export function tripMinutes(rideId: string): number {
  return 8 + (stableNumber('trip', rideId) % 23);
}

/**
 * The ride as of `now`: booked for its first minute, then arriving until pickup (ETA counts down), in progress
 * for the trip, then completed. Cancelled rides stay cancelled. Pure: the same inputs give the same view.
 */
export function viewRide(ride: RideRecord, now: number): RideView {
  const elapsed = (now - Date.parse(ride.createdAt)) / 60_000;
  const base = {
    id: ride.id,
    destination: ride.destination,
    rideType: ride.rideType,
    fare: ride.fare,
    driver: ride.driver,
    createdAt: ride.createdAt,
  };
  if (ride.cancelledAt) return { ...base, status: 'cancelled', etaMinutes: 0 };
  if (elapsed < Math.min(1, ride.pickupMinutes)) return { ...base, status: 'booked', etaMinutes: ride.pickupMinutes };
  if (elapsed < ride.pickupMinutes) {
    return { ...base, status: 'arriving', etaMinutes: Math.max(1, Math.ceil(ride.pickupMinutes - elapsed)) };
  }
  if (elapsed < ride.pickupMinutes + ride.tripMinutes) return { ...base, status: 'in_progress', etaMinutes: 0 };
  return { ...base, status: 'completed', etaMinutes: 0 };
}

/** True while the ride still needs the rider's attention (not completed, not cancelled). */
export function isActive(view: RideView): boolean {
  return view.status === 'booked' || view.status === 'arriving' || view.status === 'in_progress';
}
