import type Provider from 'oidc-provider';
import type { ApiRoute } from '../http/apiRouter';
import { readJsonObject } from '../http/body';
import { authenticateBearer, requireScope } from '../oauth/resourceServer';
import type { RiderRepository } from '../riders/rider';
import { estimateFare } from './fares';
import { bookRide, cancelRide, currentRide, type RideServiceDeps, rideIdFor } from './rideService';
import {
  parseBookingBody,
  parseDestination,
  parseIdempotencyKey,
  parseMarket,
  parsePlace,
  parseRideId,
  parseRideType,
} from './validate';

/** What the rides API needs. */
export interface RidesRouteDeps {
  provider: Provider;
  riders: RiderRepository;
  rides: RideServiceDeps;
}

/** The rides API of service/openapi.yaml; every call but the fare estimate needs a Bearer token and a scope. */
export function ridesRoutes(deps: RidesRouteDeps): ApiRoute[] {
  type Request = Parameters<ApiRoute['handle']>[0];
  const auth = (request: Request, readAhead?: (riderId: string) => void) =>
    authenticateBearer(deps.provider, deps.riders, request.req, request.url, readAhead);
  // What a booking reads next comes with the bearer check: the current ride and the ride this key would name.
  const bookingReads = (request: Request) => (riderId: string) => {
    let rideIds: string[] = [];
    try {
      rideIds = [rideIdFor(riderId, parseIdempotencyKey(request.req.headers['idempotency-key']))];
    } catch {
      // A bad key is refused after the bearer check, as before; there is just nothing more to read.
    }
    deps.rides.repo.readAhead?.(riderId, rideIds);
  };
  return [
    {
      method: 'GET',
      pattern: /^\/v1\/fares$/,
      handle: async ({ url }) => {
        const query = (name: string) => url.searchParams.get(name) ?? undefined;
        parseDestination(query('destination'));
        const rideType = parseRideType(query('rideType'));
        const fare = estimateFare({
          place: parsePlace(query('place')),
          rideType,
          market: parseMarket(query('market')),
        });
        return { status: 200, body: fare };
      },
    },
    {
      method: 'GET',
      pattern: /^\/v1\/me$/,
      handle: async (request) => {
        const principal = await auth(request);
        requireScope(principal, 'profile');
        const { id, name, email } = principal.rider;
        return { status: 200, body: { id, name, email } };
      },
    },
    {
      method: 'POST',
      pattern: /^\/v1\/rides$/,
      handle: async (request) => {
        const principal = await auth(request, bookingReads(request));
        requireScope(principal, 'rides:write');
        const key = parseIdempotencyKey(request.req.headers['idempotency-key']);
        const booking = parseBookingBody(await readJsonObject(request.req));
        return { status: 201, body: await bookRide(deps.rides, principal.rider.id, key, booking) };
      },
    },
    {
      method: 'GET',
      pattern: /^\/v1\/rides\/current$/,
      handle: async (request) => {
        const principal = await auth(request, (riderId) => deps.rides.repo.readAhead?.(riderId));
        requireScope(principal, 'rides:read');
        return { status: 200, body: await currentRide(deps.rides, principal.rider.id) };
      },
    },
    {
      method: 'POST',
      pattern: /^\/v1\/rides\/([^/]+)\/cancel$/,
      handle: async (request) => {
        const principal = await auth(request);
        requireScope(principal, 'rides:write');
        const rideId = parseRideId(request.params[0]);
        return { status: 200, body: await cancelRide(deps.rides, principal.rider.id, rideId) };
      },
    },
  ];
}
