import type { IncomingMessage } from 'node:http';
import { InvalidRequestError, InvalidTokenError } from '../errors';
import type { ApiRequest, ApiResult, ApiRoute } from '../http/apiRouter';
import { readJsonObject } from '../http/body';
import { authenticateBearer } from '../oauth/resourceServer';
import { answerAlexa } from './alexaAuthorization';
import type { MobileDeps } from './deps';
import { MobileError } from './errors';
import { linkStatus, unlinkFromApp } from './linkStatus';
import { linkWithAlexa } from './linkWithAlexa';
import { messageFor } from './messages';

type Body = Record<string, unknown>;

/** A string field of a JSON body, at most `max` characters; `undefined` when absent and optional. */
function text(body: Body, name: string, max: number, required: boolean): string | undefined {
  const value = body[name];
  if (value === undefined && !required) return undefined;
  if (typeof value !== 'string' || value === '' || value.length > max) {
    throw new InvalidRequestError(`${name} must be a non-empty string of at most ${max} characters`);
  }
  return value;
}

function language(req: IncomingMessage): string | undefined {
  return req.headers['accept-language'];
}

/**
 * Runs a handler and renders the app-facing errors with a `message` in the rider's language next to the stable
 * `error` code; everything else (bearer failures with their challenge, bad input) goes to the API router.
 */
async function localized(request: ApiRequest, run: () => Promise<ApiResult>): Promise<ApiResult> {
  try {
    return await run();
  } catch (error) {
    if (!(error instanceof MobileError)) throw error;
    const message = messageFor(error.code, language(request.req));
    return { status: error.status, body: { error: error.code, error_description: error.message, message } };
  }
}

/**
 * What the Ride Hailer app calls (service/openapi.yaml, tag "Mobile app"). Every call needs a bearer token issued
 * to the app itself (its own sign-in: authorization code + PKCE); a token issued to Alexa or anyone else is refused,
 * so no path but our own app gets an Alexa code without the login page.
 */
export function mobileRoutes(deps: MobileDeps): ApiRoute[] {
  const riderOf = async (request: ApiRequest) => {
    const principal = await authenticateBearer(deps.provider, deps.riders, request.req, request.url);
    if (principal.clientId !== deps.mobile.appClientId) {
      throw new InvalidTokenError('this endpoint takes a token issued to the Ride Hailer app', true);
    }
    return principal.rider.id;
  };
  return [
    {
      method: 'POST',
      pattern: /^\/v1\/mobile\/alexa\/authorizations$/,
      handle: (request) =>
        localized(request, async () => {
          const riderId = await riderOf(request);
          const body = await readJsonObject(request.req);
          const decision = body.decision;
          if (decision !== 'allow' && decision !== 'deny')
            throw new InvalidRequestError('decision must be "allow" or "deny"');
          const location = await answerAlexa(deps, riderId, {
            clientId: text(body, 'client_id', 255, true) ?? '',
            responseType: text(body, 'response_type', 64, true) ?? '',
            scope: text(body, 'scope', 1024, false),
            state: text(body, 'state', 8192, false),
            redirectUri: text(body, 'redirect_uri', 2048, true) ?? '',
            codeChallenge: text(body, 'code_challenge', 256, false),
            codeChallengeMethod: text(body, 'code_challenge_method', 16, false),
            decision,
          });
          return { status: 200, body: { location } };
        }),
    },
    {
      method: 'POST',
      pattern: /^\/v1\/mobile\/alexa\/link$/,
      handle: (request) =>
        localized(request, async () => {
          const riderId = await riderOf(request);
          const body = await readJsonObject(request.req);
          const redirectUri = text(body, 'redirect_uri', 2048, true) ?? '';
          if (!deps.mobile.alexaRedirectUris.includes(redirectUri)) {
            throw new InvalidRequestError('redirect_uri is not one of the app links Alexa may return to');
          }
          const outcome = await linkWithAlexa(deps, riderId, {
            amazonCode: text(body, 'code', 2048, true) ?? '',
            redirectUri,
            codeVerifier: text(body, 'code_verifier', 128, false),
          });
          return { status: 201, body: { status: 'LINKED', endpoint: outcome.endpoint } };
        }),
    },
    {
      method: 'GET',
      pattern: /^\/v1\/mobile\/alexa\/link$/,
      handle: (request) =>
        localized(request, async () => ({ status: 200, body: await linkStatus(deps, await riderOf(request)) })),
    },
    {
      method: 'DELETE',
      pattern: /^\/v1\/mobile\/alexa\/link$/,
      handle: (request) =>
        localized(request, async () => {
          const alexa = await unlinkFromApp(deps, await riderOf(request));
          const message = alexa === 'not_reached' ? messageFor('alexa_not_reached', language(request.req)) : undefined;
          return { status: 200, body: { status: 'NOT_LINKED', alexa, ...(message ? { message } : {}) } };
        }),
    },
  ];
}
