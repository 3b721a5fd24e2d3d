import { CURRENCY, type Market } from './markets';
import { CLASS_KM, distanceClassOf } from './places';

/**
 * The one fare table of Ride Hailer: the rides API (service/) prices with it, and the skill prices with it in
 * Login with Amazon mode (lambda/), so one trip has one price in both modes. Pure: no I/O, no clock.
 */

/** Ride types the fare table knows (service/openapi.yaml `RideType`). */
export type FareRideType = 'standard' | 'xl' | 'premium' | 'shared';

/** A priced trip: amount in the market's currency and minutes until pickup. */
export interface Fare {
  amount: number;
  currency: string;
  etaMinutes: number;
}

/** What a standard ride costs in a market, in its currency: a base fare, a price per km, and the rounding step. */
interface Tariff {
  base: number;
  perKm: number;
  /** Amounts are rounded to this step: whole rupees and pesos, ten cents elsewhere. */
  step: number;
}

/** Plausible local price levels of a standard ride-hailing trip. */
const TARIFFS: Readonly<Record<Market, Tariff>> = {
  US: { base: 3, perKm: 1.25, step: 0.1 },
  CA: { base: 3.5, perKm: 1.35, step: 0.1 },
  AU: { base: 3.6, perKm: 1.6, step: 0.1 },
  GB: { base: 2.5, perKm: 1.1, step: 0.1 },
  DE: { base: 4.3, perKm: 2.2, step: 0.1 },
  FR: { base: 4, perKm: 1.6, step: 0.1 },
  IT: { base: 3.5, perKm: 1.5, step: 0.1 },
  ES: { base: 2.5, perKm: 1.2, step: 0.1 },
  NL: { base: 4, perKm: 2.4, step: 0.1 },
  BR: { base: 5, perKm: 2, step: 0.1 },
  IN: { base: 50, perKm: 14, step: 1 },
  MX: { base: 35, perKm: 9, step: 1 },
};

const MULTIPLIER: Readonly<Record<FareRideType, number>> = { standard: 1, xl: 1.5, premium: 2.2, shared: 0.7 };
const PICKUP_MINUTES: Readonly<Record<FareRideType, number>> = { standard: 4, xl: 7, premium: 6, shared: 9 };

/** A trip to price: the canonical place id (undefined when the destination resolved to none), ride type, market. */
export interface PricedTrip {
  place: string | undefined;
  rideType: FareRideType;
  market: Market;
}

/** The fare of a trip; the same place, ride type and market always give the same fare. */
export function fareFor(trip: PricedTrip): Fare {
  const tariff = TARIFFS[trip.market];
  const km = CLASS_KM[distanceClassOf(trip.place)];
  const raw = (tariff.base + tariff.perKm * km) * MULTIPLIER[trip.rideType];
  const amount = Math.round(Math.round(raw / tariff.step) * tariff.step * 100) / 100;
  return { amount, currency: CURRENCY[trip.market], etaMinutes: PICKUP_MINUTES[trip.rideType] };
}
