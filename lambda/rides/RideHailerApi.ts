import { AccountNotLinkedError, LinkedServiceUnavailableError, RideConflictError } from '../errors';
import type { Budget } from './Budget';
import { type JsonResponse, requestJson } from './httpJson';
import { parseFareEstimate, parseRide, parseRider } from './parse';
import type { RidesGateway } from './RidesGateway';
import type { FareEstimate, Ride, Rider, Trip } from './types';

/** RFC 6750 §3.1: a 401, or a 403 naming the token or its scope, means the link no longer works. */
function tokenRejected(response: JsonResponse): boolean {
  if (response.status === 401) return true;
  if (response.status !== 403) return false;
  const error = (response.body as { error?: unknown } | undefined)?.error;
  return (
    error === 'invalid_token' ||
    error === 'insufficient_scope' ||
    /invalid_token|insufficient_scope/.test(response.wwwAuthenticate ?? '')
  );
}

/** The Ride Hailer rides API (service/openapi.yaml), called with the linked account's token. */
export class RideHailerApi implements RidesGateway {
  constructor(
    private readonly baseUrl: string,
    private readonly budget: Budget,
  ) {}

  private async call<T>(
    what: string,
    request: Parameters<typeof requestJson>[0],
    accept: (response: JsonResponse) => T,
  ): Promise<T> {
    let response: JsonResponse;
    try {
      response = await requestJson({ ...request, url: `${this.baseUrl}${request.url}` }, this.budget);
    } catch (error) {
      throw new LinkedServiceUnavailableError(`${what}: no answer`, { cause: error });
    }
    if (request.accessToken !== undefined && tokenRejected(response)) {
      throw new AccountNotLinkedError(`${what}: token rejected with ${response.status}`);
    }
    try {
      return accept(response);
    } catch (error) {
      if (error instanceof RideConflictError) throw error;
      throw new LinkedServiceUnavailableError(`${what}: unusable answer (${response.status})`, { cause: error });
    }
  }

  async profile(accessToken: string): Promise<Rider> {
    const { id, name, email } = await this.call('profile', { method: 'GET', url: '/v1/me', accessToken }, (r) => {
      if (r.status !== 200) throw new Error(`status ${r.status}`);
      return parseRider(r.body, 'id');
    });
    return { id, name, email };
  }

  async estimateFare(trip: Trip): Promise<FareEstimate> {
    const query = {
      destination: trip.destination,
      rideType: trip.rideType,
      market: trip.market,
      ...(trip.place ? { place: trip.place } : {}),
    };
    return this.call('fare', { method: 'GET', url: '/v1/fares', query }, (r) => {
      if (r.status !== 200) throw new Error(`status ${r.status}`);
      return parseFareEstimate(r.body);
    });
  }

  async book(accessToken: string, trip: Trip, idempotencyKey: string): Promise<Ride> {
    const request = {
      method: 'POST' as const,
      url: '/v1/rides',
      accessToken,
      headers: { 'Idempotency-Key': idempotencyKey },
      body: {
        destination: trip.destination,
        rideType: trip.rideType,
        market: trip.market,
        ...(trip.place ? { place: trip.place } : {}),
      },
    };
    return this.call('book', request, (r) => {
      if (r.status === 409) throw new RideConflictError('rider already has an active ride');
      if (r.status !== 201 && r.status !== 200) throw new Error(`status ${r.status}`);
      return parseRide(r.body, trip.destination);
    });
  }

  async currentRide(accessToken: string): Promise<Ride | null> {
    return this.call('current ride', { method: 'GET', url: '/v1/rides/current', accessToken }, (r) => {
      if (r.status === 404) return null;
      if (r.status !== 200) throw new Error(`status ${r.status}`);
      return parseRide(r.body);
    });
  }

  async cancel(accessToken: string, rideId: string): Promise<Ride | null> {
    const url = `/v1/rides/${encodeURIComponent(rideId)}/cancel`;
    return this.call('cancel', { method: 'POST', url, accessToken }, (r) => {
      if (r.status === 404) return null;
      if (r.status !== 200) throw new Error(`status ${r.status}`);
      return parseRide(r.body);
    });
  }
}
