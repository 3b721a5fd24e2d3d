import type { IncomingMessage, ServerResponse } from 'node:http';
import { readFields, sendJson } from '../../http/io';
import { apiRoutes } from './apiRoutes';
import type { LwaState } from './LwaState';
import { signInRoutes } from './signInRoutes';
import type { LwaClient } from './types';

export type { LwaClient } from './types';

/**
 * A local Login with Amazon on one origin that plays both www.amazon.com (`/ap/oa` sign-in and consent) and
 * api.amazon.com (`/auth/o2/token`, `/user/profile`, `/auth/o2/tokeninfo`), with Amazon's JSON and error shapes.
 */
export function lwaRequestHandler(clients: readonly LwaClient[], state: LwaState) {
  const signIn = signInRoutes(clients, state);
  const api = apiRoutes(clients, state);
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
