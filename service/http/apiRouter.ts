import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  ApiError,
  InsufficientScopeError,
  InvalidClientError,
  InvalidRequestError,
  InvalidTokenError,
  MethodNotAllowedError,
  NotFoundError,
  StoreUnavailableError,
  ThrottledError,
} from '../errors';
import type { Logger } from '../log';
import { sendJson } from './respond';

/** The realm named in `WWW-Authenticate` challenges (RFC 6750 §3). */
export const REALM = 'ride-hailer';

/** One API call as the handlers see it. */
export interface ApiRequest {
  req: IncomingMessage;
  url: URL;
  /** Decoded path parameters, in pattern order. */
  params: string[];
}

/** What a handler answers; the router serializes it. */
export interface ApiResult {
  status: number;
  body?: unknown;
}

/** A route: method, anchored path pattern with capture groups, handler. */
export interface ApiRoute {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  pattern: RegExp;
  handle(request: ApiRequest): Promise<ApiResult>;
}

function decodePathParam(part: string | undefined): string {
  try {
    return decodeURIComponent(part ?? '');
  } catch {
    throw new InvalidRequestError('malformed percent-encoding in the path');
  }
}

function challenge(error: ApiError): Record<string, string> {
  if (error instanceof InvalidTokenError) {
    return {
      'WWW-Authenticate': error.tokenPresented
        ? `Bearer realm="${REALM}", error="invalid_token", error_description="${error.message}"`
        : `Bearer realm="${REALM}"`,
    };
  }
  if (error instanceof InsufficientScopeError) {
    return {
      'WWW-Authenticate': `Bearer realm="${REALM}", error="insufficient_scope", scope="${error.scope}"`,
    };
  }
  if (error instanceof InvalidClientError) return { 'WWW-Authenticate': `Basic realm="${REALM}"` };
  if (error instanceof MethodNotAllowedError) return { Allow: error.allow.join(', ') };
  if (error instanceof ThrottledError || error instanceof StoreUnavailableError) {
    return { 'Retry-After': String(error.retryAfterSeconds) };
  }
  return {};
}

/**
 * Dispatches `/v1/*` calls and renders every failure as `{error, error_description}` with the RFC 6750 §3
 * challenge where one applies. Unexpected errors become a bare `server_error` (no stack traces leave the server).
 * `beforeAnswer` runs before any answer leaves: it sends the writes the request left pending.
 */
export function createApiRouter(
  routes: ApiRoute[],
  log: Logger,
  headers: Record<string, string>,
  beforeAnswer: () => Promise<void> = async () => {},
) {
  return async (req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> => {
    try {
      const matching = routes
        .map((route) => ({ route, match: route.pattern.exec(url.pathname) }))
        .filter((entry) => entry.match !== null);
      if (matching.length === 0) throw new NotFoundError(`no API resource at ${url.pathname}`);
      const hit = matching.find((entry) => entry.route.method === req.method);
      if (!hit?.match) throw new MethodNotAllowedError(matching.map((entry) => entry.route.method));
      const params = hit.match.slice(1).map(decodePathParam);
      const result = await hit.route.handle({ req, url, params });
      await beforeAnswer();
      if (result.body === undefined) {
        res.writeHead(result.status, { ...headers, 'Cache-Control': 'no-store' });
        res.end();
        return;
      }
      sendJson(res, result.status, result.body, headers);
    } catch (error) {
      if (error instanceof StoreUnavailableError) log.warn('store_unavailable', { path: url.pathname });
      // What the request wrote before it failed stays written, as it would have one by one.
      await beforeAnswer().catch((cause: Error) => log.error('api_write_error', { name: cause.name }));
      if (error instanceof ApiError) {
        sendJson(
          res,
          error.status,
          { error: error.code, error_description: error.message },
          {
            ...headers,
            ...challenge(error),
          },
        );
        return;
      }
      log.error('api_error', { path: url.pathname, name: (error as Error).name, message: (error as Error).message });
      sendJson(res, 500, { error: 'server_error', error_description: 'unexpected error' }, headers);
    }
  };
}
