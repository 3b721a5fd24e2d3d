import type { Driver, FareEstimate, RideType, Trip } from './types';

/** Base fare and per-kilometre price in USD per ride type; the skill's own table for LWA mode. */
const PRICES: Record<RideType, { base: number; perKm: number; pickupMinutes: number }> = {
  standard: { base: 3.5, perKm: 1.2, pickupMinutes: 4 },
  xl: { base: 5, perKm: 1.8, pickupMinutes: 7 },
  premium: { base: 8, perKm: 2.6, pickupMinutes: 6 },
  shared: { base: 2, perKm: 0.8, pickupMinutes: 9 },
};

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

/** A stable pseudo-distance (2–30 km) for a destination name, so the same trip always costs the same. */
function distanceKm(destination: string): number {
  return 2 + (hash(destination) % 2800) / 100;
}

/** Fare estimate from the local table (amount rounded to cents). */
export function estimateFromTable(trip: Trip): FareEstimate {
  const price = PRICES[trip.rideType];
  const amount = Math.round((price.base + price.perKm * distanceKm(trip.destination)) * 100) / 100;
  return { amount, currency: 'USD', etaMinutes: price.pickupMinutes + (hash(trip.destination) % 5) };
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
