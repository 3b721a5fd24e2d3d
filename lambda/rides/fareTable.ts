import { fareFor } from '../../shared/fares';
import type { Driver, FareEstimate, RideType, Trip } from './types';

const DRIVERS = ['Sam', 'Priya', 'Lukas', 'Camille', 'Diego', 'Sofia', 'Anouk', 'Marco', 'Ravi', 'Ana'];
const CARS = ['blue Toyota Prius', 'white Kia Niro', 'grey Skoda Octavia', 'black Tesla Model 3', 'red Honda Jazz'];
const XL_CARS = ['silver Ford Galaxy', 'black Volkswagen Sharan'];

/** FNV-1a, 32 bit: a stable, well-spread number for a name (not for security). */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (const char of text.trim().toLowerCase()) {
    h ^= char.codePointAt(0) ?? 0;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/**
 * Fare estimate in LWA mode, from the fare table the rides API uses too (shared/fares), so a trip costs the
 * same in both modes: priced by the resolved place, ride type and market.
 */
export function estimateFromTable(trip: Trip): FareEstimate {
  return fareFor({ place: trip.place, rideType: trip.rideType, market: trip.market });
}

/** A deterministic driver for a ride id. */
export function driverFor(rideId: string, rideType: RideType): Driver {
  const h = hash(rideId);
  const cars = rideType === 'xl' ? XL_CARS : CARS;
  const letters = String.fromCharCode(65 + (h % 26), 65 + ((h >>> 5) % 26));
  return {
    name: DRIVERS[h % DRIVERS.length] ?? 'Sam',
    car: cars[(h >>> 3) % cars.length] ?? 'car',
    plate: `${letters} ${String(h % 10000).padStart(4, '0')}`,
  };
}
