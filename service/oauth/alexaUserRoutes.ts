import type Provider from 'oidc-provider';
import type { ServiceConfig } from '../config';
import { InvalidRequestError, InvalidTokenError, ThrottledError } from '../errors';
import type { ApiRoute } from '../http/apiRouter';
import { clientAddress } from '../http/clientAddress';
import type { RiderRepository } from '../riders/rider';
import { verifyBasicClient } from './clientCredentials';
import { authenticateBearer } from './resourceServer';
import type { GrantRevoker } from './revocation';
import { CLIENT_AUTH_RULE, type Throttle } from './throttle';

/** What the Alexa user endpoints need. */
export interface AlexaUserRouteDeps {
  config: ServiceConfig;
  provider: Provider;
  riders: RiderRepository;
  revoker: GrantRevoker;
  throttle: Throttle;
}

/** Alexa user ids look like `amzn1.ask.account.<opaque>`; anything outside this shape is refused. */
function parseAlexaUserId(value: string | undefined): string {
  if (!value || !/^[A-Za-z0-9._-]{1,512}$/.test(value)) throw new InvalidRequestError('malformed Alexa user id');
  return value;
}

/**
 * Unlink support (Alexa FAQ "revoke your access token … subscribe to skill disabled events"): the skill binds the
 * token's grant to the Alexa user id on SkillAccountLinked, and revokes by that id on SkillDisabled.
 */
export function alexaUserRoutes(deps: AlexaUserRouteDeps): ApiRoute[] {
  const { alexa } = deps.config;
  return [
    {
      method: 'PUT',
      pattern: /^\/v1\/alexa\/users\/([^/]+)$/,
      handle: async ({ req, url, params }) => {
        const alexaUserId = parseAlexaUserId(params[0]);
        const principal = await authenticateBearer(deps.provider, deps.riders, req, url);
        if (principal.clientId !== alexa.clientId) throw new InvalidTokenError('token was not issued to Alexa', true);
        await deps.revoker.bindAlexaUser(principal.grantId, alexaUserId);
        return { status: 204 };
      },
    },
    {
      method: 'POST',
      pattern: /^\/v1\/alexa\/users\/([^/]+)\/revoke$/,
      handle: async ({ req, params }) => {
        // The secret check is a constant-time compare that costs nothing, so it comes first; the atomic count
        // after it decides whether the answer may say anything (RFC 6749 §2.3.1). A right secret is never counted,
        // so Alexa's parallel calls from few addresses cannot lock each other out.
        const subjects = [{ rule: CLIENT_AUTH_RULE, value: clientAddress(req) }];
        try {
          verifyBasicClient(req, alexa.clientId, alexa.clientSecret);
        } catch (error) {
          const wait = await deps.throttle.recordFailure(subjects);
          throw wait > 0 ? new ThrottledError(wait) : error;
        }
        const wait = await deps.throttle.lockedFor(subjects);
        if (wait > 0) throw new ThrottledError(wait);
        const alexaUserId = parseAlexaUserId(params[0]);
        const revokedGrants = await deps.revoker.revokeGrantsForAlexaUser(alexaUserId);
        return { status: 200, body: { alexaUserId, revokedGrants } };
      },
    },
  ];
}
