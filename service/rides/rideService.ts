import { createHash } from 'node:crypto';
import { DEFAULT_MARKET, type Market } from '../../shared/fares';
import { IdempotencyKeyReusedError, NotFoundError, RideInProgressError } from '../errors';
import { estimateFare, normalizeDestination } from './fares';
import type { RideRecord, RideRepository, RideType, RideView } from './ride';
import { assignDriver, isActive, tripMinutes, viewRide } from './simulation';

/** What ride booking needs: storage and a clock (ms since the epoch). */
export interface RideServiceDeps {
  repo: RideRepository;
  now: () => number;
}

/** A validated booking request. */
export interface BookRideRequest {
  destination: string;
  rideType: RideType;
  /** Where the ride is priced (its currency). */
  market: Market;
  /** The canonical place the destination resolved to, if any; the fare follows it. */
  place: string | undefined;
}

function digest(...parts: string[]): string {
  return createHash('sha256').update(parts.join('\u0000'), 'utf8').digest('base64url');
}

/**
 * The ride id is derived from the rider and the Idempotency-Key, so every retry of one booking names the same
 * ride and concurrent retries converge on one stored item instead of booking twice.
 */
export function rideIdFor(riderId: string, idempotencyKey: string): string {
  return `ride_${digest('ride', riderId, idempotencyKey).slice(0, 22)}`;
}

/** The shape of every id {@link rideIdFor} makes. */
export const RIDE_ID = /^ride_[A-Za-z0-9_-]{22}$/;

/**
 * The booking request's fingerprint. Market and place join it only when given, so a request without them keeps
 * the fingerprint it had before markets existed (a retry across an upgrade is still the same request).
 */
function requestFingerprint(request: BookRideRequest): string {
  const parts = [normalizeDestination(request.destination), request.rideType];
  if (request.market !== DEFAULT_MARKET || request.place !== undefined) parts.push(request.market, request.place ?? '');
  return digest('request', ...parts);
}

function checkSameRequest(ride: RideRecord, requestHash: string): void {
  if (ride.requestHash !== requestHash) {
    throw new IdempotencyKeyReusedError('this Idempotency-Key was already used for a different ride request');
  }
}

/** Books a ride, idempotent on `idempotencyKey`; refuses while another ride of the rider is active. */
export async function bookRide(
  deps: RideServiceDeps,
  riderId: string,
  idempotencyKey: string,
  request: BookRideRequest,
): Promise<RideView> {
  const id = rideIdFor(riderId, idempotencyKey);
  const requestHash = requestFingerprint(request);
  const existing = await deps.repo.find(id);
  if (existing) {
    checkSameRequest(existing, requestHash);
    return viewRide(existing, deps.now());
  }
  const current = await deps.repo.currentRideId(riderId);
  if (current !== undefined && current !== id) {
    const other = await deps.repo.find(current);
    if (other && isActive(viewRide(other, deps.now())))
      throw new RideInProgressError('you already have an active ride');
  }
  if (!(await deps.repo.setCurrent(riderId, id, current))) {
    throw new RideInProgressError('another ride was booked at the same moment');
  }
  const fare = estimateFare(request);
  const stored = await deps.repo.putIfAbsent({
    id,
    riderId,
    destination: request.destination.trim(),
    rideType: request.rideType,
    fare: { amount: fare.amount, currency: fare.currency },
    driver: assignDriver(id, request.rideType),
    pickupMinutes: fare.etaMinutes,
    tripMinutes: tripMinutes(id),
    createdAt: new Date(deps.now()).toISOString(),
    requestHash,
  });
  checkSameRequest(stored, requestHash);
  return viewRide(stored, deps.now());
}

/** The rider's active ride; NotFoundError (`not_found`) when there is none. */
export async function currentRide(deps: RideServiceDeps, riderId: string): Promise<RideView> {
  const id = await deps.repo.currentRideId(riderId);
  const ride = id === undefined ? undefined : await deps.repo.find(id);
  const view = ride ? viewRide(ride, deps.now()) : undefined;
  if (!view || !isActive(view)) throw new NotFoundError('you have no active ride');
  return view;
}

/** Cancels one of the rider's rides; cancelling again (or a finished ride) returns it unchanged. */
export async function cancelRide(deps: RideServiceDeps, riderId: string, rideId: string): Promise<RideView> {
  const ride = await deps.repo.find(rideId);
  if (!ride || ride.riderId !== riderId) throw new NotFoundError('no such ride');
  const view = viewRide(ride, deps.now());
  if (!isActive(view)) return view;
  const cancelled = await deps.repo.markCancelled(rideId, new Date(deps.now()).toISOString());
  return viewRide(cancelled ?? ride, deps.now());
}
