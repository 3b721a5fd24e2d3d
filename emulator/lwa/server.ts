import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { close, listen, origin, readFields, sendJson } from '../http/io';
import { apiRoutes } from './apiRoutes';
import { LwaState } from './LwaState';
import { signInRoutes } from './signInRoutes';
import type { LwaClient } from './types';

export type { LwaClient } from './types';

/** A running LWA stand-in. */
export interface LwaStandIn {
  url: string;
  state: LwaState;
  close(): Promise<void>;
}

/**
 * A local Login with Amazon on one origin that plays both www.amazon.com (`/ap/oa` sign-in and consent) and
 * api.amazon.com (`/auth/o2/token`, `/user/profile`, `/auth/o2/tokeninfo`), with Amazon's JSON and error shapes.
 */
export function lwaRequestHandler(client: LwaClient, state: LwaState) {
  const signIn = signInRoutes(client, state);
  const api = apiRoutes(client, state);
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://lwa.local');
    const route = `${req.method} ${url.pathname}`;
    try {
      if (route === 'GET /ap/oa') return signIn.authorize(res, url);
      if (route === 'POST /ap/signin') return signIn.signIn(res, await readFields(req));
      if (route === 'POST /ap/consent') return signIn.consent(res, await readFields(req));
      if (route === 'POST /auth/o2/token') return api.token(req, res, await readFields(req));
      if (route === 'GET /user/profile') return api.profile(req, res, url);
      if (route === 'GET /auth/o2/tokeninfo') return api.tokenInfo(req, res, url);
      if (route === 'POST /auth/o2/revoke') return api.revoke(req, res, await readFields(req));
      sendJson(res, 404, { error: 'not_found', error_description: `${route} is not served by the LWA stand-in` });
    } catch (error) {
      sendJson(res, 400, { error: 'invalid_request', error_description: (error as Error).message });
    }
  };
}

/** Starts the stand-in on loopback (port 0 picks a free port). */
export async function startLwaStandIn(options: {
  host?: string;
  port?: number;
  client: LwaClient;
  state?: LwaState;
}): Promise<LwaStandIn> {
  const state = options.state ?? new LwaState();
  const host = options.host ?? '127.0.0.1';
  const server: Server = createServer(lwaRequestHandler(options.client, state));
  const port = await listen(server, options.port ?? 0, host, 'The LWA stand-in');
  return { url: origin(host, port), state, close: () => close(server) };
}
