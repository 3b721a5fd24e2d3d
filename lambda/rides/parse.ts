import { type Driver, type FareEstimate, isRideType, type Money, type Ride, type RideStatus } from './types';

/** The linked service answered 2xx with a body that does not match the contract. */
export class MalformedResponseError extends Error {
  constructor(what: string) {
    super(`malformed ${what} in linked-service response`);
    this.name = 'MalformedResponseError';
  }
}

type Json = Record<string, unknown>;
const STATUSES: readonly RideStatus[] = ['booked', 'arriving', 'in_progress', 'completed', 'cancelled'];

function object(value: unknown, what: string): Json {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new MalformedResponseError(what);
  return value as Json;
}

function text(value: unknown, what: string): string {
  if (typeof value !== 'string' || value.trim() === '' || value.length > 500) throw new MalformedResponseError(what);
  return value;
}

function optionalText(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

function count(value: unknown, what: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) throw new MalformedResponseError(what);
  return Math.round(value);
}

/** Parses `{amount, currency}` (service/openapi.yaml `Money`). */
export function parseMoney(value: unknown): Money {
  const json = object(value, 'fare');
  if (typeof json.amount !== 'number' || !Number.isFinite(json.amount) || json.amount < 0) {
    throw new MalformedResponseError('fare amount');
  }
  const currency = text(json.currency, 'currency');
  if (!/^[A-Z]{3}$/.test(currency)) throw new MalformedResponseError('currency');
  return { amount: json.amount, currency };
}

/** Parses `{amount, currency, etaMinutes}` (`FareEstimate`). */
export function parseFareEstimate(value: unknown): FareEstimate {
  const money = parseMoney(value);
  return { ...money, etaMinutes: count((value as Json).etaMinutes, 'etaMinutes') };
}

function parseDriver(value: unknown): Driver {
  const json = object(value, 'driver');
  return { name: text(json.name, 'driver name'), car: text(json.car, 'car'), plate: text(json.plate, 'plate') };
}

/** Parses a `Ride`; `fallbackDestination` fills in a destination the service left out. */
export function parseRide(value: unknown, fallbackDestination?: string): Ride {
  const json = object(value, 'ride');
  const status = json.status;
  if (typeof status !== 'string' || !(STATUSES as readonly string[]).includes(status)) {
    throw new MalformedResponseError('ride status');
  }
  return {
    id: text(json.id, 'ride id'),
    status: status as RideStatus,
    destination: optionalText(json.destination) ?? text(fallbackDestination, 'destination'),
    rideType: isRideType(json.rideType) ? json.rideType : 'standard',
    etaMinutes: count(json.etaMinutes, 'etaMinutes'),
    fare: parseMoney(json.fare),
    driver: parseDriver(json.driver),
  };
}

/** Reads `{id|user_id, name, email}` from the rides API or the LWA profile API. */
export function parseRider(value: unknown, idField: 'id' | 'user_id'): { id: string; name?: string; email?: string } {
  const json = object(value, 'profile');
  return { id: text(json[idField], idField), name: optionalText(json.name), email: optionalText(json.email) };
}
