import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/** How the fake linked service answers: as the contract says, or broken in one of the ways a real service breaks. */
export type ApiMode =
  | 'ok'
  | 'unauthorized'
  | 'forbidden-scope'
  | 'error500'
  | 'garbage'
  | 'hang'
  | 'no-current-ride'
  /** Like 'ok', but GET /v1/rides/current answers only once a GET /v1/fares has arrived (never, if none does). */
  | 'current-waits-for-fare';

export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  body: string;
}

export interface FakeLinkedService {
  url: string;
  mode: ApiMode;
  /** The token the API accepts; any other gets 401. */
  validToken: string;
  requests: RecordedRequest[];
  /** Back to mode 'ok' with no rides and no recorded requests. */
  reset(): void;
  /** Rides booked, by id; a repeated Idempotency-Key never adds one. */
  rides: Map<string, Record<string, unknown>>;
  /** Another rider with a token of their own (a household member's personal link); kept across reset(). */
  addRider(token: string, rider: FakeRider): void;
  close(): Promise<void>;
}

/** A rider the fake knows: the rides API's `/v1/me`, and the LWA profile's `user_id`. */
export interface FakeRider {
  id: string;
  name: string;
  email: string;
  lwaUserId: string;
}

export const LWA_USER_ID = 'amzn1.account.AFAKELWAUSER000000000000000';
const RIDER: FakeRider = { id: 'rider-1', name: 'Alex Rider', email: 'rider@example.com', lwaUserId: LWA_USER_ID };

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

/**
 * A real HTTP server on 127.0.0.1:0 that speaks the rides API contract (service/openapi.yaml) and the
 * Login with Amazon profile API (`GET /user/profile`), records every request, and can be switched
 * into failure modes. Amazon's cloud cannot run here, so its LWA side is faithful at the HTTP level.
 */
export async function startFakeLinkedService(validToken = 'valid-token'): Promise<FakeLinkedService> {
  const sockets = new Set<Socket>();
  const byKey = new Map<string, string>();
  const api = { mode: 'ok', validToken, requests: [], rides: new Map() } as unknown as FakeLinkedService;
  const others = new Map<string, FakeRider>();
  /** The current ride of each rider, and who booked each ride. */
  const current = new Map<string, string>();
  const owners = new Map<string, string>();
  const riderOf = (auth: string | undefined): FakeRider | undefined => {
    if (api.mode === 'unauthorized' || !auth?.startsWith('Bearer ')) return undefined;
    const token = auth.slice('Bearer '.length);
    return token === api.validToken ? RIDER : others.get(token);
  };
  let heldCurrent: Array<() => void> = [];
  let fareSeen = false;

  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => {
      body += chunk;
    });
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://fake');
      api.requests.push({
        method: req.method ?? '',
        path: url.pathname,
        query: url.searchParams,
        headers: req.headers,
        body,
      });
      if (api.mode === 'hang') return; // never answers
      if (api.mode === 'error500') return send(res, 500, { error: 'server_error' });
      if (api.mode === 'garbage') {
        res.writeHead(200, { 'content-type': 'application/json' });
        return res.end('<html>definitely not json');
      }
      if (url.pathname === '/v1/fares') {
        fareSeen = true;
        for (const release of heldCurrent.splice(0)) release();
        return send(res, 200, { amount: 23.5, currency: 'USD', etaMinutes: 5 });
      }
      const auth = req.headers.authorization;
      const alexaUser = /^\/v1\/alexa\/users\/([^/]+)(\/revoke)?$/.exec(url.pathname);
      if (alexaUser?.[2] && req.method === 'POST') {
        const expected = `Basic ${Buffer.from('ride-hailer-alexa:test-client-secret').toString('base64')}`;
        if (auth !== expected)
          return send(res, 401, { error: 'invalid_client' }, { 'www-authenticate': 'Basic realm="ride-hailer"' });
        res.writeHead(204);
        return res.end();
      }
      const rider = riderOf(auth);
      if (url.pathname === '/user/profile') {
        if (rider === undefined) {
          return send(res, 400, {
            error: 'invalid_token',
            error_description: 'The request has an invalid parameter : access_token',
          });
        }
        return send(res, 200, { user_id: rider.lwaUserId, name: rider.name, email: rider.email });
      }
      if (rider === undefined) {
        return send(
          res,
          401,
          { error: 'invalid_token', error_description: 'The access token is invalid' },
          { 'www-authenticate': 'Bearer error="invalid_token"' },
        );
      }
      if (api.mode === 'forbidden-scope') {
        return send(
          res,
          403,
          { error: 'insufficient_scope' },
          { 'www-authenticate': 'Bearer error="insufficient_scope"' },
        );
      }
      if (url.pathname === '/v1/me') return send(res, 200, { id: rider.id, name: rider.name, email: rider.email });
      if (alexaUser && req.method === 'PUT') {
        res.writeHead(204);
        return res.end();
      }
      if (url.pathname === '/v1/rides' && req.method === 'POST') {
        const key = `${rider.id}|${String(req.headers['idempotency-key'] ?? '')}`;
        let id = byKey.get(key);
        if (id === undefined) {
          id = `ride-${api.rides.size + 1}`;
          const { destination, rideType } = JSON.parse(body) as { destination: string; rideType: string };
          api.rides.set(id, {
            id,
            status: 'booked',
            destination,
            rideType,
            etaMinutes: 4,
            fare: { amount: 23.5, currency: 'USD' },
            driver: { name: 'Priya', car: 'blue Toyota Prius', plate: 'RH 2042' },
          });
          byKey.set(key, id);
          owners.set(id, rider.id);
        }
        current.set(rider.id, id);
        return send(res, 201, api.rides.get(id));
      }
      if (url.pathname === '/v1/rides/current') {
        const answer = () => {
          const id = current.get(rider.id);
          const ride = id === undefined || api.mode === 'no-current-ride' ? undefined : api.rides.get(id);
          return ride === undefined ? send(res, 404, { error: 'not_found' }) : send(res, 200, ride);
        };
        if (api.mode === 'current-waits-for-fare' && !fareSeen) return void heldCurrent.push(answer);
        return answer();
      }
      const cancel = /^\/v1\/rides\/([^/]+)\/cancel$/.exec(url.pathname);
      if (cancel && req.method === 'POST') {
        const id = decodeURIComponent(cancel[1] ?? '');
        const ride = owners.get(id) === rider.id ? api.rides.get(id) : undefined;
        if (ride === undefined) return send(res, 404, { error: 'not_found' });
        ride.status = 'cancelled';
        current.delete(rider.id);
        return send(res, 200, ride);
      }
      return send(res, 404, { error: 'not_found' });
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  api.reset = () => {
    api.mode = 'ok';
    api.requests.length = 0;
    api.rides.clear();
    byKey.clear();
    current.clear();
    owners.clear();
    heldCurrent = [];
    fareSeen = false;
  };
  api.addRider = (token, rider) => {
    others.set(token, rider);
  };
  api.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  api.close = () =>
    new Promise<void>((resolve) => {
      for (const socket of sockets) socket.destroy();
      server.close(() => resolve());
    });
  return api;
}
