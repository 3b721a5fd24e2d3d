import type { IncomingMessage } from 'node:http';
import type Provider from 'oidc-provider';
import { InsufficientScopeError, InvalidRequestError, InvalidTokenError } from '../errors';
import type { Rider, RiderRepository } from '../riders/rider';
import type { Scope } from './scopes';
import { readHints } from './tokenReadHints';

/** Who is calling, once the bearer token and its grant have been checked. */
export interface BearerPrincipal {
  rider: Rider;
  scopes: ReadonlySet<string>;
  grantId: string;
  clientId: string;
}

/** RFC 6750 §2.1 `b64token` after the "Bearer" scheme (case-insensitive, one or more spaces). */
const BEARER = /^Bearer +([A-Za-z0-9\-._~+/]+=*)$/i;

/**
 * Authenticates an API call (RFC 6750): the token only from the Authorization header (§2.1; a query-string token
 * is refused, §2.3 is not supported), then the access token AND its grant must exist and be unexpired, so a
 * revoked grant stops every token at once. Token, grant and rider come in one BatchGetItem (the token value's
 * read hints name the other two), together with whatever `readAhead` asks for the rider the token names; every
 * one of them is read afresh in each request, never cached.
 */
export async function authenticateBearer(
  provider: Provider,
  riders: RiderRepository,
  req: IncomingMessage,
  url: URL,
  readAhead?: (riderId: string) => void,
): Promise<BearerPrincipal> {
  const header = req.headers.authorization;
  if (url.searchParams.has('access_token')) {
    if (header !== undefined) throw new InvalidRequestError('send the access token by one method only (RFC 6750 §2)');
    throw new InvalidTokenError(
      'access tokens in the query string are not accepted; use the Authorization header',
      false,
    );
  }
  if (header === undefined) throw new InvalidTokenError('no access token; send Authorization: Bearer <token>', false);
  const match = BEARER.exec(header);
  if (!match?.[1]) throw new InvalidTokenError('the Authorization header is not a Bearer token', true);
  const hinted = readHints(match[1])?.accountId;
  if (hinted !== undefined) readAhead?.(hinted);
  const token = await provider.AccessToken.find(match[1]);
  if (!token || token.isExpired || !token.grantId || !token.accountId || !token.clientId) {
    throw new InvalidTokenError('the access token is invalid, expired or revoked', true);
  }
  const grant = await provider.Grant.find(token.grantId);
  if (!grant || grant.isExpired || grant.clientId !== token.clientId || grant.accountId !== token.accountId) {
    throw new InvalidTokenError('the access token is invalid, expired or revoked', true);
  }
  const rider = await riders.findById(token.accountId);
  if (!rider) throw new InvalidTokenError('the account behind this token no longer exists', true);
  return { rider, scopes: token.scopes, grantId: token.grantId, clientId: token.clientId };
}

/** Throws `insufficient_scope` (RFC 6750 §3.1) unless the principal holds `scope`. */
export function requireScope(principal: BearerPrincipal, scope: Scope): void {
  if (!principal.scopes.has(scope)) throw new InsufficientScopeError(scope);
}
